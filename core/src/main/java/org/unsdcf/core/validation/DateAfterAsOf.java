package org.unsdcf.core.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;

/** DAT-010: the signing date, an endorsement or a decision is dated after asOf. */
final class DateAfterAsOf extends BaseRule {
  DateAfterAsOf() {
    super(
        RuleInfo.of(
            "DAT-010",
            Severity.ERROR,
            "signedOn, an endorsement or a decision date after asOf",
            "date"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    LocalDate asOf = context.asOf();
    if (plan.signedOn().isPresent() && plan.signedOn().get().isAfter(asOf)) {
      report(reporter, "/signedOn", plan.code(), "framework signed", plan.signedOn().get(), asOf);
    }
    List<Decision> decisions = plan.steeringCommittee().map(c -> c.decisions()).orElse(List.of());
    for (int d = 0; d < decisions.size(); d++) {
      if (decisions.get(d).date().isAfter(asOf)) {
        report(
            reporter,
            "/steeringCommittee/decisions/" + d + "/date",
            plan.code(),
            "decision " + decisions.get(d).kind() + " taken",
            decisions.get(d).date(),
            asOf);
      }
    }
    for (RuleContext.JwpSite site : context.jwps()) {
      if (site.jwp().endorsement().isPresent()
          && site.jwp().endorsement().get().date().isAfter(asOf)) {
        report(
            reporter,
            site.path() + "/endorsement/date",
            site.jwp().code(),
            "JWP '" + site.jwp().code() + "' endorsed",
            site.jwp().endorsement().get().date(),
            asOf);
      }
    }
  }

  private static void report(
      FindingSink reporter,
      String path,
      String subject,
      String what,
      LocalDate date,
      LocalDate asOf) {
    reporter.report(
        path, subject, what + " on " + date + ", after " + asOf, Map.of("date", date.toString()));
  }
}
