package org.unsdcf.core.validation;

import java.util.List;
import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;

/** STR-014: a sub-output's {@code additionalOutputs} names its own {@code outputCode}. */
final class AdditionalOutputIsOwn extends BaseRule {
  AdditionalOutputIsOwn() {
    super(
        RuleInfo.of(
            "STR-014", Severity.WARNING, "additionalOutputs names the own outputCode", "code"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.SubOutputSite site : context.subOutputs()) {
      List<String> codes = site.subOutput().additionalOutputs();
      String own = site.subOutput().outputCode();
      for (int i = 0; i < codes.size(); i++) {
        if (codes.get(i).equals(own)) {
          reporter.report(
              site.path() + "/additionalOutputs/" + i,
              site.subOutput().code(),
              "sub-output '"
                  + site.subOutput().code()
                  + "' lists its own output '"
                  + own
                  + "' among the outputs it also contributes to",
              Map.of("code", own));
        }
      }
    }
  }
}
