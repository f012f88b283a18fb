package org.unsdcf.core.validation;

import org.unsdcf.core.model.CooperationFramework;

/** STR-001: a priority area has no outcome. */
final class AreaWithoutOutcome extends BaseRule {
  AreaWithoutOutcome() {
    super(RuleInfo.of("STR-001", Severity.ERROR, "priority area without outcome"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.AreaSite site : context.areas()) {
      if (site.area().outcomes().isEmpty()) {
        reporter.report(
            site.path(),
            site.area().code(),
            "priority area '" + site.area().code() + "' has no outcome");
      }
    }
  }
}
