package org.unsdcf.core.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DecisionKind;
import org.unsdcf.core.model.Endorsement;

/**
 * GOV-003: the steering committee records decisions, but none is an ENDORSE_JWP decision on a JWP's
 * endorsement date naming that JWP.
 */
final class EndorsementWithoutDecision extends BaseRule {
  EndorsementWithoutDecision() {
    super(
        RuleInfo.of(
            "GOV-003",
            Severity.WARNING,
            "committee has decisions, none ENDORSE_JWP naming the JWP on its endorsement date",
            "date"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    List<Decision> decisions = plan.steeringCommittee().map(c -> c.decisions()).orElse(List.of());
    if (decisions.isEmpty()) {
      return;
    }
    Set<String> endorsed = new HashSet<>();
    for (Decision d : decisions) {
      if (d.kind() == DecisionKind.ENDORSE_JWP) {
        for (String subject : d.subjects()) {
          endorsed.add(d.date() + " " + subject);
        }
      }
    }
    for (RuleContext.JwpSite site : context.jwps()) {
      if (site.jwp().endorsement().isEmpty()) {
        continue;
      }
      Endorsement e = site.jwp().endorsement().get();
      String code = site.jwp().code();
      if (!endorsed.contains(e.date() + " " + code)) {
        reporter.report(
            site.path() + "/endorsement/date",
            code,
            "JWP '"
                + code
                + "' endorsed on "
                + e.date()
                + ", but no ENDORSE_JWP decision on that date names it",
            Map.of("date", e.date().toString()));
      }
    }
  }
}
