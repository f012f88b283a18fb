package org.unsdcf.core.validation;

import java.time.Year;
import java.util.List;
import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;

/**
 * IND-013: the first FINAL target's year is not after the baseline year, or a MILESTONE target is
 * after the final target's year; reported at that target's {@code year}.
 */
final class TargetYearOrder extends BaseRule {
  TargetYearOrder() {
    super(
        RuleInfo.of(
            "IND-013",
            Severity.WARNING,
            "final target year <= baseline year, or a milestone after the final year",
            "year"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      List<Target> targets = site.indicator().targets();
      int finalIndex = -1;
      for (int t = 0; t < targets.size() && finalIndex < 0; t++) {
        if (targets.get(t).kind() == TargetKind.FINAL) {
          finalIndex = t;
        }
      }
      if (finalIndex < 0) {
        continue;
      }
      Year finalYear = targets.get(finalIndex).year();
      String code = site.indicator().code();
      if (site.indicator().baseline().isPresent()) {
        Year baseYear = site.indicator().baseline().get().year();
        if (!finalYear.isAfter(baseYear)) {
          reporter.report(
              site.path() + "/targets/" + finalIndex + "/year",
              code,
              "final target of indicator '"
                  + code
                  + "' is for "
                  + finalYear
                  + ", not after its baseline year "
                  + baseYear,
              Map.of("year", finalYear.toString()));
        }
      }
      for (int t = 0; t < targets.size(); t++) {
        Target target = targets.get(t);
        if (target.kind() == TargetKind.MILESTONE && target.year().isAfter(finalYear)) {
          reporter.report(
              site.path() + "/targets/" + t + "/year",
              code,
              "milestone of indicator '"
                  + code
                  + "' is for "
                  + target.year()
                  + ", after its final target year "
                  + finalYear,
              Map.of("year", target.year().toString()));
        }
      }
    }
  }
}
