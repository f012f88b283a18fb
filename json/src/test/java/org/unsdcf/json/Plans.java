package org.unsdcf.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.ChairRole;
import org.unsdcf.core.model.CoChair;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DecisionKind;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.DisaggregationDimension;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.Frequency;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.JwpStatus;
import org.unsdcf.core.model.Location;
import org.unsdcf.core.model.LocationLevel;
import org.unsdcf.core.model.Marker;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SteeringCommittee;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.model.YearRange;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * Test fixtures: design.md §4.2 built in code. (testkit's {@code SamplePlans} cannot be used here:
 * testkit depends on json.)
 */
final class Plans {
  private Plans() {}

  static final ReportingPeriod CONSULTATIONS =
      ReportingPeriod.of(LocalDate.of(2023, 8, 1), LocalDate.of(2023, 11, 30));

  /** The Kyrgyz Republic 2023-2027 framework of design.md §4.2. */
  /** The worked example with its first outcome's indicator QUALITATIVE and one value "Draft". */
  static CooperationFramework qualitative() {
    CooperationFramework plan = kyrgyzstan();
    PriorityArea area = plan.priorityAreas().get(0);
    Outcome outcome = area.outcomes().get(0);
    Indicator law =
        Indicator.builder()
            .code("OC1.1-Q1")
            .title("Migration law adopted")
            .measure(Measure.QUALITATIVE)
            .direction(Direction.INCREASE)
            .baseline(Baseline.of(2022, Value.qualitative("No draft")))
            .addTarget(Target.of(2027, TargetKind.FINAL, Value.qualitative("Law adopted")))
            .addMeasurement(Measurement.of(CONSULTATIONS, Value.qualitative("Draft")))
            .build();
    return plan.withPriorityAreas(area.withOutcomes(outcome.withIndicators(law)));
  }

  static CooperationFramework kyrgyzstan() {
    Indicator consultations =
        Indicator.builder()
            .code("OC1.1-I1")
            .title("Migrants who received free legal or psychological consultations (cumulative)")
            .measure(Measure.UNIT)
            .unit(IndicatorUnit.COUNT)
            .direction(Direction.INCREASE)
            .accumulation(Accumulation.CUMULATIVE)
            .baseline(Baseline.of(2022, Value.numeric(0)))
            .addTarget(Target.of(2027, TargetKind.FINAL, Value.numeric(2000)))
            .addMeasurement(Measurement.of(CONSULTATIONS, Value.numeric(500)))
            .addMeasurement(
                Measurement.builder()
                    .period(CONSULTATIONS)
                    .putDisaggregation("sex", "female")
                    .value(Value.numeric(310))
                    .build())
            .addMeasurement(
                Measurement.builder()
                    .period(CONSULTATIONS)
                    .putDisaggregation("sex", "male")
                    .value(Value.numeric(190))
                    .build())
            .addDisaggregation(DisaggregationDimension.of("sex", true, "female", "male"))
            .frequency(Frequency.ANNUAL)
            .addMeansOfVerification("Consultation register")
            .build();
    Indicator womenShare =
        Indicator.builder()
            .code("OP1.1.1-I1")
            .title("Share of women among migrants who received online consultations")
            .measure(Measure.PERCENTAGE)
            .unit(IndicatorUnit.PERCENT)
            .direction(Direction.INCREASE)
            .accumulation(Accumulation.LEVEL)
            .baseline(Baseline.of(2022, Value.numeric(40)))
            .addTarget(Target.of(2027, TargetKind.FINAL, Value.numeric(60)))
            .addMeasurement(
                Measurement.builder()
                    .period(CONSULTATIONS)
                    .value(Value.numeric(62))
                    .numerator(new BigDecimal(310))
                    .denominator(new BigDecimal(500))
                    .build())
            .frequency(Frequency.ANNUAL)
            .addMeansOfVerification("Consultation register")
            .build();
    Output output =
        Output.builder()
            .code("OP1.1.1")
            .title("Migrants have access to information, legal aid and psychosocial support")
            .addContributingEntities("IOM", "UN-Women")
            .addSdgTarget("10.7")
            .addTag(Tag.of(Tag.GCM_OBJECTIVE, "3"))
            .addIndicator(womenShare)
            .build();
    Outcome outcome =
        Outcome.builder()
            .code("OC1.1")
            .title("People, including migrants and their families, use quality social services")
            .addSdgTargets("1.3", "10.7")
            .addIndicator(consultations)
            .addOutput(output)
            .build();
    PartnerRef usaid = PartnerRef.of("USAID");
    SubOutput entry =
        SubOutput.builder()
            .code("1.1.1.01")
            .title("Online legal and psychological consultations for migrants")
            .outputCode("OP1.1.1")
            .leadEntity("IOM")
            .addAgency("IOM")
            .addImplementingPartner(PartnerRef.of("Resource Center for the Elderly"))
            .addContributingPartner(usaid)
            .addSdgTargets("8.8", "10.7")
            .addTag(Tag.of(Tag.GCM_OBJECTIVE, "3"))
            .genderEqualityMarker(Marker.SIGNIFICANT)
            .humanRightsMarker(Marker.SIGNIFICANT)
            .addQcprFunction("Direct support")
            .addGeographicScope(
                Location.builder()
                    .level(LocationLevel.NATIONAL)
                    .code("KGZ")
                    .name("Kyrgyz Republic")
                    .build())
            .addTargetGroup("Migrants")
            .status(ImplementationStatus.CLOSED)
            .start(LocalDate.of(2023, 8, 1))
            .end(LocalDate.of(2023, 11, 30))
            .addFunding(
                FundingLine.builder()
                    .year(2023)
                    .agency("IOM")
                    .contributingPartner(usaid)
                    .required(Money.of(120000, "USD"))
                    .available(Money.of(80000, "USD"))
                    .expenditure(Money.of(60000, "USD"))
                    .build())
            .build();
    return CooperationFramework.builder()
        .code("KGZ-2023-2027")
        .title("UN Sustainable Development Cooperation Framework, Kyrgyz Republic 2023-2027")
        .addCountry("KGZ")
        .period(YearRange.of(2023, 2027))
        .currency("USD")
        .steeringCommittee(
            SteeringCommittee.builder()
                .name("Joint Strategic Coordination Committee")
                .governmentCoChair("Chairman of the Cabinet of Ministers")
                .unCoChair("UN Resident Coordinator")
                .addDecision(
                    Decision.builder()
                        .date(LocalDate.of(2023, 3, 24))
                        .kind(DecisionKind.ENDORSE_JWP)
                        .addSubject("JWP-RG1-2023-2024")
                        .build())
                .build())
        .addPriorityArea(
            PriorityArea.builder()
                .code("SP1")
                .title("Quality social services")
                .addOutcome(outcome)
                .build())
        .addResultsGroup(
            ResultsGroup.builder()
                .code("RG1")
                .title("Results Group on Quality Social Services")
                .addScope("SP1")
                .addCoChair(
                    CoChair.builder()
                        .entity("IOM")
                        .role(ChairRole.UN_CO_CHAIR)
                        .from(LocalDate.of(2023, 1, 1))
                        .build())
                .addCoChair(
                    CoChair.builder()
                        .entity("UNICEF")
                        .role(ChairRole.UN_CO_CHAIR)
                        .from(LocalDate.of(2023, 1, 1))
                        .build())
                .addMembers("IOM", "UNICEF", "UN-Women", "WHO")
                .build())
        .addJointWorkPlan(
            JointWorkPlan.builder()
                .code("JWP-RG1-2023-2024")
                .title("Joint Work Plan 2023-2024, Quality Social Services")
                .period(YearRange.of(2023, 2024))
                .status(JwpStatus.ENDORSED)
                .version(1)
                .resultsGroup("RG1")
                .endorsement(Endorsement.of(LocalDate.of(2023, 3, 24)))
                .addEntry(entry)
                .build())
        .build();
  }
}
