package org.unsdcf.core.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.PartnerRef;

/** Collects funding lines by year, agency, contributing partner and SDG goal (design.md §7.4). */
final class BudgetGroupings {
  private static final String NONE = "";

  private final SdgAttribution attribution;
  private final TreeMap<Integer, BudgetSum> byYear = new TreeMap<>();
  private final TreeMap<String, BudgetSum> byAgency = new TreeMap<>();
  private final TreeMap<String, BudgetSum> byPartner = new TreeMap<>();
  private final TreeMap<Integer, BudgetSum> byGoal = new TreeMap<>();
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
    byYear.computeIfAbsent(line.year().getValue(), k -> new BudgetSum()).add(whole);
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
        byGoal
            .computeIfAbsent(Integer.numberOfTrailingZeros(rest), k -> new BudgetSum())
            .add(whole);
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
      byGoal
          .computeIfAbsent(Integer.numberOfTrailingZeros(rest), k -> new BudgetSum())
          .add(rest == goals ? lowest : share);
    }
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
    List<BudgetGroup> groups = new ArrayList<>();
    byYear.forEach((year, budget) -> groups.add(BudgetGroup.of(year.toString(), budget.total())));
    return groups;
  }

  List<BudgetGroup> byAgency() {
    return groups(byAgency.entrySet());
  }

  List<BudgetGroup> byContributingPartner() {
    List<BudgetGroup> groups = new ArrayList<>();
    byPartner.forEach(
        (name, budget) -> {
          if (!name.isEmpty()) {
            groups.add(BudgetGroup.of(name, budget.total()));
          }
        });
    if (byPartner.containsKey(NONE)) {
      groups.add(BudgetGroup.of(NONE, byPartner.get(NONE).total()));
    }
    return groups;
  }

  List<BudgetGroup> bySdgGoal() {
    List<BudgetGroup> groups = new ArrayList<>();
    byGoal.forEach((goal, budget) -> groups.add(BudgetGroup.of(goal.toString(), budget.total())));
    if (noGoal != null) {
      groups.add(BudgetGroup.of(NONE, noGoal.total()));
    }
    return groups;
  }

  private static List<BudgetGroup> groups(Collection<Map.Entry<String, BudgetSum>> entries) {
    List<BudgetGroup> groups = new ArrayList<>();
    for (Map.Entry<String, BudgetSum> e : entries) {
      groups.add(BudgetGroup.of(e.getKey(), e.getValue().total()));
    }
    return groups;
  }
}
