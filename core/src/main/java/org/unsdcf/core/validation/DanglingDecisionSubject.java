package org.unsdcf.core.validation;

import java.util.List;
import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;

/** GOV-004: a decision's subject names no entity of the plan (a code of the STR-004 namespace). */
final class DanglingDecisionSubject extends BaseRule {
  DanglingDecisionSubject() {
    super(RuleInfo.of("GOV-004", Severity.ERROR, "decision subject names no entity", "code"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    List<Decision> decisions = plan.steeringCommittee().map(c -> c.decisions()).orElse(List.of());
    for (int d = 0; d < decisions.size(); d++) {
      List<String> subjects = decisions.get(d).subjects();
      for (int n = 0; n < subjects.size(); n++) {
        String code = subjects.get(n);
        if (!context.isEntityCode(code)) {
          reporter.report(
              "/steeringCommittee/decisions/" + d + "/subjects/" + n,
              plan.code(),
              "decision of "
                  + decisions.get(d).date()
                  + " is about '"
                  + code
                  + "', but the plan has no entity with that code",
              Map.of("code", code));
        }
      }
    }
  }
}
