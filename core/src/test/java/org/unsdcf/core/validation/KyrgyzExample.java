package org.unsdcf.core.validation;

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
 * The worked example of design.md §4.2 (Kyrgyz Republic 2023-2027) built in code, part by part,
 * with one-line ways to swap a part so that each rule's test is a single change of it. Core's tests
 * cannot use testkit's {@code SamplePlans} (the reactor would cycle), hence this copy.
 */
final class KyrgyzExample {
  static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  static final ReportingPeriod CONSULTATIONS =
      ReportingPeriod.of(LocalDate.of(2023, 8, 1), LocalDate.of(2023, 11, 30));

  private KyrgyzExample() {}

  static Indicator outcomeIndicator() {
    return Indicator.builder()
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
  }

  static Indicator outputIndicator() {
    return Indicator.builder()
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
                .numerator(BigDecimal.valueOf(310))
                .denominator(BigDecimal.valueOf(500))
                .build())
        .frequency(Frequency.ANNUAL)
        .addMeansOfVerification("Consultation register")
        .build();
  }

  static Output output() {
    return Output.builder()
        .code("OP1.1.1")
        .title("Migrants have access to information, legal aid and psychosocial support")
        .addContributingEntities("IOM", "UN-Women")
        .addSdgTarget("10.7")
        .addTag(Tag.of(Tag.GCM_OBJECTIVE, "3"))
        .addIndicator(outputIndicator())
        .build();
  }

  static Outcome outcome() {
    return Outcome.builder()
        .code("OC1.1")
        .title("People, including migrants and their families, use quality social services")
        .addSdgTargets("1.3", "10.7")
        .addIndicator(outcomeIndicator())
        .addOutput(output())
        .build();
  }

  static PriorityArea area() {
    return PriorityArea.builder()
        .code("SP1")
        .title("Quality social services")
        .addOutcome(outcome())
        .build();
  }

  static ResultsGroup group() {
    return ResultsGroup.builder()
        .code("RG1")
        .title("Results Group on Quality Social Services")
        .addScope("SP1")
        .addCoChair(unCoChair("IOM"))
        .addCoChair(unCoChair("UNICEF"))
        .addMembers("IOM", "UNICEF", "UN-Women", "WHO")
        .build();
  }

  static CoChair unCoChair(String entity) {
    return CoChair.builder()
        .entity(entity)
        .role(ChairRole.UN_CO_CHAIR)
        .from(LocalDate.of(2023, 1, 1))
        .build();
  }

  static FundingLine fundingLine() {
    return FundingLine.builder()
        .year(2023)
        .agency("IOM")
        .contributingPartner(PartnerRef.of("USAID"))
        .required(Money.of(120000, "USD"))
        .available(Money.of(80000, "USD"))
        .expenditure(Money.of(60000, "USD"))
        .build();
  }

  static SubOutput subOutput() {
    return SubOutput.builder()
        .code("1.1.1.01")
        .title("Online legal and psychological consultations for migrants")
        .outputCode("OP1.1.1")
        .leadEntity("IOM")
        .addAgency("IOM")
        .addImplementingPartner(PartnerRef.of("Resource Center for the Elderly"))
        .addContributingPartner(PartnerRef.of("USAID"))
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
        .addFunding(fundingLine())
        .build();
  }

  static JointWorkPlan jwp() {
    return JointWorkPlan.builder()
        .code("JWP-RG1-2023-2024")
        .title("Joint Work Plan 2023-2024, Quality Social Services")
        .period(YearRange.of(2023, 2024))
        .status(JwpStatus.ENDORSED)
        .version(1)
        .resultsGroup("RG1")
        .endorsement(Endorsement.of(LocalDate.of(2023, 3, 24)))
        .addEntry(subOutput())
        .build();
  }

  static SteeringCommittee committee() {
    return SteeringCommittee.builder()
        .name("Joint Strategic Coordination Committee")
        .governmentCoChair("Chairman of the Cabinet of Ministers")
        .unCoChair("UN Resident Coordinator")
        .addDecision(
            Decision.builder()
                .date(LocalDate.of(2023, 3, 24))
                .kind(DecisionKind.ENDORSE_JWP)
                .addSubject("JWP-RG1-2023-2024")
                .build())
        .build();
  }

  /** Gets the §4.2 plan. */
  static CooperationFramework plan() {
    return CooperationFramework.builder()
        .code("KGZ-2023-2027")
        .title("UN Sustainable Development Cooperation Framework, Kyrgyz Republic 2023-2027")
        .addCountry("KGZ")
        .period(YearRange.of(2023, 2027))
        .currency("USD")
        .steeringCommittee(committee())
        .addPriorityArea(area())
        .addResultsGroup(group())
        .addJointWorkPlan(jwp())
        .build();
  }

  /** Gets the plan with another outcome in the area. */
  static CooperationFramework withOutcome(Outcome outcome) {
    return plan().withPriorityAreas(area().withOutcomes(outcome));
  }

  /** Gets the plan with another output in the outcome. */
  static CooperationFramework withOutput(Output output) {
    return withOutcome(outcome().withOutputs(output));
  }

  /** Gets the plan with another outcome indicator. */
  static CooperationFramework withOutcomeIndicator(Indicator indicator) {
    return withOutcome(outcome().withIndicators(indicator));
  }

  /** Gets the plan with another output indicator. */
  static CooperationFramework withOutputIndicator(Indicator indicator) {
    return withOutput(output().withIndicators(indicator));
  }

  /** Gets the plan with another results group. */
  static CooperationFramework withGroup(ResultsGroup group) {
    return plan().withResultsGroups(group);
  }

  /** Gets the plan with another JWP. */
  static CooperationFramework withJwp(JointWorkPlan jwp) {
    return plan().withJointWorkPlans(jwp);
  }

  /** Gets the plan with another sub-output in the JWP. */
  static CooperationFramework withSubOutput(SubOutput subOutput) {
    return withJwp(jwp().withEntries(subOutput));
  }

  /** Gets the plan with another funding line in the sub-output. */
  static CooperationFramework withFundingLine(FundingLine line) {
    return withSubOutput(subOutput().withFunding(line));
  }

  /** Gets the plan with the JWP endorsed on another day, as IOM's copy has it. */
  static CooperationFramework endorsedOn(LocalDate date) {
    return withJwp(jwp().withEndorsement(Endorsement.of(date)));
  }

  /**
   * Gets the plan whose JWP holds a sub-output but is superseded by a revision without entries, so
   * the sub-output belongs to no current JWP.
   */
  static CooperationFramework superseded(SubOutput subOutput) {
    JointWorkPlan old = jwp().withEntries(subOutput);
    return plan().withJointWorkPlans(old, old.revise("JWP-RG1-2023-2024-v2").withEntries());
  }
}
