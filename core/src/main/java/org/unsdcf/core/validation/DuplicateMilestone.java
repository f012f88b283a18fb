package org.unsdcf.core.validation;

import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;

/**
 * IND-011: two targets of one kind for one year; FINAL targets are IND-010's, so only milestones
 * are compared. Each later target is reported.
 */
final class DuplicateMilestone extends BaseRule {
  DuplicateMilestone() {
    super(RuleInfo.of("IND-011", Severity.ERROR, "two targets of one kind for one year", "year"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      List<Target> targets = site.indicator().targets();
      Set<Year> years = new HashSet<>();
      for (int t = 0; t < targets.size(); t++) {
        Target target = targets.get(t);
        if (target.kind() != TargetKind.FINAL && !years.add(target.year())) {
          reporter.report(
              site.path() + "/targets/" + t,
              site.indicator().code(),
              "indicator '"
                  + site.indicator().code()
                  + "' has a second "
                  + target.kind()
                  + " target for "
                  + target.year(),
              Map.of("year", target.year().toString()));
        }
      }
    }
  }
}
