package org.unsdcf.core.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unsdcf.core.model.ChairRole;
import org.unsdcf.core.model.CoChair;
import org.unsdcf.core.model.CooperationFramework;

/** GOV-002: a UN co-chair serving at asOf is not among the results group's members. */
final class CoChairNotMember extends BaseRule {
  CoChairNotMember() {
    super(
        RuleInfo.of(
            "GOV-002", Severity.WARNING, "UN co-chair serving at asOf not in members", "entity"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.GroupSite site : context.groups()) {
      List<CoChair> chairs = site.group().coChairs();
      Set<String> members = new HashSet<>(site.group().members());
      for (int c = 0; c < chairs.size(); c++) {
        CoChair chair = chairs.get(c);
        if (chair.role() == ChairRole.UN_CO_CHAIR
            && chair.servesOn(context.asOf())
            && !members.contains(chair.entity())) {
          reporter.report(
              site.path() + "/coChairs/" + c + "/entity",
              site.group().code(),
              "UN co-chair '"
                  + chair.entity()
                  + "' of results group '"
                  + site.group().code()
                  + "' is not one of its members",
              Map.of("entity", chair.entity()));
        }
      }
    }
  }
}
