package org.unsdcf.core.validation;

import java.util.HashMap;
import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.YearRange;

/**
 * DAT-009: two current JWPs of the same results group (or both without one) share a year. One
 * finding per current JWP overlapping an earlier current one in document order, at the later JWP's
 * {@code period}, {@code other} naming the first earlier one it overlaps.
 *
 * <p>For each group the first JWP covering each year is kept, so a JWP is checked against the years
 * it covers, not against every earlier JWP.
 */
final class OverlappingJwps extends BaseRule {
  OverlappingJwps() {
    super(
        RuleInfo.of(
            "DAT-009",
            Severity.WARNING,
            "two current JWPs of the same results group overlap in years",
            "other"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    Map<String, Map<Integer, RuleContext.JwpSite>> firstByYear = new HashMap<>();
    for (RuleContext.JwpSite site : context.jwps()) {
      if (!site.current()) {
        continue;
      }
      String group = site.jwp().resultsGroup().map(g -> "G" + g).orElse("");
      Map<Integer, RuleContext.JwpSite> years =
          firstByYear.computeIfAbsent(group, k -> new HashMap<>());
      YearRange period = site.jwp().period();
      RuleContext.JwpSite other = null;
      for (int y = period.start().getValue(); y <= period.end().getValue(); y++) {
        RuleContext.JwpSite earlier = years.get(y);
        if (earlier != null && (other == null || earlier.index() < other.index())) {
          other = earlier;
        }
      }
      for (int y = period.start().getValue(); y <= period.end().getValue(); y++) {
        years.putIfAbsent(y, site);
      }
      if (other != null) {
        reporter.report(
            site.path() + "/period",
            site.jwp().code(),
            "current JWP '"
                + site.jwp().code()
                + "' ("
                + period
                + ") overlaps current JWP '"
                + other.jwp().code()
                + "' ("
                + other.jwp().period()
                + ") of the same results group",
            Map.of("other", other.jwp().code()));
      }
    }
  }
}
