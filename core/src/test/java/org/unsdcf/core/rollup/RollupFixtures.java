package org.unsdcf.core.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
import org.unsdcf.core.units.IndicatorUnit;

/**
 * Plans for the roll-up tests, built by hand (core tests cannot use testkit): design.md §4.2
 * exactly, and small plans around a few indicators or funding lines.
 */
final class RollupFixtures {
  static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  static final ReportingPeriod AUG_NOV_2023 =
      ReportingPeriod.of(LocalDate.of(2023, 8, 1), LocalDate.of(2023, 11, 30));

  private RollupFixtures() {}

  /** design.md §4.2, member for member. */
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
            .addMeasurement(Measurement.of(AUG_NOV_2023, Value.numeric(500)))
            .addMeasurement(
                Measurement.builder()
                    .period(AUG_NOV_2023)
                    .putDisaggregation("sex", "female")
                    .value(Value.numeric(310))
                    .build())
            .addMeasurement(
                Measurement.builder()
                    .period(AUG_NOV_2023)
                    .putDisaggregation("sex", "male")
                    .value(Value.numeric(190))
                    .build())
            .addDisaggregation(DisaggregationDimension.of("sex", true, "female", "male"))
            .frequency(Frequency.ANNUAL)
            .addMeansOfVerification("Consultation register")
            .build();
    Indicator women =
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
                    .period(AUG_NOV_2023)
                    .value(Value.numeric(62))
                    .numerator(new BigDecimal(310))
                    .denominator(new BigDecimal(500))
                    .build())
            .frequency(Frequency.ANNUAL)
            .addMeansOfVerification("Consultation register")
            .build();
    Output op111 =
        Output.builder()
            .code("OP1.1.1")
            .title("Migrants have access to information, legal aid and psychosocial support")
            .addContributingEntities("IOM", "UN-Women")
            .addSdgTarget("10.7")
            .addTag(Tag.of(Tag.GCM_OBJECTIVE, "3"))
            .addIndicator(women)
            .build();
    Outcome oc11 =
        Outcome.builder()
            .code("OC1.1")
            .title("People, including migrants and their families, use quality social services")
            .addSdgTargets("1.3", "10.7")
            .addIndicator(consultations)
            .addOutput(op111)
            .build();
    SubOutput entry =
        SubOutput.builder()
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
            .addFunding(line(2023, "IOM", "USAID", 120000, 80000, 60000))
            .build();
    return CooperationFramework.builder()
        .code("KGZ-2023-2027")
        .title("UN Sustainable Development Cooperation Framework, Kyrgyz Republic 2023-2027")
        .addCountry("KGZ")
        .period(org.unsdcf.core.model.YearRange.of(2023, 2027))
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
                .addOutcome(oc11)
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
                .period(org.unsdcf.core.model.YearRange.of(2023, 2024))
                .status(JwpStatus.ENDORSED)
                .version(1)
                .resultsGroup("RG1")
                .endorsement(Endorsement.of(LocalDate.of(2023, 3, 24)))
                .addEntry(entry)
                .build())
        .build();
  }

  static FundingLine line(
      int year, String agency, String partner, long required, long available, long spent) {
    FundingLine.Builder b =
        FundingLine.builder()
            .year(year)
            .agency(agency)
            .required(Money.of(required, "USD"))
            .available(Money.of(available, "USD"))
            .expenditure(Money.of(spent, "USD"));
    if (partner != null) {
      b.contributingPartner(PartnerRef.of(partner));
    }
    return b.build();
  }

  /** A UNIT count indicator skeleton: code, direction, accumulation. */
  static Indicator.Builder count(String code, Direction direction, Accumulation accumulation) {
    Indicator.Builder b =
        Indicator.builder()
            .code(code)
            .title("Count for " + code)
            .measure(Measure.UNIT)
            .unit(IndicatorUnit.COUNT)
            .accumulation(accumulation);
    if (direction != null) {
      b.direction(direction);
    }
    return b;
  }

  /** An indicator with baseline b in baseline year, FINAL target t in target year. */
  static Indicator.Builder level(
      String code, Direction direction, int baseYear, long b, int targetYear, long t) {
    return count(code, direction, Accumulation.LEVEL)
        .baseline(Baseline.of(baseYear, Value.numeric(b)))
        .addTarget(Target.of(targetYear, TargetKind.FINAL, Value.numeric(t)));
  }

  /** A headline measurement for a whole year, ending 31 December. */
  static Measurement year(int year, String value) {
    return Measurement.of(ReportingPeriod.ofYear(year), Value.numeric(value));
  }

  /** A headline measurement ending on a day, starting on 1 January of its year. */
  static Measurement until(LocalDate end, String value) {
    return Measurement.of(
        ReportingPeriod.of(LocalDate.of(end.getYear(), 1, 1), end), Value.numeric(value));
  }

  /** A plan with one area, one outcome holding the given indicators. */
  static CooperationFramework planWithOutcome(List<Indicator> indicators) {
    return plan(
        List.of(
            PriorityArea.builder()
                .code("SP1")
                .title("Area")
                .addOutcome(outcome("OC1", indicators))
                .build()),
        List.of());
  }

  static Outcome outcome(String code, List<Indicator> indicators) {
    return Outcome.builder().code(code).title("Outcome " + code).indicators(indicators).build();
  }

  static CooperationFramework plan(List<PriorityArea> areas, List<JointWorkPlan> jwps) {
    return CooperationFramework.builder()
        .code("TST-2023-2027")
        .title("Test framework")
        .addCountry("KGZ")
        .period(org.unsdcf.core.model.YearRange.of(2023, 2027))
        .currency("USD")
        .priorityAreas(areas)
        .jointWorkPlans(jwps)
        .build();
  }

  static RollupOptions asOf(LocalDate date) {
    return RollupOptions.builder().asOf(date).build();
  }

  static RollupReport rollUp(CooperationFramework plan, LocalDate asOf) {
    return Rollup.compute(plan, asOf(asOf));
  }

  static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }
}
