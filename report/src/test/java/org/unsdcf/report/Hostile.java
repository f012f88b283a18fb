package org.unsdcf.report;

import java.util.List;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.RuleCategory;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.core.validation.Strictness;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.testkit.SamplePlans;

/** The worked example with markup, quotes and separators in every text a view shows. */
final class Hostile {
  static final String TEXT = "</script><img src=x onerror=alert(1)> \"q\" 'a' & <b>, =1+2;\u2028é";

  private Hostile() {}

  static CooperationFramework plan() {
    CooperationFramework plan = SamplePlans.kyrgyzstan();
    PriorityArea area = plan.priorityAreas().get(0);
    Outcome outcome = area.outcomes().get(0);
    Indicator indicator = outcome.indicators().get(0);
    JointWorkPlan jwp = plan.jointWorkPlans().get(0);
    SubOutput entry = jwp.entries().get(0);
    FundingLine line = entry.funding().get(0);
    FundingLine hostileLine = line.withContributingPartner(PartnerRef.of("Partner " + TEXT));
    SubOutput hostileEntry =
        entry
            .withTitle("Entry " + TEXT)
            .withContributingPartners(List.of(PartnerRef.of("Partner " + TEXT)))
            .withFunding(List.of(hostileLine));
    return plan.withTitle("Framework " + TEXT)
        .withPriorityAreas(
            area.withTitle("Area " + TEXT)
                .withOutcomes(
                    outcome
                        .withTitle("Outcome " + TEXT)
                        .withIndicators(indicator.withTitle("Indicator " + TEXT))))
        .withJointWorkPlans(jwp.withEntries(hostileEntry));
  }

  static ValidationReport report(String framework) {
    return ValidationReport.of(
        framework,
        Pages.AS_OF,
        Strictness.DRAFT,
        List.of(
            Finding.builder()
                .code("GOV-003")
                .severity(Severity.WARNING)
                .category(RuleCategory.GOVERNANCE)
                .path("/path/" + TEXT)
                .message("Message " + TEXT)
                .subject("Subject " + TEXT)
                .putArgument("date", TEXT)
                .build(),
            Finding.builder()
                .code("STR-009")
                .severity(Severity.ERROR)
                .category(RuleCategory.STRUCTURE)
                .path("")
                .message("=HYPERLINK(\"x\") " + TEXT)
                .subject(framework)
                .build()));
  }
}
