package org.unsdcf.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
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
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.NumericRange;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
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
 * The validator is total: odd plans give findings, never exceptions. testkit's {@code
 * ValidatorTotalityTest} runs the worked example and it grown to 20,000 entries.
 */
class ValidatorTotalityTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  private static ValidationReport validate(CooperationFramework plan, Strictness strictness) {
    return Validator.standard()
        .validate(plan, ValidationOptions.builder().asOf(AS_OF).strictness(strictness).build());
  }

  private static List<String> codes(ValidationReport report) {
    return report.findings().stream().map(Finding::code).collect(Collectors.toList());
  }

  static CooperationFramework empty() {
    return CooperationFramework.builder()
        .code("EMPTY")
        .title("Empty")
        .addCountry("KGZ")
        .period(YearRange.of(2023, 2027))
        .currency("USD")
        .build();
  }

  private static JointWorkPlan jwp(String code, String supersedes) {
    JointWorkPlan.Builder b =
        JointWorkPlan.builder()
            .code(code)
            .title("JWP " + code)
            .period(YearRange.of(2023, 2024))
            .status(JwpStatus.DRAFT)
            .version(1);
    if (supersedes != null) {
      b.supersedes(supersedes);
    }
    return b.build();
  }

  private static Indicator weirdIndicator(String code) {
    ReportingPeriod p = ReportingPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
    return Indicator.builder()
        .code(code)
        .title("Odd")
        .measure(Measure.UNIT)
        .unit(IndicatorUnit.KILOMETRE)
        .accumulation(Accumulation.PER_PERIOD)
        .direction(Direction.MAINTAIN)
        .naturalRange(NumericRange.atLeast(BigDecimal.ONE))
        .baseline(
            Baseline.builder()
                .year(2030)
                .value(Value.numeric(5))
                .unit(IndicatorUnit.KILOGRAM)
                .build())
        .addTarget(Target.of(2020, TargetKind.FINAL, Value.numeric(1)))
        .addTarget(
            Target.builder()
                .year(2020)
                .kind(TargetKind.FINAL)
                .value(Value.numeric(2))
                .unit(IndicatorUnit.HOUR)
                .build())
        .addTarget(Target.of(2030, TargetKind.MILESTONE, Value.numeric(0)))
        .addTarget(Target.of(2030, TargetKind.MILESTONE, Value.numeric(0)))
        .addDisaggregation(DisaggregationDimension.of("sex", true, "f", "m"))
        .addDisaggregation(DisaggregationDimension.of("age", false, "young", "old"))
        .addMeasurement(Measurement.of(p, Value.numeric(3)))
        .addMeasurement(Measurement.of(p, Value.numeric(3)))
        .addMeasurement(
            Measurement.builder()
                .period(p)
                .putDisaggregation("sex", "f")
                .value(Value.numeric(1))
                .unit(IndicatorUnit.METRE)
                .build())
        .addMeasurement(
            Measurement.builder()
                .period(p)
                .putDisaggregation("sex", "m")
                .value(Value.numeric(1))
                .unit(IndicatorUnit.TONNE)
                .build())
        .addMeasurement(
            Measurement.builder()
                .period(p)
                .putDisaggregation("age", "old")
                .value(Value.numeric(9))
                .build())
        .addMeasurement(
            Measurement.builder()
                .period(ReportingPeriod.of(LocalDate.of(2023, 6, 1), LocalDate.of(2031, 1, 1)))
                .putDisaggregation("sex", "f")
                .putDisaggregation("age", "young")
                .value(Value.numeric(0))
                .build())
        .frequency(Frequency.ANNUAL)
        .sdgIndicator("17.19.9")
        .build();
  }

  private static Indicator ratioIndicator(String code) {
    ReportingPeriod p = ReportingPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
    return Indicator.builder()
        .code(code)
        .title("Share")
        .measure(Measure.PERCENTAGE)
        .unit(IndicatorUnit.PERCENT)
        .accumulation(Accumulation.PER_PERIOD)
        .addDisaggregation(DisaggregationDimension.of("sex", true, "f", "m"))
        .addMeasurement(
            Measurement.builder()
                .period(p)
                .value(Value.numeric(50))
                .unit(IndicatorUnit.PER_HUNDRED_THOUSAND)
                .numerator(BigDecimal.ONE)
                .denominator(new BigDecimal("3"))
                .build())
        .addMeasurement(
            Measurement.builder()
                .period(p)
                .putDisaggregation("sex", "f")
                .value(Value.numeric(-5))
                .numerator(BigDecimal.ZERO)
                .denominator(BigDecimal.ONE)
                .build())
        .addMeasurement(
            Measurement.builder()
                .period(p)
                .putDisaggregation("sex", "m")
                .value(Value.numeric(200))
                .build())
        .sdgIndicator("11.5.1")
        .addTag(Tag.of(Tag.GCM_OBJECTIVE, "99"))
        .build();
  }

  private static Indicator qualitativeIndicator(String code) {
    ReportingPeriod p = ReportingPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
    return Indicator.builder()
        .code(code)
        .title("Story")
        .measure(Measure.QUALITATIVE)
        .direction(Direction.INCREASE)
        .baseline(Baseline.of(2022, Value.qualitative("weak")))
        .addTarget(Target.of(2027, TargetKind.FINAL, Value.qualitative("strong")))
        .addDisaggregation(DisaggregationDimension.of("sex", true, "f", "m"))
        .addMeasurement(
            Measurement.builder()
                .period(p)
                .putDisaggregation("sex", "f")
                .value(Value.qualitative("better"))
                .build())
        .frequency(Frequency.ANNUAL)
        .build();
  }

  /** Every code "X", every reference dangling, every value odd. */
  static CooperationFramework weird() {
    SubOutput so =
        SubOutput.builder()
            .code("X")
            .title("Odd")
            .outputCode("NOPE")
            .leadEntity("IOM")
            .addAgencies("IOM", "WHO")
            .addSdgTargets(
                "1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5", "5.9")
            .status(ImplementationStatus.PIPELINE)
            .start(LocalDate.of(2020, 1, 1))
            .end(LocalDate.of(2040, 1, 1))
            .jointProgramme("JP")
            .addFunding(
                FundingLine.builder()
                    .year(2099)
                    .agency("NOT-AN-AGENCY")
                    .required(Money.of(1, "EUR"))
                    .available(Money.of(5, "GBP"))
                    .expenditure(Money.of(9, "USD"))
                    .build())
            .addFunding(
                FundingLine.builder()
                    .year(2099)
                    .agency("NOT-AN-AGENCY")
                    .required(Money.of(0, "USD"))
                    .available(Money.of(0, "USD"))
                    .build())
            .addIndicator(weirdIndicator("X"))
            .build();
    Output output =
        Output.builder()
            .code("X")
            .title("Odd")
            .addSdgTarget("5.9")
            .addTag(Tag.of(Tag.GCM_OBJECTIVE, "50"))
            .addIndicator(ratioIndicator("X"))
            .build();
    Outcome outcome =
        Outcome.builder()
            .code("X")
            .title("Odd")
            .addIndicator(qualitativeIndicator("X"))
            .addIndicator(weirdIndicator("X"))
            .addOutput(output)
            .build();
    return CooperationFramework.builder()
        .code("X")
        .title("Odd")
        .addCountry("KGZ")
        .period(YearRange.of(2023, 2027))
        .signedOn(LocalDate.of(2030, 1, 1))
        .currency("USD")
        .steeringCommittee(
            SteeringCommittee.builder()
                .name("Committee")
                .addDecision(
                    Decision.builder()
                        .date(LocalDate.of(2099, 1, 1))
                        .kind(DecisionKind.ENDORSE_JWP)
                        .addSubjects("X", "NOPE")
                        .build())
                .build())
        .addPriorityArea(PriorityArea.builder().code("X").title("Odd").addOutcome(outcome).build())
        .addPriorityArea(PriorityArea.builder().code("X").title("Empty").build())
        .addResultsGroup(
            ResultsGroup.builder().code("X").title("Odd").addScope("X", "NOPE").build())
        .addResultsGroup(ResultsGroup.builder().code("Y").title("Odd").addScope("X").build())
        .addJointWorkPlan(
            JointWorkPlan.builder()
                .code("X")
                .title("Odd")
                .period(YearRange.of(2000, 2100))
                .status(JwpStatus.CLOSED)
                .version(3)
                .supersedes("X")
                .resultsGroup("NOPE")
                .endorsement(Endorsement.of(LocalDate.of(2099, 1, 1)))
                .addEntry(so)
                .addEntry(so)
                .build())
        .addJointWorkPlan(jwp("A", "B"))
        .addJointWorkPlan(jwp("B", "C"))
        .addJointWorkPlan(jwp("C", "A"))
        .addJointWorkPlan(jwp("D", "A"))
        .addJointWorkPlan(jwp("E", "NOPE"))
        .addJointWorkPlan(jwp("F", null))
        .addJointWorkPlan(jwp("F", null))
        .build();
  }

  static Stream<Arguments> plans() {
    List<Arguments> all = new ArrayList<>();
    for (Strictness s : Strictness.values()) {
      all.add(Arguments.of("empty", empty(), s));
      all.add(Arguments.of("weird", weird(), s));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("plans")
  void should_never_throw(String name, CooperationFramework plan, Strictness strictness) {
    assertThatCode(() -> validate(plan, strictness)).doesNotThrowAnyException();
  }

  @Test
  void should_report_an_empty_plan_without_areas_only() {
    assertThat(codes(validate(empty(), Strictness.PUBLISH))).containsExactly("STR-009");
  }

  @Test
  void should_report_the_weird_plan_from_many_rules() {
    ValidationReport report = validate(weird(), Strictness.PUBLISH);

    assertThat(codes(report))
        .contains(
            "STR-001", "STR-004", "STR-005", "STR-006", "STR-008", "STR-010", "STR-011", "STR-012",
            "GOV-001", "GOV-004", "DAT-001", "DAT-004", "DAT-005", "DAT-006", "DAT-007", "DAT-010",
            "JWP-002", "TAG-002", "TAG-009", "SDG-001", "SDG-002", "SDG-003", "ALN-001", "IND-005",
            "IND-006", "IND-007", "IND-010", "IND-011", "IND-013", "DIS-001", "DIS-002", "DIS-003",
            "FIN-003", "FIN-004", "FIN-005", "FIN-006", "FIN-008");
    assertThat(report.valid()).isFalse();
  }

  @Test
  void should_report_each_supersedes_cycle_once_from_its_first_jwp() {
    ValidationReport report = validate(weird(), Strictness.DRAFT);

    assertThat(
            report.findings().stream()
                .filter(f -> f.code().equals("STR-011"))
                .map(f -> f.path() + " " + f.arguments().get("cycle")))
        .containsExactly(
            "/jointWorkPlans/0/supersedes X -> X", "/jointWorkPlans/1/supersedes A -> B -> C -> A");
  }

  @Test
  void should_handle_a_supersedes_chain_of_100000_jwps_without_recursion() {
    int n = 100_000;
    List<JointWorkPlan> chain = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      chain.add(jwp("J" + i, "J" + ((i + 1) % n)));
    }
    CooperationFramework plan = empty().withJointWorkPlans(chain);

    ValidationReport report = validate(plan, Strictness.DRAFT);

    List<Finding> cycles =
        report.findings().stream()
            .filter(f -> f.code().equals("STR-011"))
            .collect(Collectors.toList());
    assertThat(cycles).hasSize(1);
    assertThat(cycles.get(0).path()).isEqualTo("/jointWorkPlans/0/supersedes");
    assertThat(cycles.get(0).arguments().get("cycle"))
        .startsWith("J0 -> J1 -> J2 -> ")
        .endsWith(" -> J99999 -> J0");
  }

  @Test
  void should_handle_a_long_chain_without_cycle() {
    int n = 100_000;
    List<JointWorkPlan> chain = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      chain.add(jwp("J" + i, i + 1 < n ? "J" + (i + 1) : null));
    }
    ValidationReport report = validate(empty().withJointWorkPlans(chain), Strictness.DRAFT);

    assertThat(codes(report)).doesNotContain("STR-011", "STR-010");
  }
}
