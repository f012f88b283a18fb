package org.unsdcf.core.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.ReportingPeriod;

/**
 * IND-014: a PER_PERIOD indicator has two measurements of the same disaggregation whose periods
 * overlap, so adding them counts twice. Identical periods are DIS-003's. Each later measurement
 * overlapping an earlier one is reported.
 *
 * <p>Measurements are grouped by disaggregation; each is checked against the earlier periods of its
 * group in O(log n) ({@link PeriodOverlaps}).
 */
final class DoubleCounting extends BaseRule {
  DoubleCounting() {
    super(
        RuleInfo.of(
            "IND-014",
            Severity.ERROR,
            "PER_PERIOD: same disaggregation, overlapping periods (double counting)"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      if (site.indicator().accumulation().orElse(null) != Accumulation.PER_PERIOD) {
        continue;
      }
      List<Measurement> ms = site.indicator().measurements();
      Map<Map<String, String>, List<Integer>> groups = new LinkedHashMap<>();
      for (int m = 0; m < ms.size(); m++) {
        groups.computeIfAbsent(ms.get(m).disaggregation(), k -> new ArrayList<>()).add(m);
      }
      for (List<Integer> group : groups.values()) {
        List<ReportingPeriod> periods = new ArrayList<>(group.size());
        for (int m : group) {
          periods.add(ms.get(m).period());
        }
        PeriodOverlaps earlier = new PeriodOverlaps(periods);
        for (int m : group) {
          ReportingPeriod period = ms.get(m).period();
          ReportingPeriod other = earlier.overlapOtherThan(period);
          if (other != null) {
            reporter.report(
                site.path() + "/measurements/" + m,
                site.indicator().code(),
                "measurement of indicator '"
                    + site.indicator().code()
                    + "' for "
                    + period
                    + " overlaps an earlier one for "
                    + other
                    + " of the same disaggregation; PER_PERIOD values would be counted twice");
          }
          earlier.add(period);
        }
      }
    }
  }
}
