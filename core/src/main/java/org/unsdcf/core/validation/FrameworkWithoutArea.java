package org.unsdcf.core.validation;

import org.unsdcf.core.model.CooperationFramework;

/** STR-009: the framework has no priority area. */
final class FrameworkWithoutArea extends BaseRule {
  FrameworkWithoutArea() {
    super(RuleInfo.of("STR-009", Severity.ERROR, "framework without priority area"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    if (plan.priorityAreas().isEmpty()) {
      reporter.report(
          "/priorityAreas", plan.code(), "framework '" + plan.code() + "' has no priority area");
    }
  }
}
