package org.unsdcf.core.validation;

import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Direction;

/**
 * IND-012: an INCREASE or DECREASE indicator's final target equals its baseline (design.md §7.1
 * then judges it as holding a level).
 */
final class FinalTargetEqualsBaseline extends BaseRule {
  FinalTargetEqualsBaseline() {
    super(RuleInfo.of("IND-012", Severity.INFO, "INCREASE/DECREASE with final target = baseline"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      Direction d = site.indicator().direction().orElse(null);
      if (d != Direction.INCREASE && d != Direction.DECREASE) {
        continue;
      }
      FinalTargetSite f = FinalTargetSite.of(site.indicator());
      if (f != null && f.targetAmount().compareTo(f.baselineAmount()) == 0) {
        reporter.report(
            site.path() + "/targets/" + f.index() + "/value",
            site.indicator().code(),
            "indicator '"
                + site.indicator().code()
                + "' should "
                + d
                + ", but its final target equals its baseline "
                + Values.plain(f.baselineAmount())
                + ": progress is judged as holding that level");
      }
    }
  }
}
