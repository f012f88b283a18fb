package org.unsdcf.core.validation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.unsdcf.core.model.CooperationFramework;

/** STR-008: more than one results group has an outcome in its scope. */
final class OutcomeInSeveralScopes extends BaseRule {
  OutcomeInSeveralScopes() {
    super(
        RuleInfo.of(
            "STR-008",
            Severity.WARNING,
            "outcome in more than one results group's scope",
            "groups"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.OutcomeSite site : context.outcomes()) {
      List<RuleContext.GroupSite> groups = context.groupsOf(site);
      if (groups.size() > 1) {
        String codes = groups.stream().map(g -> g.group().code()).collect(Collectors.joining(", "));
        reporter.report(
            site.path(),
            site.outcome().code(),
            "outcome '"
                + site.outcome().code()
                + "' is in the scope of "
                + groups.size()
                + " results groups ("
                + codes
                + "), one is expected",
            Map.of("groups", codes));
      }
    }
  }
}
