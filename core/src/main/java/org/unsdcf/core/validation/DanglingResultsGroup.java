package org.unsdcf.core.validation;

import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;

/** STR-012: a JWP's {@code resultsGroup} names no results group. */
final class DanglingResultsGroup extends BaseRule {
  DanglingResultsGroup() {
    super(RuleInfo.of("STR-012", Severity.ERROR, "JWP resultsGroup names no group", "code"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.JwpSite site : context.jwps()) {
      if (site.jwp().resultsGroup().isPresent()) {
        String code = site.jwp().resultsGroup().get();
        if (context.group(code) == null) {
          reporter.report(
              site.path() + "/resultsGroup",
              site.jwp().code(),
              "JWP '"
                  + site.jwp().code()
                  + "' belongs to results group '"
                  + code
                  + "', but the plan has no such group",
              Map.of("code", code));
        }
      }
    }
  }
}
