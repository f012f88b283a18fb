package org.unsdcf.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.unsdcf.core.rollup.BudgetAggregate;
import org.unsdcf.core.rollup.BudgetBreakdown;
import org.unsdcf.core.rollup.BudgetGroup;

/**
 * Assertions on a {@link BudgetAggregate}: line count, amounts and rates. Obtain one with {@link
 * UnsdcfAssertions#assertThat(BudgetAggregate)}, {@link NodeAssert#budget()}, or {@link
 * RollupAssert#budget()}, whose assertion is on the root's budget and also reaches the report's
 * groupings: {@link #byYear(String)}, {@link #byAgency(String)}, {@link
 * #byContributingPartner(String)}, {@link #bySdgGoal(String)}, {@link #unlinked()}.
 *
 * <pre>{@code
 * assertThat(report).budget().hasLines(1).hasRequired(120000).hasToBeMobilised(40000)
 *     .hasFundingRate("0.6667").hasDeliveryRate("0.75");
 * assertThat(report).budget().bySdgGoal("8").hasRequired(120000);
 * }</pre>
 *
 * <p>Amounts (required, available, expenditure, to be mobilised) are exact sums and compare exactly
 * by {@code compareTo}. Rates given with at most four decimals are compared with the actual rounded
 * to scale 4, HALF_EVEN, as the JSON writer rounds them, else exactly. A failure names the budget:
 * {@code Expecting budget of year 2023 to have required 100000, but was 120000}.
 */
public final class BudgetAssert extends AbstractAssert<BudgetAssert, BudgetAggregate> {
  private final String name;
  private final BudgetBreakdown breakdown;

  BudgetAssert(BudgetAggregate actual, String name, BudgetBreakdown breakdown) {
    super(actual, BudgetAssert.class);
    this.name = name;
    this.breakdown = breakdown;
  }

  /**
   * Verifies the number of funding lines.
   *
   * @param expected the count
   * @return this assertion
   */
  public BudgetAssert hasLines(int expected) {
    if (subject().lines() != expected) {
      failWithMessage("Expecting %s to have %s lines, but was %s", name, expected, actual.lines());
    }
    return this;
  }

  /**
   * Verifies the money required.
   *
   * @param expected the amount
   * @return this assertion
   */
  public BudgetAssert hasRequired(long expected) {
    return hasRequired(Long.toString(expected));
  }

  /**
   * Verifies the money required, e.g. a goal's share {@code "33.3334"}.
   *
   * @param expected the amount
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public BudgetAssert hasRequired(String expected) {
    return amount("required", expected, subject().required());
  }

  /**
   * Verifies the money available.
   *
   * @param expected the amount
   * @return this assertion
   */
  public BudgetAssert hasAvailable(long expected) {
    return hasAvailable(Long.toString(expected));
  }

  /**
   * Verifies the money available.
   *
   * @param expected the amount
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public BudgetAssert hasAvailable(String expected) {
    return amount("available", expected, subject().available());
  }

  /**
   * Verifies the money spent.
   *
   * @param expected the amount
   * @return this assertion
   */
  public BudgetAssert hasExpenditure(long expected) {
    return hasExpenditure(Long.toString(expected));
  }

  /**
   * Verifies the money spent.
   *
   * @param expected the amount
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public BudgetAssert hasExpenditure(String expected) {
    return amount("expenditure", expected, subject().expenditure());
  }

  /**
   * Verifies the money still to mobilise, {@code max(0, required - available)}.
   *
   * @param expected the amount
   * @return this assertion
   */
  public BudgetAssert hasToBeMobilised(long expected) {
    return hasToBeMobilised(Long.toString(expected));
  }

  /**
   * Verifies the money still to mobilise, {@code max(0, required - available)}.
   *
   * @param expected the amount
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public BudgetAssert hasToBeMobilised(String expected) {
    return amount("toBeMobilised", expected, subject().toBeMobilised());
  }

  /**
   * Verifies the funding rate {@code available ÷ required}.
   *
   * @param expected the rate, e.g. {@code "0.6667"}
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public BudgetAssert hasFundingRate(String expected) {
    return rate("fundingRate", expected, subject().fundingRate());
  }

  /**
   * Verifies that there is no funding rate (nothing is required).
   *
   * @return this assertion
   */
  public BudgetAssert hasNoFundingRate() {
    return noRate("fundingRate", subject().fundingRate());
  }

  /**
   * Verifies the delivery rate {@code expenditure ÷ available}.
   *
   * @param expected the rate, e.g. {@code "0.75"}
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public BudgetAssert hasDeliveryRate(String expected) {
    return rate("deliveryRate", expected, subject().deliveryRate());
  }

  /**
   * Verifies that there is no delivery rate (nothing is available).
   *
   * @return this assertion
   */
  public BudgetAssert hasNoDeliveryRate() {
    return noRate("deliveryRate", subject().deliveryRate());
  }

  /**
   * Navigates to the budget of a funding year, failing if there is none.
   *
   * @param year the group's key, e.g. {@code "2023"}
   * @return an assertion on that group's budget
   */
  public BudgetAssert byYear(String year) {
    return group("year", "years", year, BudgetBreakdown::byYear);
  }

  /**
   * Navigates to the budget of an agency, failing if there is none.
   *
   * @param agency the agency's code, e.g. {@code "IOM"}
   * @return an assertion on that group's budget
   */
  public BudgetAssert byAgency(String agency) {
    return group("agency", "agencies", agency, BudgetBreakdown::byAgency);
  }

  /**
   * Navigates to the budget of a contributing partner, failing if there is none.
   *
   * @param partner the partner's name, {@code ""} for lines without one
   * @return an assertion on that group's budget
   */
  public BudgetAssert byContributingPartner(String partner) {
    return group(
        "contributing partner",
        "contributing partners",
        partner,
        BudgetBreakdown::byContributingPartner);
  }

  /**
   * Navigates to the budget of an SDG goal, failing if there is none.
   *
   * @param goal the goal's number, e.g. {@code "8"}, {@code ""} for lines without a goal
   * @return an assertion on that group's budget
   */
  public BudgetAssert bySdgGoal(String goal) {
    return group("SDG goal", "SDG goals", goal, BudgetBreakdown::bySdgGoal);
  }

  /**
   * Navigates to the budget of the sub-outputs outside the results tree.
   *
   * @return an assertion on the unlinked budget
   */
  public BudgetAssert unlinked() {
    return new BudgetAssert(breakdown().unlinked(), "unlinked " + name, null);
  }

  /**
   * Verifies the number of funding lines left out for their currency.
   *
   * @param expected the count
   * @return this assertion
   */
  public BudgetAssert hasSkippedLines(int expected) {
    int found = breakdown().skippedLines();
    if (found != expected) {
      failWithMessage("Expecting %s to have %s skipped lines, but was %s", name, expected, found);
    }
    return this;
  }

  private BudgetAssert group(
      String what, String plural, String key, Function<BudgetBreakdown, List<BudgetGroup>> groups) {
    Objects.requireNonNull(key, "key");
    List<BudgetGroup> all = groups.apply(breakdown());
    Optional<BudgetGroup> found = all.stream().filter(g -> g.key().equals(key)).findFirst();
    if (found.isEmpty()) {
      List<String> keys = new ArrayList<>(all.size());
      all.forEach(g -> keys.add('"' + g.key() + '"'));
      failWithMessage(
          "Expecting %s to have %s \"%s\", but its %s are %s", name, what, key, plural, keys);
    }
    return new BudgetAssert(found.orElseThrow().budget(), "budget of " + what + " " + key, null);
  }

  private BudgetBreakdown breakdown() {
    subject();
    if (breakdown == null) {
      failWithMessage(
          "Expecting %s to come with groupings, but it does not: start from"
              + " assertThat(report).budget()",
          name);
    }
    return breakdown;
  }

  private BudgetAssert amount(String what, String expected, BigDecimal found) {
    BigDecimal e = Decimals.parse(expected);
    if (found.compareTo(e) != 0) {
      failWithMessage(
          "Expecting %s to have %s %s, but was %s", name, what, expected, Decimals.plain(found));
    }
    return this;
  }

  private BudgetAssert rate(String what, String expected, Optional<BigDecimal> found) {
    BigDecimal e = Decimals.parse(expected);
    if (!Decimals.ratioMatches(found, e)) {
      failWithMessage(
          "Expecting %s to have %s %s, but was %s",
          name, what, expected, Decimals.showRatio(found, e));
    }
    return this;
  }

  private BudgetAssert noRate(String what, Optional<BigDecimal> found) {
    if (found.isPresent()) {
      failWithMessage(
          "Expecting %s to have no %s, but was %s", name, what, Decimals.showRatio(found));
    }
    return this;
  }

  private BudgetAggregate subject() {
    isNotNull();
    return actual;
  }
}
