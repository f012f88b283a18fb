package org.unsdcf.core.validation;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.unsdcf.core.model.ChairRole;
import org.unsdcf.core.model.CoChair;
import org.unsdcf.core.model.CooperationFramework;

/**
 * GOV-001: a results group does not have exactly two UN co-chairs serving at asOf (the terms of
 * reference ask for two heads of UN entities). Distinct {@code entity} values with role UN_CO_CHAIR
 * serving on asOf, bounds included, are counted.
 */
final class UnCoChairCount extends BaseRule {
  UnCoChairCount() {
    super(
        RuleInfo.of(
            "GOV-001", Severity.WARNING, "not exactly two UN co-chairs serving at asOf", "count"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.GroupSite site : context.groups()) {
      Set<String> serving = new HashSet<>();
      for (CoChair c : site.group().coChairs()) {
        if (c.role() == ChairRole.UN_CO_CHAIR && c.servesOn(context.asOf())) {
          serving.add(c.entity());
        }
      }
      if (serving.size() != 2) {
        reporter.report(
            site.path() + "/coChairs",
            site.group().code(),
            "results group '"
                + site.group().code()
                + "' has "
                + serving.size()
                + (serving.size() == 1 ? " UN co-chair" : " UN co-chairs")
                + " serving on "
                + context.asOf()
                + ", two are expected",
            Map.of("count", Integer.toString(serving.size())));
      }
    }
  }
}
