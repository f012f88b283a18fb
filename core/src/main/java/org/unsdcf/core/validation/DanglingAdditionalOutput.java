package org.unsdcf.core.validation;

import java.util.List;
import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;

/** STR-013: a code in a sub-output's {@code additionalOutputs} names no output. */
final class DanglingAdditionalOutput extends BaseRule {
  DanglingAdditionalOutput() {
    super(RuleInfo.of("STR-013", Severity.ERROR, "additionalOutputs code names no output", "code"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.SubOutputSite site : context.subOutputs()) {
      List<String> codes = site.subOutput().additionalOutputs();
      for (int i = 0; i < codes.size(); i++) {
        String code = codes.get(i);
        if (context.output(code) == null) {
          reporter.report(
              site.path() + "/additionalOutputs/" + i,
              site.subOutput().code(),
              "sub-output '"
                  + site.subOutput().code()
                  + "' also contributes to output '"
                  + code
                  + "', but the plan has no such output",
              Map.of("code", code));
        }
      }
    }
  }
}
