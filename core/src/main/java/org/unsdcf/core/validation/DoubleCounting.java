package org.unsdcf.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
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
 * <p>Measurements are grouped by disaggregation and identical periods collapsed first, so only
 * distinct periods of one disaggregation are compared pairwise (a handful in real plans).
 */
final class DoubleCounting extends BaseRule {
  DoubleCounting() {
    super(
        "IND-014",
        Severity.ERROR,
        "PER_PERIOD: same disaggregation, overlapping periods (double counting)");
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, Reporter reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      if (site.indicator().accumulation().orElse(null) != Accumulation.PER_PERIOD) {
        continue;
      }
      List<Measurement> ms = site.indicator().measurements();
      Map<Map<String, String>, Map<ReportingPeriod, Integer>> firstIndex = new HashMap<>();
      for (int m = 0; m < ms.size(); m++) {
        firstIndex
            .computeIfAbsent(ms.get(m).disaggregation(), k -> new LinkedHashMap<>())
            .putIfAbsent(ms.get(m).period(), m);
      }
      for (int m = 0; m < ms.size(); m++) {
        Measurement x = ms.get(m);
        ReportingPeriod other = earlierOverlap(x, m, firstIndex.get(x.disaggregation()));
        if (other != null) {
          reporter.report(
              site.path() + "/measurements/" + m,
              site.indicator().code(),
              "measurement of indicator '"
                  + site.indicator().code()
                  + "' for "
                  + x.period()
                  + " overlaps an earlier one for "
                  + other
                  + " of the same disaggregation; PER_PERIOD values would be counted twice");
        }
      }
    }
  }

  private static ReportingPeriod earlierOverlap(
      Measurement x, int index, Map<ReportingPeriod, Integer> periods) {
    List<ReportingPeriod> candidates = new ArrayList<>();
    for (Map.Entry<ReportingPeriod, Integer> e : periods.entrySet()) {
      if (e.getValue() < index
          && !e.getKey().equals(x.period())
          && e.getKey().overlaps(x.period())) {
        candidates.add(e.getKey());
      }
    }
    return candidates.isEmpty() ? null : candidates.get(0);
  }
}
