package org.unsdcf.core.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.PartnerRef;

/** Collects funding lines by year, agency, contributing partner and SDG goal (design.md §7.4). */
final class BudgetGroupings {
  private static final String NONE = "";

  private final SdgAttribution attribution;
  private final TreeMap<Integer, BudgetAggregate> byYear = new TreeMap<>();
  private final TreeMap<String, BudgetAggregate> byAgency = new TreeMap<>();
  private final TreeMap<String, BudgetAggregate> byPartner = new TreeMap<>();
  private final TreeMap<Integer, BudgetAggregate> byGoal = new TreeMap<>();
  private BudgetAggregate noGoal;

  BudgetGroupings(SdgAttribution attribution) {
    this.attribution = attribution;
  }

  /**
   * Adds a line.
   *
   * @param line the line, in the plan's currency
   * @param whole its aggregate
   * @param goals the distinct SDG goals of its sub-output, ascending
   */
  void add(FundingLine line, BudgetAggregate whole, SortedSet<Integer> goals) {
    byYear.merge(line.year().getValue(), whole, BudgetAggregate::plus);
    byAgency.merge(line.agency(), whole, BudgetAggregate::plus);
    byPartner.merge(
        line.contributingPartner().map(PartnerRef::name).orElse(NONE),
        whole,
        BudgetAggregate::plus);
    if (goals.isEmpty()) {
      noGoal = noGoal == null ? whole : noGoal.plus(whole);
      return;
    }
    if (attribution == SdgAttribution.FULL) {
      for (Integer goal : goals) {
        byGoal.merge(goal, whole, BudgetAggregate::plus);
      }
      return;
    }
    int n = goals.size();
    BudgetAggregate share =
        BudgetAggregate.part(
            share(whole.required(), n), share(whole.available(), n), share(whole.expenditure(), n));
    BudgetAggregate lowest =
        BudgetAggregate.part(
            rest(whole.required(), share.required(), n),
            rest(whole.available(), share.available(), n),
            rest(whole.expenditure(), share.expenditure(), n));
    boolean first = true;
    for (Integer goal : goals) {
      byGoal.merge(goal, first ? lowest : share, BudgetAggregate::plus);
      first = false;
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
    byYear.forEach((year, budget) -> groups.add(BudgetGroup.of(year.toString(), budget)));
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
            groups.add(BudgetGroup.of(name, budget));
          }
        });
    if (byPartner.containsKey(NONE)) {
      groups.add(BudgetGroup.of(NONE, byPartner.get(NONE)));
    }
    return groups;
  }

  List<BudgetGroup> bySdgGoal() {
    List<BudgetGroup> groups = new ArrayList<>();
    byGoal.forEach((goal, budget) -> groups.add(BudgetGroup.of(goal.toString(), budget)));
    if (noGoal != null) {
      groups.add(BudgetGroup.of(NONE, noGoal));
    }
    return groups;
  }

  private static List<BudgetGroup> groups(Collection<Map.Entry<String, BudgetAggregate>> entries) {
    List<BudgetGroup> groups = new ArrayList<>();
    for (Map.Entry<String, BudgetAggregate> e : entries) {
      groups.add(BudgetGroup.of(e.getKey(), e.getValue()));
    }
    return groups;
  }
}
