package org.unsdcf.core.validation;

import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;

/** TAG-002: a sub-output names more than 10 SDG targets (UN INFO's limit). */
final class TooManySdgTargets extends BaseRule {
  static final int LIMIT = 10;

  TooManySdgTargets() {
    super(
        RuleInfo.of(
            "TAG-002", Severity.ERROR, "more than 10 SDG targets on a sub-output", "count"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.SubOutputSite site : context.subOutputs()) {
      int count = site.subOutput().sdgTargets().size();
      if (count > LIMIT) {
        reporter.report(
            site.path() + "/sdgTargets",
            site.subOutput().code(),
            "sub-output '"
                + site.subOutput().code()
                + "' names "
                + count
                + " SDG targets, UN INFO takes at most "
                + LIMIT,
            Map.of("count", Integer.toString(count)));
      }
    }
  }
}
