package org.unsdcf.core.validation;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.YearRange;

/**
 * FIN-007: a sub-output of a current JWP has no funding line for a year in which it runs (a year of
 * its dates that is also in the JWP period); one finding per missing year.
 */
final class UnfundedYear extends BaseRule {
  UnfundedYear() {
    super(
        RuleInfo.of(
            "FIN-007",
            Severity.WARNING,
            "a year of the sub-output's dates within the JWP period without funding line",
            "year"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.SubOutputSite site : context.subOutputs()) {
      if (!site.jwp().current()) {
        continue;
      }
      SubOutput so = site.subOutput();
      YearRange period = site.jwp().jwp().period();
      int from = Math.max(so.start().getYear(), period.start().getValue());
      int to = Math.min(so.end().getYear(), period.end().getValue());
      Set<Integer> funded = new HashSet<>();
      for (FundingLine line : so.funding()) {
        funded.add(line.year().getValue());
      }
      for (int y = from; y <= to; y++) {
        if (!funded.contains(y)) {
          reporter.report(
              site.path() + "/funding",
              so.code(),
              "sub-output '" + so.code() + "' runs in " + y + ", but has no funding line for it",
              Map.of("year", Integer.toString(y)));
        }
      }
    }
  }
}
