package org.unsdcf.testkit;

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
 * Named sample plans (an Object Mother), to vary with {@code with...} copies in tests.
 *
 * <ul>
 *   <li>{@link #kyrgyzstan()}: the worked example of design.md §4.2, exactly;
 *   <li>{@link #minimal()}: one of each level, nothing optional;
 *   <li>{@link #complete()}: every optional member present somewhere;
 *   <li>{@link #everyMeasure()}, {@link #everyUnit()}, {@link #everyDirectionAndAccumulation()}:
 *       one indicator per constant.
 * </ul>
 *
 * <p>Each call builds a new, equal plan. This class is thread-safe.
 */
public final class SamplePlans {
  static final ReportingPeriod AUG_NOV_2023 =
      ReportingPeriod.of(LocalDate.of(2023, 8, 1), LocalDate.of(2023, 11, 30));

  private SamplePlans() {}

  /**
   * Builds the Kyrgyz Republic 2023-2027 framework of design.md §4.2, member for member.
   *
   * @return the worked example; valid at 2024-06-30 with no findings
   */
  public static CooperationFramework kyrgyzstan() {
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
                .addOutcome(kyrgyzOutcome())
                .build())
        .addResultsGroup(
            ResultsGroup.builder()
                .code("RG1")
                .title("Results Group on Quality Social Services")
                .addScope("SP1")
                .addCoChair(unCoChair("IOM", LocalDate.of(2023, 1, 1)))
                .addCoChair(unCoChair("UNICEF", LocalDate.of(2023, 1, 1)))
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
                .addEntry(kyrgyzSubOutput())
                .build())
        .build();
  }

  /**
   * Builds a minimal plan: one priority area, outcome, output, indicator, results group and JWP
   * with one sub-output, and no optional member.
   *
   * @return a small plan whose references resolve
   */
  public static CooperationFramework minimal() {
    return OtherPlans.minimal();
  }

  /**
   * Builds the Kyrgyz example extended so that every optional member of every type is present
   * somewhere: signing date, decision summary and reference, descriptions, statements, tags, a
   * co-chair's end of term, government members, a revised JWP, endorsement body and reference,
   * every marker, a joint programme, IATI ids, natural ranges, dated baselines, milestones, values
   * with their own unit, comments, sources and assessed statuses, and the design §13 members:
   * display codes, a second output the sub-output also contributes to, marker and progress
   * narratives.
   *
   * @return a plan with every optional member present
   */
  public static CooperationFramework complete() {
    return CompletePlan.build();
  }

  /**
   * Builds a plan with one outcome indicator per {@link Measure}, with values of the kind each
   * measure requires.
   *
   * @return a plan exercising every measure
   */
  public static CooperationFramework everyMeasure() {
    return OtherPlans.everyMeasure();
  }

  /**
   * Builds a plan with one outcome indicator per {@link IndicatorUnit}: PERCENTAGE for {@code %},
   * UNIT for the others.
   *
   * @return a plan exercising every unit of the catalogue
   */
  public static CooperationFramework everyUnit() {
    return OtherPlans.everyUnit();
  }

  /**
   * Builds a plan with one UNIT indicator per pair of {@link Direction} and {@link Accumulation},
   * each with a baseline, a final target and an actual.
   *
   * @return a plan exercising every direction and accumulation
   */
  public static CooperationFramework everyDirectionAndAccumulation() {
    return OtherPlans.everyDirectionAndAccumulation();
  }

  private static Outcome kyrgyzOutcome() {
    return Outcome.builder()
        .code("OC1.1")
        .title("People, including migrants and their families, use quality social services")
        .addSdgTargets("1.3", "10.7")
        .addIndicator(
            Indicator.builder()
                .code("OC1.1-I1")
                .title(
                    "Migrants who received free legal or psychological consultations (cumulative)")
                .measure(Measure.UNIT)
                .unit(IndicatorUnit.COUNT)
                .direction(Direction.INCREASE)
                .accumulation(Accumulation.CUMULATIVE)
                .baseline(Baseline.of(2022, Value.numeric(0)))
                .addTarget(Target.of(2027, TargetKind.FINAL, Value.numeric(2000)))
                .addMeasurement(Measurement.of(AUG_NOV_2023, Value.numeric(500)))
                .addMeasurement(bySex("female", 310))
                .addMeasurement(bySex("male", 190))
                .addDisaggregation(DisaggregationDimension.of("sex", true, "female", "male"))
                .frequency(Frequency.ANNUAL)
                .addMeansOfVerification("Consultation register")
                .build())
        .addOutput(
            Output.builder()
                .code("OP1.1.1")
                .title("Migrants have access to information, legal aid and psychosocial support")
                .addContributingEntities("IOM", "UN-Women")
                .addSdgTarget("10.7")
                .addTag(Tag.of(Tag.GCM_OBJECTIVE, "3"))
                .addIndicator(
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
                                .numerator(BigDecimal.valueOf(310))
                                .denominator(BigDecimal.valueOf(500))
                                .build())
                        .frequency(Frequency.ANNUAL)
                        .addMeansOfVerification("Consultation register")
                        .build())
                .build())
        .build();
  }

  private static SubOutput kyrgyzSubOutput() {
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
        .addFunding(
            FundingLine.builder()
                .year(2023)
                .agency("IOM")
                .contributingPartner(PartnerRef.of("USAID"))
                .required(Money.of(120_000, "USD"))
                .available(Money.of(80_000, "USD"))
                .expenditure(Money.of(60_000, "USD"))
                .build())
        .build();
  }

  private static Measurement bySex(String sex, long value) {
    return Measurement.builder()
        .period(AUG_NOV_2023)
        .putDisaggregation("sex", sex)
        .value(Value.numeric(value))
        .build();
  }

  private static CoChair unCoChair(String entity, LocalDate from) {
    return CoChair.builder().entity(entity).role(ChairRole.UN_CO_CHAIR).from(from).build();
  }
}
