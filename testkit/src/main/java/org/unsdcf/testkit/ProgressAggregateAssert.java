package org.unsdcf.testkit;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.assertj.core.api.AbstractAssert;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.rollup.OpenSdgResult;
import org.unsdcf.core.rollup.OpenSdgStatus;
import org.unsdcf.core.rollup.ProgressAggregate;
import org.unsdcf.core.rollup.ProgressThresholds;

/**
 * Assertions on a {@link ProgressAggregate}: counts, progress, pace, coverage, status and Open
 * SDG's view. Obtain one with {@link UnsdcfAssertions#assertThat(ProgressAggregate)} (status under
 * {@link ProgressThresholds#defaults()} unless {@link #usingThresholds(ProgressThresholds)} says
 * otherwise) or, for a node of a report under the report's thresholds, with {@link
 * NodeAssert#progress()}.
 *
 * <pre>{@code
 * assertThat(outcome.progress()).hasCoverage(2, 3).hasProgress("0.75").hasPace("0.9687")
 *     .hasStatus(ProgressStatus.ON_TRACK);
 * }</pre>
 *
 * <p>Progress, pace and coverage given with at most four decimals are compared with the actual
 * rounded to scale 4, HALF_EVEN (as the JSON writer rounds them), else exactly by {@code
 * compareTo}. A failure names the subject: {@code Expecting node SP1 to have progress 0.5, but was
 * 0.25}.
 */
public final class ProgressAggregateAssert
    extends AbstractAssert<ProgressAggregateAssert, ProgressAggregate> {
  private final String name;
  private final ProgressThresholds thresholds;

  ProgressAggregateAssert(ProgressAggregate actual, String name, ProgressThresholds thresholds) {
    super(actual, ProgressAggregateAssert.class);
    this.name = name;
    this.thresholds = thresholds;
  }

  /**
   * Returns an assertion on the same aggregate whose {@link #hasStatus(ProgressStatus)} uses other
   * thresholds.
   *
   * @param other the thresholds
   * @return a new assertion
   */
  public ProgressAggregateAssert usingThresholds(ProgressThresholds other) {
    return new ProgressAggregateAssert(actual, name, Objects.requireNonNull(other, "other"));
  }

  /**
   * Verifies the status under the thresholds of this assertion.
   *
   * @param status the expected status
   * @return this assertion
   */
  public ProgressAggregateAssert hasStatus(ProgressStatus status) {
    Objects.requireNonNull(status, "status");
    ProgressStatus found = subject().status(thresholds);
    if (found != status) {
      failWithMessage("Expecting %s to have status %s, but was %s", name, status, found);
    }
    return this;
  }

  /**
   * Verifies the number of indicators.
   *
   * @param expected the count
   * @return this assertion
   */
  public ProgressAggregateAssert hasIndicators(int expected) {
    return count("indicators", expected, subject().indicators());
  }

  /**
   * Verifies the number of assessed indicators.
   *
   * @param expected the count
   * @return this assertion
   */
  public ProgressAggregateAssert hasAssessed(int expected) {
    return count("assessed indicators", expected, subject().assessed());
  }

  /**
   * Verifies the number of ACHIEVED indicators.
   *
   * @param expected the count
   * @return this assertion
   */
  public ProgressAggregateAssert hasAchieved(int expected) {
    return count("achieved indicators", expected, subject().achieved());
  }

  /**
   * Verifies the number of indicators with a status.
   *
   * @param status the status
   * @param expected the count, 0 for a status no indicator has
   * @return this assertion
   */
  public ProgressAggregateAssert hasStatusCount(ProgressStatus status, int expected) {
    Objects.requireNonNull(status, "status");
    return count(
        status + " indicators", expected, subject().statusCounts().getOrDefault(status, 0));
  }

  /**
   * Verifies the coverage as its two counts, {@code assessed/indicators}.
   *
   * @param assessed the expected number of assessed indicators
   * @param indicators the expected number of indicators
   * @return this assertion
   */
  public ProgressAggregateAssert hasCoverage(int assessed, int indicators) {
    subject();
    if (actual.assessed() != assessed || actual.indicators() != indicators) {
      failWithMessage(
          "Expecting %s to have coverage %s/%s, but was %s/%s",
          name, assessed, indicators, actual.assessed(), actual.indicators());
    }
    return this;
  }

  /**
   * Verifies the coverage {@code assessed ÷ indicators} as a number.
   *
   * @param expected the coverage, e.g. {@code "0.6667"}
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public ProgressAggregateAssert hasCoverage(String expected) {
    return ratio("coverage", expected, subject().coverage());
  }

  /**
   * Verifies the progress {@code Σw·cappedAchievement ÷ Σw}.
   *
   * @param expected the progress, e.g. {@code "0.25"}
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public ProgressAggregateAssert hasProgress(String expected) {
    return ratio("progress", expected, subject().progress());
  }

  /**
   * Verifies that there is no progress (the weight sum is 0).
   *
   * @return this assertion
   */
  public ProgressAggregateAssert hasNoProgress() {
    return absent("progress", subject().progress());
  }

  /**
   * Verifies the pace {@code Σw·cappedPace ÷ Σw}.
   *
   * @param expected the pace, e.g. {@code "1"}
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public ProgressAggregateAssert hasPace(String expected) {
    return ratio("pace", expected, subject().pace());
  }

  /**
   * Verifies that there is no pace (the weight sum is 0).
   *
   * @return this assertion
   */
  public ProgressAggregateAssert hasNoPace() {
    return absent("pace", subject().pace());
  }

  /**
   * Verifies the status of Open SDG's view of these indicators ({@link
   * ProgressAggregate#openSdg()}, design.md §16).
   *
   * @param status the expected status
   * @return this assertion
   */
  public ProgressAggregateAssert hasOpenSdgStatus(OpenSdgStatus status) {
    Objects.requireNonNull(status, "status");
    Optional<OpenSdgResult> found = subject().openSdg();
    if (found.isEmpty() || found.get().status() != status) {
      failWithMessage(
          "Expecting %s to have Open SDG status %s, but was %s",
          name,
          status,
          found.map(r -> r.status().name()).orElse("absent (no indicator has an Open SDG result)"));
    }
    return this;
  }

  /**
   * Verifies the Open SDG score: the mean of the indicators' present scores (four decimals or
   * fewer: rounded as JSON writes it).
   *
   * @param expected the score, e.g. {@code "2.2576"}
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public ProgressAggregateAssert hasOpenSdgScore(String expected) {
    BigDecimal e = Decimals.parse(expected);
    OptionalDouble found =
        subject().openSdg().map(OpenSdgResult::score).orElse(OptionalDouble.empty());
    if (!Decimals.realMatches(found, e)) {
      failWithMessage(
          "Expecting %s to have Open SDG score %s, but was %s",
          name, expected, Decimals.showReal(found, e));
    }
    return this;
  }

  /**
   * Verifies that no indicator of the aggregate has an Open SDG result.
   *
   * @return this assertion
   */
  public ProgressAggregateAssert hasNoOpenSdg() {
    Optional<OpenSdgResult> found = subject().openSdg();
    if (found.isPresent()) {
      failWithMessage("Expecting %s to have no Open SDG result, but was %s", name, found.get());
    }
    return this;
  }

  private ProgressAggregateAssert count(String what, int expected, int found) {
    if (expected != found) {
      failWithMessage("Expecting %s to have %s %s, but was %s", name, expected, what, found);
    }
    return this;
  }

  private ProgressAggregateAssert ratio(String what, String expected, Optional<BigDecimal> found) {
    BigDecimal e = Decimals.parse(expected);
    if (!Decimals.ratioMatches(found, e)) {
      failWithMessage(
          "Expecting %s to have %s %s, but was %s",
          name, what, expected, Decimals.showRatio(found, e));
    }
    return this;
  }

  private ProgressAggregateAssert absent(String what, Optional<BigDecimal> found) {
    if (found.isPresent()) {
      failWithMessage(
          "Expecting %s to have no %s, but was %s", name, what, Decimals.showRatio(found));
    }
    return this;
  }

  private ProgressAggregate subject() {
    isNotNull();
    return actual;
  }
}
