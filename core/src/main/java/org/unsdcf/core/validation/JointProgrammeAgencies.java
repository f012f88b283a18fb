package org.unsdcf.core.validation;

import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;

/**
 * TAG-009: a sub-output of a joint programme has more than one agency (in a joint programme each
 * agency reports its own sub-output).
 */
final class JointProgrammeAgencies extends BaseRule {
  JointProgrammeAgencies() {
    super(
        RuleInfo.of(
            "TAG-009",
            Severity.WARNING,
            "more than one agency on a sub-output with jointProgramme",
            "count"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.SubOutputSite site : context.subOutputs()) {
      int count = site.subOutput().agencies().size();
      if (site.subOutput().jointProgramme().isPresent() && count > 1) {
        reporter.report(
            site.path() + "/agencies",
            site.subOutput().code(),
            "sub-output '"
                + site.subOutput().code()
                + "' of joint programme '"
                + site.subOutput().jointProgramme().get()
                + "' has "
                + count
                + " agencies, one is expected",
            Map.of("count", Integer.toString(count)));
      }
    }
  }
}
