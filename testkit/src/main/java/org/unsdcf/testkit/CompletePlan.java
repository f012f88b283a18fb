package org.unsdcf.testkit;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.ChairRole;
import org.unsdcf.core.model.CoChair;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DecisionKind;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.Frequency;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Marker;
import org.unsdcf.core.model.MarkerKind;
import org.unsdcf.core.model.MarkerNarrative;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.NumericRange;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SteeringCommittee;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.model.YearNarrative;
import org.unsdcf.core.units.IndicatorUnit;

/** {@link SamplePlans#complete()}: the Kyrgyz example with every optional member filled in. */
final class CompletePlan {
  private static final URI NEWS =
      URI.create(
          "https://kyrgyzstan.un.org/en/224766-joint-strategic-coordination-committee-endorsed-work-plans-2023-2024");
  private static final LocalDate ENDORSED = LocalDate.of(2023, 3, 24);

  private CompletePlan() {}

  static CooperationFramework build() {
    CooperationFramework kgz = SamplePlans.kyrgyzstan();
    PriorityArea sp1 = kgz.priorityAreas().get(0);
    Outcome oc = sp1.outcomes().get(0);
    Output op = oc.outputs().get(0);
    JointWorkPlan jwp = kgz.jointWorkPlans().get(0);
    JointWorkPlan endorsed =
        jwp.withEndorsement(
                Endorsement.builder()
                    .date(ENDORSED)
                    .body("Joint Strategic Coordination Committee")
                    .reference(NEWS)
                    .build())
            .withEntries(subOutput(jwp.entries().get(0)));
    JointWorkPlan revision = endorsed.revise("JWP-RG1-2023-2024-R2");
    ResultsGroup rg = kgz.resultsGroups().get(0);
    return kgz.withSignedOn(LocalDate.of(2022, 11, 30))
        .withSteeringCommittee(
            SteeringCommittee.builder()
                .from(kgz.steeringCommittee().orElseThrow())
                .decisions(
                    List.of(
                        kgz.steeringCommittee()
                            .orElseThrow()
                            .decisions()
                            .get(0)
                            .withSummary(
                                "Endorsed the joint work plans 2023-2024.\nMinutes follow.")
                            .withReference(NEWS)))
                .addDecision(
                    Decision.builder()
                        .date(LocalDate.of(2023, 12, 15))
                        .kind(DecisionKind.REVIEW_PROGRESS)
                        .addSubject("JWP-RG1-2023-2024")
                        .build())
                .build())
        .withPriorityAreas(
            sp1.withDisplayCode("1.")
                .withDescription("Health, education and social protection for all.")
                .withTags(Tag.of("NSDS", "1"))
                .withOutcomes(
                    oc.withDisplayCode("1.1.")
                        .withStatement("By 2027, people use quality social services.")
                        .withTags(Tag.of(Tag.GCM_OBJECTIVE, "15"))
                        .withIndicators(oc.indicators().get(0), assessed())
                        .withOutputs(
                            op.withDisplayCode("1.1.1.")
                                .withDescription("Information, legal aid and support.")
                                .withIndicators(detailed(op.indicators().get(0))),
                            families(op))))
        .withResultsGroups(
            rg.withCoChairs(
                    rg.coChairs().get(0).withUntil(LocalDate.of(2024, 12, 31)),
                    rg.coChairs().get(1),
                    CoChair.builder()
                        .entity("Ministry of Labour, Social Security and Migration")
                        .role(ChairRole.GOVERNMENT_CO_CHAIR)
                        .build())
                .withGovernmentMembers("Ministry of Health"))
        .withJointWorkPlans(endorsed, revision);
  }

  private static SubOutput subOutput(SubOutput so) {
    return so.withDisplayCode("1.1.1.01.")
        .withDescription("Consultations online and by phone.\tAll regions.")
        .withAdditionalOutputs("OP1.1.2")
        .withMarkerNarratives(
            MarkerNarrative.of(MarkerKind.GENDER_EQUALITY, "62% of those consulted were women."),
            MarkerNarrative.of(
                MarkerKind.HUMAN_RIGHTS,
                "Free legal aid on migrants' rights.\nIn Russian and Kyrgyz."))
        .withProgressNarratives(YearNarrative.of(2023, "About 500 migrants were consulted online."))
        .withSustainingPeaceMarker(Marker.NOT_EXPECTED)
        .withJointProgramme("JP-MIGRATION")
        .withContributingPartners(PartnerRef.builder().name("USAID").iatiOrgId("US-GOV-1").build())
        .withFunding(
            FundingLine.builder()
                .from(so.funding().get(0))
                .contributingPartner(
                    PartnerRef.builder().name("USAID").iatiOrgId("US-GOV-1").build())
                .build())
        .withIndicators(
            detailed(
                    SamplePlans.kyrgyzstan()
                        .priorityAreas()
                        .get(0)
                        .outcomes()
                        .get(0)
                        .outputs()
                        .get(0)
                        .indicators()
                        .get(0))
                .withCode("1.1.1.01-I1"));
  }

  /** A second output, which the sub-output also contributes to. */
  private static Output families(Output op) {
    return op.withCode("OP1.1.2")
        .withDisplayCode("1.1.2.")
        .withTitle("Migrants' families receive information on safe migration")
        .withIndicators(op.indicators().get(0).withCode("OP1.1.2-I1"));
  }

  /** The women's share indicator with every optional member of its values. */
  private static Indicator detailed(Indicator share) {
    Measurement m = share.measurements().get(0);
    return share
        .withNaturalRange(NumericRange.of(BigDecimal.ZERO, BigDecimal.valueOf(100)))
        .withBaseline(
            share
                .baseline()
                .orElseThrow()
                .withDate(LocalDate.of(2022, 12, 31))
                .withUnit(IndicatorUnit.PERCENT)
                .withComment("From the 2022 register."))
        .withTargets(
            Target.builder()
                .year(2025)
                .kind(TargetKind.MILESTONE)
                .value(Value.numeric(50))
                .unit(IndicatorUnit.PERCENT)
                .comment("Mid-term.")
                .build(),
            share.targets().get(0))
        .withMeasurements(
            m.withUnit(IndicatorUnit.PERCENT).withSource("IOM").withComment("Online only."))
        .withSdgIndicator("10.7.2")
        .withTags(Tag.of(Tag.GCM_OBJECTIVE, "3"))
        .withDataSource("IOM consultation register")
        .withResponsibleEntities("IOM");
  }

  /** A QUALITATIVE indicator with an assessed status. */
  private static Indicator assessed() {
    return Indicator.builder()
        .code("OC1.1-I2")
        .title("Migration policy revised with migrants' participation")
        .measure(Measure.QUALITATIVE)
        .baseline(Baseline.of(2022, Value.qualitative("No policy")))
        .addTarget(Target.of(2027, TargetKind.FINAL, Value.qualitative("Policy adopted")))
        .addMeasurement(
            Measurement.builder()
                .period(SamplePlans.AUG_NOV_2023)
                .value(Value.qualitative("Draft policy"))
                .assessedStatus(ProgressStatus.ON_TRACK)
                .build())
        .frequency(Frequency.ANNUAL)
        .build();
  }
}
