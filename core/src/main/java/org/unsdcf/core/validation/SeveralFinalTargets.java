package org.unsdcf.core.validation;

import java.util.List;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;

/** IND-010: an indicator has more than one FINAL target; each after the first is reported. */
final class SeveralFinalTargets extends BaseRule {
  SeveralFinalTargets() {
    super(RuleInfo.of("IND-010", Severity.ERROR, "more than one FINAL target"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      List<Target> targets = site.indicator().targets();
      boolean seen = false;
      for (int t = 0; t < targets.size(); t++) {
        if (targets.get(t).kind() == TargetKind.FINAL) {
          if (seen) {
            reporter.report(
                site.path() + "/targets/" + t,
                site.indicator().code(),
                "indicator '"
                    + site.indicator().code()
                    + "' has another FINAL target, for "
                    + targets.get(t).year()
                    + "; one is expected");
          }
          seen = true;
        }
      }
    }
  }
}
