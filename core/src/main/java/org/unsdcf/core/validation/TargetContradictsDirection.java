package org.unsdcf.core.validation;

import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Direction;

/**
 * IND-004: the first FINAL target contradicts the declared direction against the baseline: INCREASE
 * with target below baseline, DECREASE above, MAINTAIN different (compared in the indicator's
 * unit).
 */
final class TargetContradictsDirection extends BaseRule {
  TargetContradictsDirection() {
    super(
        RuleInfo.of(
            "IND-004",
            Severity.WARNING,
            "final target vs baseline: INCREASE t < b, DECREASE t > b, MAINTAIN t != b",
            "direction"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      if (site.indicator().direction().isEmpty()) {
        continue;
      }
      FinalTargetSite f = FinalTargetSite.of(site.indicator());
      if (f == null) {
        continue;
      }
      Direction d = site.indicator().direction().get();
      int c = f.targetAmount().compareTo(f.baselineAmount());
      boolean contradicts =
          d == Direction.INCREASE ? c < 0 : d == Direction.DECREASE ? c > 0 : c != 0;
      if (contradicts) {
        reporter.report(
            site.path() + "/targets/" + f.index() + "/value",
            site.indicator().code(),
            "indicator '"
                + site.indicator().code()
                + "' should "
                + d
                + ", but its final target "
                + Values.plain(f.targetAmount())
                + (d == Direction.MAINTAIN
                    ? " differs from"
                    : d == Direction.INCREASE ? " is below" : " is above")
                + " its baseline "
                + Values.plain(f.baselineAmount()),
            Map.of("direction", d.name()));
      }
    }
  }
}
