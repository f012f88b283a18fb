package org.unsdcf.core.validation;

import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;

/** STR-005: a sub-output's {@code outputCode} names no output. */
final class DanglingOutputCode extends BaseRule {
  DanglingOutputCode() {
    super(RuleInfo.of("STR-005", Severity.ERROR, "outputCode names no output", "code"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.SubOutputSite site : context.subOutputs()) {
      String code = site.subOutput().outputCode();
      if (context.output(code) == null) {
        reporter.report(
            site.path() + "/outputCode",
            site.subOutput().code(),
            "sub-output '"
                + site.subOutput().code()
                + "' serves output '"
                + code
                + "', but the plan has no such output",
            Map.of("code", code));
      }
    }
  }
}
