package org.unsdcf.core.validation;

import java.util.List;
import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.ReportingPeriod;

/**
 * DIS-002: a period has disaggregated measurements but no headline, and none can be derived
 * (design.md §7.2); reported at the first of them.
 */
final class UnderivableHeadline extends BaseRule {
  UnderivableHeadline() {
    super(
        RuleInfo.of(
            "DIS-002",
            Severity.WARNING,
            "period with disaggregated values but no headline, none derivable"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      Indicator ind = site.indicator();
      List<Measurement> ms = ind.measurements();
      if (ind.disaggregations().isEmpty()) {
        continue;
      }
      for (Map.Entry<ReportingPeriod, List<Integer>> period :
          Disaggregations.byPeriod(ms).entrySet()) {
        List<Integer> indexes = period.getValue();
        if (indexes.stream().anyMatch(i -> ms.get(i).isHeadline())
            || Disaggregations.derivable(ind, indexes, ms)) {
          continue;
        }
        reporter.report(
            site.path() + "/measurements/" + indexes.get(0),
            ind.code(),
            "indicator '"
                + ind.code()
                + "' has disaggregated values for "
                + period.getKey()
                + ", but no headline and none can be derived from them");
      }
    }
  }
}
