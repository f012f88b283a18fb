package org.unsdcf.core.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.DisaggregationDimension;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.ReportingPeriod;

/**
 * DIS-001: a headline measurement differs from the sum of an exhaustive dimension's single-key
 * measurements of the same period, one for every category (exact, in the indicator's unit; for a
 * ratio unit numerators and denominators are compared). ERROR; WARNING when a non-exhaustive
 * dimension's single-key values add up to more than the headline. One finding per headline and
 * dimension, only where design.md §7.2 can sum.
 */
final class HeadlineMismatch extends BaseRule {
  HeadlineMismatch() {
    super(
        RuleInfo.of(
            "DIS-001",
            Severity.ERROR,
            "headline differs from the sum of an exhaustive dimension's values (WARNING if a"
                + " non-exhaustive one exceeds it)",
            "dimension"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      Indicator ind = site.indicator();
      Disaggregations.Sum sum = Disaggregations.sum(ind);
      if (sum == Disaggregations.Sum.NONE || ind.disaggregations().isEmpty()) {
        continue;
      }
      List<Measurement> ms = ind.measurements();
      for (Map.Entry<ReportingPeriod, List<Integer>> period :
          Disaggregations.byPeriod(ms).entrySet()) {
        List<Map<String, Measurement>> cells = null;
        for (int h : period.getValue()) {
          if (!ms.get(h).isHeadline()) {
            continue;
          }
          if (cells == null) {
            cells = new ArrayList<>();
            for (DisaggregationDimension d : ind.disaggregations()) {
              cells.add(Disaggregations.singleKey(d, period.getValue(), ms));
            }
          }
          for (int d = 0; d < cells.size(); d++) {
            check(site, h, ind.disaggregations().get(d), cells.get(d), sum, reporter);
          }
        }
      }
    }
  }

  private static void check(
      RuleContext.IndicatorSite site,
      int h,
      DisaggregationDimension d,
      Map<String, Measurement> cells,
      Disaggregations.Sum sum,
      FindingSink reporter) {
    Indicator ind = site.indicator();
    Measurement headline = ind.measurements().get(h);
    if (cells.isEmpty() || (d.exhaustive() && cells.size() != d.categories().size())) {
      return;
    }
    String total;
    String whole;
    boolean differs;
    if (sum == Disaggregations.Sum.RATIO) {
      if (!Disaggregations.hasRatio(headline)
          || !cells.values().stream().allMatch(Disaggregations::hasRatio)) {
        return;
      }
      BigDecimal n = BigDecimal.ZERO;
      BigDecimal q = BigDecimal.ZERO;
      for (Measurement m : cells.values()) {
        n = n.add(m.numerator().get());
        q = q.add(m.denominator().get());
      }
      int cn = n.compareTo(headline.numerator().get());
      int cq = q.compareTo(headline.denominator().get());
      differs = d.exhaustive() ? cn != 0 || cq != 0 : cn > 0 || cq > 0;
      total = Values.plain(n) + "/" + Values.plain(q);
      whole =
          Values.plain(headline.numerator().get())
              + "/"
              + Values.plain(headline.denominator().get());
    } else {
      BigDecimal parts = Disaggregations.total(ind, cells.values());
      BigDecimal value = Values.amount(ind, headline.value(), headline.unit());
      if (parts == null || value == null) {
        return;
      }
      int c = parts.compareTo(value);
      differs = d.exhaustive() ? c != 0 : c > 0;
      total = Values.plain(parts);
      whole = Values.plain(value);
    }
    if (differs) {
      reporter.report(
          d.exhaustive() ? Severity.ERROR : Severity.WARNING,
          site.path() + "/measurements/" + h,
          ind.code(),
          "headline "
              + whole
              + " of indicator '"
              + ind.code()
              + "' for "
              + headline.period()
              + (d.exhaustive() ? " differs from " : " is below ")
              + "the sum "
              + total
              + " of its values by "
              + d.name(),
          Map.of("dimension", d.name()));
    }
  }
}
