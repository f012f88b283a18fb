package org.unsdcf.core.validation;

import java.util.List;
import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;

/**
 * SDG-001: an outcome, output or sub-output names a well-formed SDG target the SDG catalogue does
 * not have (such as {@code 5.9}).
 */
final class UnknownSdgTarget extends BaseRule {
  UnknownSdgTarget() {
    super(RuleInfo.of("SDG-001", Severity.ERROR, "SDG target not in the catalogue", "code"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.OutcomeSite site : context.outcomes()) {
      check(site.path(), site.outcome().code(), site.outcome().sdgTargets(), context, reporter);
    }
    for (RuleContext.OutputSite site : context.outputs()) {
      check(site.path(), site.output().code(), site.output().sdgTargets(), context, reporter);
    }
    for (RuleContext.SubOutputSite site : context.subOutputs()) {
      check(site.path(), site.subOutput().code(), site.subOutput().sdgTargets(), context, reporter);
    }
  }

  private static void check(
      String path,
      String subject,
      List<String> targets,
      RuleContext context,
      FindingSink reporter) {
    for (int n = 0; n < targets.size(); n++) {
      String code = targets.get(n);
      if (context.sdg().target(code).isEmpty()) {
        reporter.report(
            path + "/sdgTargets/" + n,
            subject,
            "'"
                + subject
                + "' names SDG target "
                + code
                + ", which the SDG framework does not have",
            Map.of("code", code));
      }
    }
  }
}
