package org.unsdcf.core.validation;

import java.util.List;
import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;

/** STR-006: a results group's scope names no priority area or outcome. */
final class DanglingScope extends BaseRule {
  DanglingScope() {
    super(
        RuleInfo.of(
            "STR-006", Severity.ERROR, "scope code names no priority area or outcome", "code"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.GroupSite site : context.groups()) {
      List<String> scope = site.group().scope();
      for (int n = 0; n < scope.size(); n++) {
        String code = scope.get(n);
        if (context.area(code) == null && context.outcome(code) == null) {
          reporter.report(
              site.path() + "/scope/" + n,
              site.group().code(),
              "results group '"
                  + site.group().code()
                  + "' has '"
                  + code
                  + "' in its scope, but the plan has no priority area or outcome with that code",
              Map.of("code", code));
        }
      }
    }
  }
}
