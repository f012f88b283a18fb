package org.unsdcf.core.validation;

import java.time.LocalDate;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.YearRange;

/** DAT-002: a sub-output's start or end falls outside its JWP's period (one finding each). */
final class SubOutputOutsideJwp extends BaseRule {
  SubOutputOutsideJwp() {
    super(
        RuleInfo.of("DAT-002", Severity.WARNING, "sub-output start or end outside its JWP period"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.SubOutputSite site : context.subOutputs()) {
      YearRange period = site.jwp().jwp().period();
      check(site, "start", site.subOutput().start(), period, reporter);
      check(site, "end", site.subOutput().end(), period, reporter);
    }
  }

  private static void check(
      RuleContext.SubOutputSite site,
      String member,
      LocalDate date,
      YearRange period,
      FindingSink reporter) {
    if (!period.contains(date)) {
      reporter.report(
          site.path() + "/" + member,
          site.subOutput().code(),
          "sub-output '"
              + site.subOutput().code()
              + "' has "
              + member
              + " "
              + date
              + ", outside its JWP period "
              + period);
    }
  }
}
