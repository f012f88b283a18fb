package org.unsdcf.core.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.unsdcf.core.internal.Checks;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.PartnerRef;

/** Collects funding lines by year, agency, contributing partner and SDG goal (design.md §7.4). */
final class BudgetGroupings {
  private static final String NONE = "";

  /** Slots indexed by goal number: the SDGs' goals are 1 to 17 (the model admits no other). */
  private static final int GOALS = 18;

  private final SdgAttribution attribution;

  /**
   * Sums by year, indexed from {@link Checks#MIN_YEAR}, and by goal, indexed by the goal: arrays,
   * because the model bounds both, so a line costs an index instead of a sorted-map search.
   */
  private final BudgetSum[] byYear = new BudgetSum[Checks.MAX_YEAR - Checks.MIN_YEAR + 1];

  private final BudgetSum[] byGoal = new BudgetSum[GOALS];

  /** Sums by agency and by partner, hashed while lines come and sorted once at the end. */
  private final Map<String, BudgetSum> byAgency = new HashMap<>();

  private final Map<String, BudgetSum> byPartner = new HashMap<>();
  private BudgetSum noGoal;

  BudgetGroupings(SdgAttribution attribution) {
    this.attribution = attribution;
  }

  /**
   * Adds a line.
   *
   * @param line the line, in the plan's currency
   * @param whole its aggregate
   * @param goals the distinct SDG goals of its sub-output, goal g as bit {@code 1 << g}
   */
  void add(FundingLine line, BudgetAggregate whole, int goals) {
    sum(byYear, line.year().getValue() - Checks.MIN_YEAR).add(whole);
    byAgency.computeIfAbsent(line.agency(), k -> new BudgetSum()).add(whole);
    byPartner
        .computeIfAbsent(
            line.contributingPartner().map(PartnerRef::name).orElse(NONE), k -> new BudgetSum())
        .add(whole);
    if (goals == 0) {
      noGoal = (noGoal == null ? new BudgetSum() : noGoal).add(whole);
      return;
    }
    if (attribution == SdgAttribution.FULL) {
      for (int rest = goals; rest != 0; rest &= rest - 1) {
        sum(byGoal, Integer.numberOfTrailingZeros(rest)).add(whole);
      }
      return;
    }
    int n = Integer.bitCount(goals);
    BudgetAggregate share =
        BudgetAggregate.part(
            share(whole.required(), n), share(whole.available(), n), share(whole.expenditure(), n));
    BudgetAggregate lowest =
        BudgetAggregate.part(
            rest(whole.required(), share.required(), n),
            rest(whole.available(), share.available(), n),
            rest(whole.expenditure(), share.expenditure(), n));
    // Ascending goals: the lowest takes the rest, so the parts sum exactly.
    for (int rest = goals; rest != 0; rest &= rest - 1) {
      sum(byGoal, Integer.numberOfTrailingZeros(rest)).add(rest == goals ? lowest : share);
    }
  }

  /** The sum at an index, created on first use. */
  private static BudgetSum sum(BudgetSum[] sums, int index) {
    BudgetSum sum = sums[index];
    if (sum == null) {
      sum = new BudgetSum();
      sums[index] = sum;
    }
    return sum;
  }

  /** amount ÷ n at scale 4, HALF_EVEN. */
  private static BigDecimal share(BigDecimal amount, int n) {
    return amount.divide(BigDecimal.valueOf(n), Ratios.SCALE, RoundingMode.HALF_EVEN);
  }

  /** What the lowest goal gets: amount − (n − 1) · share, so the parts sum exactly. */
  private static BigDecimal rest(BigDecimal amount, BigDecimal share, int n) {
    return amount.subtract(share.multiply(BigDecimal.valueOf(n - 1L)));
  }

  List<BudgetGroup> byYear() {
    return indexed(byYear, Checks.MIN_YEAR);
  }

  List<BudgetGroup> byAgency() {
    List<BudgetGroup> groups = new ArrayList<>();
    new TreeMap<>(byAgency).forEach((agency, budget) -> groups.add(group(agency, budget)));
    return groups;
  }

  List<BudgetGroup> byContributingPartner() {
    List<BudgetGroup> groups = new ArrayList<>();
    new TreeMap<>(byPartner)
        .forEach(
            (name, budget) -> {
              if (!name.isEmpty()) {
                groups.add(group(name, budget));
              }
            });
    BudgetSum none = byPartner.get(NONE);
    if (none != null) {
      groups.add(group(NONE, none));
    }
    return groups;
  }

  List<BudgetGroup> bySdgGoal() {
    List<BudgetGroup> groups = indexed(byGoal, 0);
    if (noGoal != null) {
      groups.add(group(NONE, noGoal));
    }
    return groups;
  }

  /** The groups of the used indexes, ascending, each keyed by its index plus {@code first}. */
  private static List<BudgetGroup> indexed(BudgetSum[] sums, int first) {
    List<BudgetGroup> groups = new ArrayList<>();
    for (int i = 0; i < sums.length; i++) {
      if (sums[i] != null) {
        groups.add(group(Integer.toString(first + i), sums[i]));
      }
    }
    return groups;
  }

  private static BudgetGroup group(String key, BudgetSum sum) {
    return BudgetGroup.of(key, sum.total());
  }
}
