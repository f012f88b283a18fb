package org.unsdcf.testkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unsdcf.testkit.validation.KyrgyzParts.fundingLine;
import static org.unsdcf.testkit.validation.KyrgyzParts.group;
import static org.unsdcf.testkit.validation.KyrgyzParts.jwp;
import static org.unsdcf.testkit.validation.KyrgyzParts.outcome;
import static org.unsdcf.testkit.validation.KyrgyzParts.outcomeIndicator;
import static org.unsdcf.testkit.validation.KyrgyzParts.output;
import static org.unsdcf.testkit.validation.KyrgyzParts.outputIndicator;
import static org.unsdcf.testkit.validation.KyrgyzParts.plan;
import static org.unsdcf.testkit.validation.KyrgyzParts.subOutput;
import static org.unsdcf.testkit.validation.KyrgyzParts.superseded;
import static org.unsdcf.testkit.validation.KyrgyzParts.unCoChair;
import static org.unsdcf.testkit.validation.KyrgyzParts.withFundingLine;
import static org.unsdcf.testkit.validation.KyrgyzParts.withGroup;
import static org.unsdcf.testkit.validation.KyrgyzParts.withJwp;
import static org.unsdcf.testkit.validation.KyrgyzParts.withOutcome;
import static org.unsdcf.testkit.validation.KyrgyzParts.withOutcomeIndicator;
import static org.unsdcf.testkit.validation.KyrgyzParts.withOutput;
import static org.unsdcf.testkit.validation.KyrgyzParts.withOutputIndicator;
import static org.unsdcf.testkit.validation.KyrgyzParts.withSubOutput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DecisionKind;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.DisaggregationDimension;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.JwpStatus;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.NumericRange;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.model.YearNarrative;
import org.unsdcf.core.model.YearRange;
import org.unsdcf.core.units.IndicatorUnit;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.RuleCatalogue;
import org.unsdcf.core.validation.RuleInfo;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.core.validation.Strictness;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;

/**
 * For every rule, a single change of the §4.2 plan that triggers exactly that finding (code,
 * severity under both strictnesses, path), and a near miss that does not.
 */
class RuleExamplesTest {
  private static final String JWP = "/jointWorkPlans/0";
  private static final String SO = JWP + "/entries/0";
  private static final String FL = SO + "/funding/0";
  private static final String OC = "/priorityAreas/0/outcomes/0";
  private static final String OCI = OC + "/indicators/0";
  private static final String OP = OC + "/outputs/0";
  private static final String OPI = OP + "/indicators/0";
  private static final String RG = "/resultsGroups/0";

  /** One trigger: the plan, the finding expected, and other codes the change inevitably causes. */
  static final class Case {
    final String code;
    final String path;
    final CooperationFramework plan;
    LocalDate asOf = KyrgyzParts.AS_OF;
    Severity severity;
    Map<String, String> arguments;
    final Set<String> also = new HashSet<>();

    Case(String code, String path, CooperationFramework plan) {
      this.code = code;
      this.path = path;
      this.plan = plan;
    }

    Case asOf(LocalDate day) {
      asOf = day;
      return this;
    }

    Case severity(Severity s) {
      severity = s;
      return this;
    }

    Case arguments(Map<String, String> args) {
      arguments = args;
      return this;
    }

    Case also(String... codes) {
      also.addAll(List.of(codes));
      return this;
    }

    @Override
    public String toString() {
      return code + " at " + path;
    }
  }

  private static Case trigger(String code, String path, CooperationFramework plan) {
    return new Case(code, path, plan);
  }

  private static Case near(String code, CooperationFramework plan) {
    return new Case(code, null, plan);
  }

  private static ValidationReport validate(Case c, Strictness strictness) {
    return Validator.standard()
        .validate(c.plan, ValidationOptions.builder().asOf(c.asOf).strictness(strictness).build());
  }

  private static JointWorkPlan draftJwp(String code, YearRange period) {
    return JointWorkPlan.builder()
        .from(jwp())
        .code(code)
        .status(JwpStatus.DRAFT)
        .endorsement(Optional.empty())
        .period(period)
        .entries(List.of())
        .build();
  }

  private static FundingLine line(int year) {
    return fundingLine().withYear(Year.of(year)).withExpenditure(Optional.empty());
  }

  private static SubOutput running(ImplementationStatus status, LocalDate start, LocalDate end) {
    return SubOutput.builder()
        .from(subOutput())
        .status(status)
        .start(start)
        .end(end)
        .funding(List.of(fundingLine(), line(2024)))
        .build();
  }

  private static Measurement measurement(ReportingPeriod period, long value) {
    return Measurement.of(period, Value.numeric(value));
  }

  private static Measurement cell(String category, long value) {
    return Measurement.builder()
        .period(KyrgyzParts.CONSULTATIONS)
        .putDisaggregation("sex", category)
        .value(Value.numeric(value))
        .build();
  }

  private static Indicator qualitative() {
    return Indicator.builder()
        .code("OP1.1.1-I1")
        .title("Migrants' view of the consultations")
        .measure(Measure.QUALITATIVE)
        .addMeansOfVerification("Survey")
        .build();
  }

  private static ReportingPeriod period(String start, String end) {
    return ReportingPeriod.of(LocalDate.parse(start), LocalDate.parse(end));
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  private static CooperationFramework withDecision(Decision extra) {
    return plan()
        .withSteeringCommittee(
            KyrgyzParts.committee()
                .withDecisions(KyrgyzParts.committee().decisions().get(0), extra));
  }

  private static Decision review(LocalDate date) {
    return Decision.builder().date(date).kind(DecisionKind.REVIEW_PROGRESS).build();
  }

  private static List<String> sdgTargets(int n) {
    List<String> targets = new ArrayList<>(List.of("10.7", "1.1", "1.2", "1.3", "1.4", "1.5"));
    targets.addAll(List.of("2.1", "2.2", "2.3", "2.4", "2.5"));
    return targets.subList(0, n);
  }

  static Stream<Case> triggers() {
    return Stream.of(
        // STRUCTURE
        trigger(
            "STR-001",
            "/priorityAreas/1",
            plan()
                .withPriorityAreas(
                    KyrgyzParts.area(),
                    PriorityArea.builder().code("SP2").title("Environment").build())),
        trigger("STR-002", OC, withOutcome(outcome().withIndicators())),
        trigger("STR-003", OP, withOutput(output().withIndicators())),
        trigger(
                "STR-004",
                OPI + "/code",
                withOutputIndicator(outputIndicator().withCode("OC1.1-I1")))
            .arguments(Map.of("firstPath", OCI + "/code")),
        trigger("STR-005", SO + "/outputCode", withSubOutput(subOutput().withOutputCode("OP9"))),
        trigger("STR-006", RG + "/scope/1", withGroup(group().withScope("SP1", "SP9")))
            .arguments(Map.of("code", "SP9")),
        trigger("STR-007", OC, withGroup(group().withScope())),
        trigger(
                "STR-008",
                OC,
                plan().withResultsGroups(group(), group().withCode("RG2").withScope("OC1.1")))
            .arguments(Map.of("groups", "RG1, RG2")),
        trigger(
            "STR-009",
            "/priorityAreas",
            plan()
                .withPriorityAreas()
                .withResultsGroups()
                .withJointWorkPlans()
                .withSteeringCommittee(Optional.empty())),
        trigger("STR-010", JWP + "/supersedes", withJwp(jwp().withSupersedes("JWP-OLD"))),
        trigger("STR-011", JWP + "/supersedes", withJwp(jwp().withSupersedes("JWP-RG1-2023-2024")))
            .arguments(Map.of("cycle", "JWP-RG1-2023-2024 -> JWP-RG1-2023-2024"))
            .also("JWP-003"),
        trigger("STR-012", JWP + "/resultsGroup", withJwp(jwp().withResultsGroup("RG9"))),
        trigger(
                "STR-013",
                SO + "/additionalOutputs/1",
                withSecondOutput(subOutput().withAdditionalOutputs("OP1.1.2", "OP9")))
            .arguments(Map.of("code", "OP9")),
        trigger(
                "STR-014",
                SO + "/additionalOutputs/0",
                withSubOutput(subOutput().withAdditionalOutputs("OP1.1.1")))
            .arguments(Map.of("code", "OP1.1.1")),
        // GOVERNANCE
        trigger("GOV-001", RG + "/coChairs", withGroup(group().withCoChairs(unCoChair("IOM"))))
            .arguments(Map.of("count", "1")),
        trigger(
            "GOV-002",
            RG + "/coChairs/1/entity",
            withGroup(group().withMembers("IOM", "UN-Women", "WHO"))),
        trigger("GOV-003", JWP + "/endorsement/date", KyrgyzParts.endorsedOn(day("2022-03-24")))
            .arguments(Map.of("date", "2022-03-24")),
        trigger(
            "GOV-004",
            "/steeringCommittee/decisions/1/subjects/0",
            withDecision(review(day("2024-01-15")).withSubjects("JWP-X"))),
        // DATES
        trigger("DAT-001", JWP + "/period", withJwp(jwp().withPeriod(YearRange.of(2023, 2028)))),
        trigger("DAT-002", SO + "/start", withSubOutput(subOutput().withStart(day("2022-12-01")))),
        trigger(
                "DAT-003",
                SO + "/funding/1/year",
                withSubOutput(subOutput().withFunding(fundingLine(), line(2025))))
            .arguments(Map.of("year", "2025")),
        trigger(
            "DAT-004",
            OPI + "/measurements/0/period",
            withOutputIndicator(
                outputIndicator()
                    .withMeasurements(
                        outputIndicator()
                            .measurements()
                            .get(0)
                            .withPeriod(period("2022-12-01", "2023-01-31"))))),
        trigger(
            "DAT-005",
            OPI + "/measurements/1/period",
            withOutputIndicator(
                outputIndicator()
                    .withMeasurements(
                        outputIndicator().measurements().get(0),
                        measurement(period("2024-06-01", "2024-07-01"), 62)))),
        trigger(
            "DAT-006",
            OPI + "/baseline/year",
            withOutputIndicator(
                outputIndicator()
                    .withBaseline(outputIndicator().baseline().get().withYear(Year.of(2024))))),
        trigger(
            "DAT-007",
            OPI + "/targets/0/year",
            withOutputIndicator(
                outputIndicator()
                    .withTargets(Target.of(2028, TargetKind.FINAL, Value.numeric(60))))),
        trigger("DAT-008", JWP + "/endorsement/date", plan().withSignedOn(day("2023-03-25"))),
        trigger(
                "DAT-009",
                "/jointWorkPlans/1/period",
                plan()
                    .withJointWorkPlans(jwp(), draftJwp("JWP-RG1-2024", YearRange.of(2024, 2024))))
            .arguments(Map.of("other", "JWP-RG1-2023-2024")),
        trigger(
                "DAT-010",
                "/steeringCommittee/decisions/1/date",
                withDecision(review(day("2024-07-01"))))
            .arguments(Map.of("date", "2024-07-01")),
        trigger(
                "DAT-012",
                SO + "/progressNarratives/1/year",
                withSubOutput(
                    subOutput()
                        .withProgressNarratives(
                            YearNarrative.of(2023, "Consultations began in August."),
                            YearNarrative.of(2024, "Written before the entry ended."))))
            .arguments(Map.of("year", "2024")),
        // STATUS
        trigger(
            "STA-001",
            SO + "/status",
            withSubOutput(subOutput().withStatus(ImplementationStatus.IMPLEMENTATION))),
        trigger(
            "STA-002",
            SO + "/status",
            withSubOutput(subOutput().withStatus(ImplementationStatus.PIPELINE))),
        trigger(
            "STA-003",
            SO + "/status",
            withSubOutput(
                running(ImplementationStatus.FINALISATION, day("2023-08-01"), day("2024-06-30")))),
        trigger(
            "STA-004",
            SO + "/status",
            withSubOutput(
                running(ImplementationStatus.CLOSED, day("2023-08-01"), day("2024-06-30")))),
        trigger("JWP-001", JWP + "/status", withJwp(jwp().withPeriod(YearRange.of(2023, 2023)))),
        trigger("JWP-002", JWP + "/status", withJwp(jwp().withStatus(JwpStatus.CLOSED))),
        trigger(
                "JWP-003",
                "/jointWorkPlans/1/version",
                plan()
                    .withJointWorkPlans(
                        jwp(),
                        draftJwp("JWP-R", YearRange.of(2023, 2024))
                            .withSupersedes("JWP-RG1-2023-2024")))
            .arguments(Map.of("supersededVersion", "1")),
        // COMPLETENESS
        trigger("TAG-001", SO + "/sdgTargets", withSubOutput(subOutput().withSdgTargets())),
        trigger(
                "TAG-002",
                SO + "/sdgTargets",
                withSubOutput(subOutput().withSdgTargets(sdgTargets(11))))
            .arguments(Map.of("count", "11")),
        trigger(
            "TAG-003",
            SO + "/contributingPartners",
            withSubOutput(subOutput().withContributingPartners())),
        trigger(
            "TAG-004",
            SO + "/implementingPartners",
            withSubOutput(subOutput().withImplementingPartners())),
        trigger(
            "TAG-005",
            SO + "/genderEqualityMarker",
            withSubOutput(subOutput().withGenderEqualityMarker(Optional.empty()))),
        trigger(
            "TAG-006",
            SO + "/humanRightsMarker",
            withSubOutput(subOutput().withHumanRightsMarker(Optional.empty()))),
        trigger("TAG-007", SO + "/qcprFunctions", withSubOutput(subOutput().withQcprFunctions())),
        trigger(
            "TAG-008", SO + "/geographicScope", withSubOutput(subOutput().withGeographicScope())),
        trigger(
                "TAG-009",
                SO + "/agencies",
                withSubOutput(
                    subOutput().withJointProgramme("JP-MIGRATION").withAgencies("IOM", "UNICEF")))
            .arguments(Map.of("count", "2")),
        // ALIGNMENT
        trigger("SDG-001", OP + "/sdgTargets/1", withOutput(output().withSdgTargets("10.7", "5.9")))
            .arguments(Map.of("code", "5.9")),
        trigger(
                "SDG-002",
                OCI + "/sdgIndicator",
                withOutcomeIndicator(outcomeIndicator().withSdgIndicator("5.9.1")))
            .arguments(Map.of("code", "5.9.1")),
        trigger(
                "SDG-003",
                OCI + "/sdgIndicator",
                withOutcomeIndicator(outcomeIndicator().withSdgIndicator("11.5.1")))
            .arguments(Map.of("target", "11.5")),
        trigger(
                "ALN-001",
                OP + "/tags/0",
                withOutput(output().withTags(Tag.of(Tag.GCM_OBJECTIVE, "24"))))
            .arguments(Map.of("code", "24")),
        trigger(
                "ALN-004",
                SO + "/agencies/1",
                withSubOutput(subOutput().withAgencies("IOM", "UN-WOMEN")))
            .arguments(Map.of("entity", "UN-WOMEN")),
        trigger(
                "ALN-004",
                OP + "/contributingEntities/2",
                withOutput(output().withContributingEntities("IOM", "UN-Women", "UNX")))
            .arguments(Map.of("entity", "UNX")),
        trigger(
                "ALN-004",
                RG + "/coChairs/1/entity",
                withGroup(group().withCoChairs(unCoChair("IOM"), unCoChair("UN Women"))))
            .arguments(Map.of("entity", "UN Women"))
            .also("GOV-002"),
        // INDICATORS
        trigger(
            "IND-001",
            OPI + "/baseline",
            withOutputIndicator(outputIndicator().withBaseline(Optional.empty()))),
        trigger("IND-002", OPI + "/targets", withOutputIndicator(outputIndicator().withTargets())),
        trigger(
            "IND-003",
            OPI + "/direction",
            withOutputIndicator(outputIndicator().withDirection(Optional.empty()))),
        trigger(
                "IND-004",
                OPI + "/targets/0/value",
                withOutputIndicator(
                    outputIndicator()
                        .withTargets(Target.of(2027, TargetKind.FINAL, Value.numeric(30)))))
            .arguments(Map.of("direction", "INCREASE")),
        trigger(
                "IND-004",
                OPI + "/targets/0/value",
                withOutputIndicator(outputIndicator().withDirection(Direction.DECREASE)))
            .arguments(Map.of("direction", "DECREASE")),
        trigger(
                "IND-004",
                OPI + "/targets/0/value",
                withOutputIndicator(outputIndicator().withDirection(Direction.MAINTAIN)))
            .arguments(Map.of("direction", "MAINTAIN")),
        trigger(
                "IND-005",
                OPI + "/targets/0/value",
                withOutputIndicator(
                    outputIndicator()
                        .withTargets(Target.of(2027, TargetKind.FINAL, Value.numeric(120)))))
            .arguments(Map.of("value", "120")),
        trigger(
                "IND-005",
                OCI + "/targets/0/value",
                withOutcomeIndicator(
                    outcomeIndicator()
                        .withNaturalRange(NumericRange.atMost(BigDecimal.valueOf(1000)))))
            .arguments(Map.of("value", "2000")),
        trigger(
                "IND-006",
                OCI + "/baseline/unit",
                withOutcomeIndicator(
                    outcomeIndicator()
                        .withBaseline(
                            outcomeIndicator().baseline().get().withUnit(IndicatorUnit.KILOGRAM))))
            .arguments(Map.of("unit", "kg", "expected", "1")),
        trigger(
                "IND-007",
                OPI + "/measurements/0/value",
                withOutputIndicator(
                    outputIndicator()
                        .withMeasurements(
                            outputIndicator()
                                .measurements()
                                .get(0)
                                .withValue(Value.numeric(new BigDecimal("61.9"))))))
            .arguments(Map.of("expected", "62")),
        trigger(
            "IND-008",
            OPI + "/meansOfVerification",
            withOutputIndicator(outputIndicator().withMeansOfVerification())),
        trigger(
                "IND-009",
                OPI + "/measurements",
                withOutputIndicator(outputIndicator().withMeasurements()))
            .arguments(Map.of("year", "2023")),
        trigger(
                "IND-009",
                OPI + "/measurements",
                withOutputIndicator(
                    outputIndicator()
                        .withBaseline(outputIndicator().baseline().get().withYear(Year.of(2021)))))
            .arguments(Map.of("year", "2022")),
        trigger(
            "IND-010",
            OPI + "/targets/1",
            withOutputIndicator(
                outputIndicator()
                    .withTargets(
                        Target.of(2027, TargetKind.FINAL, Value.numeric(60)),
                        Target.of(2026, TargetKind.FINAL, Value.numeric(55))))),
        trigger(
                "IND-011",
                OPI + "/targets/2",
                withOutputIndicator(
                    outputIndicator()
                        .withTargets(
                            Target.of(2027, TargetKind.FINAL, Value.numeric(60)),
                            Target.of(2025, TargetKind.MILESTONE, Value.numeric(50)),
                            Target.of(2025, TargetKind.MILESTONE, Value.numeric(52)))))
            .arguments(Map.of("year", "2025")),
        trigger(
            "IND-012",
            OPI + "/targets/0/value",
            withOutputIndicator(
                outputIndicator()
                    .withTargets(Target.of(2027, TargetKind.FINAL, Value.numeric(40))))),
        trigger(
                "IND-013",
                OPI + "/targets/0/year",
                withOutputIndicator(
                    outputIndicator()
                        .withBaseline(outputIndicator().baseline().get().withYear(Year.of(2023)))
                        .withTargets(Target.of(2023, TargetKind.FINAL, Value.numeric(60)))))
            .arguments(Map.of("year", "2023")),
        trigger(
                "IND-013",
                OPI + "/targets/1/year",
                withOutputIndicator(
                    outputIndicator()
                        .withTargets(
                            Target.of(2026, TargetKind.FINAL, Value.numeric(60)),
                            Target.of(2027, TargetKind.MILESTONE, Value.numeric(65)))))
            .arguments(Map.of("year", "2027")),
        trigger(
            "IND-014",
            OCI + "/measurements/3",
            withOutcomeIndicator(perPeriod(measurement(period("2023-11-01", "2023-12-31"), 10)))),
        // DISAGGREGATION
        trigger(
                "DIS-001",
                OCI + "/measurements/0",
                withOutcomeIndicator(
                    outcomeIndicator()
                        .withMeasurements(
                            measurement(KyrgyzParts.CONSULTATIONS, 501),
                            cell("female", 310),
                            cell("male", 190))))
            .arguments(Map.of("dimension", "sex")),
        trigger(
                "DIS-001",
                OCI + "/measurements/0",
                withOutcomeIndicator(
                    outcomeIndicator()
                        .withDisaggregations(
                            DisaggregationDimension.of("sex", false, "female", "male"))
                        .withMeasurements(
                            measurement(KyrgyzParts.CONSULTATIONS, 400),
                            cell("female", 310),
                            cell("male", 190))))
            .severity(Severity.WARNING)
            .arguments(Map.of("dimension", "sex")),
        trigger(
            "DIS-002",
            OCI + "/measurements/0",
            withOutcomeIndicator(outcomeIndicator().withMeasurements(cell("female", 310)))),
        trigger(
            "DIS-003",
            OCI + "/measurements/3",
            withOutcomeIndicator(
                outcomeIndicator()
                    .withMeasurements(
                        measurement(KyrgyzParts.CONSULTATIONS, 500),
                        cell("female", 310),
                        cell("male", 190),
                        cell("female", 310)))),
        // FINANCE
        trigger(
            "FIN-001",
            FL + "/available",
            withFundingLine(fundingLine().withAvailable(Money.of(130000, "USD")))),
        trigger(
            "FIN-002",
            FL + "/expenditure",
            withFundingLine(fundingLine().withExpenditure(Money.of(90000, "USD")))),
        trigger(
                "FIN-003",
                FL + "/contributingPartner",
                withSubOutput(
                    subOutput()
                        .withContributingPartners()
                        .withFunding(fundingLine().withContributingPartner(Optional.empty()))))
            .also("TAG-003"),
        trigger(
            "FIN-004",
            SO + "/funding/1",
            withSubOutput(subOutput().withFunding(fundingLine(), line(2023)))),
        trigger("FIN-005", FL + "/agency", withFundingLine(fundingLine().withAgency("UNICEF")))
            .arguments(Map.of("code", "UNICEF")),
        trigger(
                "FIN-006",
                FL + "/required/currency",
                withFundingLine(fundingLine().withRequired(Money.of(120000, "EUR"))))
            .arguments(Map.of("currency", "EUR")),
        trigger("FIN-007", SO + "/funding", withSubOutput(subOutput().withEnd(day("2024-01-31"))))
            .arguments(Map.of("year", "2024")),
        trigger(
            "FIN-008",
            SO + "/funding/1/expenditure",
            withJwp(
                jwp()
                    .withPeriod(YearRange.of(2023, 2025))
                    .withEntries(
                        subOutput()
                            .withFunding(
                                fundingLine(), line(2025).withExpenditure(Money.of(10, "USD")))))));
  }

  /** The plan with a second output OP1.1.2 beside OP1.1.1, and this sub-output. */
  private static CooperationFramework withSecondOutput(SubOutput entry) {
    Output second =
        output()
            .withCode("OP1.1.2")
            .withTitle("Migrants' families are informed")
            .withIndicators(outputIndicator().withCode("OP1.1.2-I1"));
    CooperationFramework plan = withOutcome(outcome().withOutputs(output(), second));
    return plan.withJointWorkPlans(jwp().withEntries(entry));
  }

  private static Indicator perPeriod(Measurement extra) {
    Indicator base = outcomeIndicator().withAccumulation(Accumulation.PER_PERIOD);
    List<Measurement> all = new ArrayList<>(base.measurements());
    all.add(extra);
    return base.withMeasurements(all);
  }

  static Stream<Case> nearMisses() {
    return Stream.of(
        near("STR-001", plan()),
        near("STR-002", plan()),
        near("STR-003", plan()),
        near("STR-004", withOutputIndicator(outputIndicator().withCode("OC1.1-I2"))),
        near("STR-005", plan()),
        near("STR-006", withGroup(group().withScope("SP1", "OC1.1"))),
        near("STR-007", withGroup(group().withScope("OC1.1"))),
        near("STR-008", plan().withResultsGroups(group(), group().withCode("RG2").withScope())),
        near("STR-009", plan()),
        near("STR-010", plan()),
        near(
            "STR-011",
            plan().withJointWorkPlans(jwp(), jwp().revise("JWP-RG1-2023-2024-v2").withEntries())),
        near("STR-012", plan()),
        near("STR-013", withSecondOutput(subOutput().withAdditionalOutputs("OP1.1.2"))),
        near("STR-014", withSecondOutput(subOutput().withAdditionalOutputs("OP1.1.2"))),
        near(
            "GOV-001",
            withGroup(
                group()
                    .withCoChairs(
                        unCoChair("IOM"),
                        unCoChair("UNICEF"),
                        unCoChair("WHO").withUntil(day("2024-06-29"))))),
        near("GOV-002", plan()),
        near(
            "GOV-003",
            KyrgyzParts.endorsedOn(day("2022-03-24"))
                .withSteeringCommittee(KyrgyzParts.committee().withDecisions())),
        near("GOV-004", withDecision(review(day("2024-01-15")).withSubjects("SP1", "OC1.1-I1"))),
        near("DAT-001", withJwp(jwp().withPeriod(YearRange.of(2023, 2027)))),
        near("DAT-002", withSubOutput(subOutput().withStart(day("2023-01-01")))),
        near("DAT-003", withSubOutput(subOutput().withFunding(fundingLine(), line(2024)))),
        near(
            "DAT-004",
            withOutputIndicator(
                outputIndicator()
                    .withMeasurements(
                        outputIndicator()
                            .measurements()
                            .get(0)
                            .withPeriod(period("2023-01-01", "2023-01-31"))))),
        near(
            "DAT-005",
            withOutputIndicator(
                outputIndicator()
                    .withMeasurements(
                        outputIndicator().measurements().get(0),
                        measurement(period("2024-06-01", "2024-06-30"), 62)))),
        near(
            "DAT-006",
            withOutputIndicator(
                outputIndicator()
                    .withBaseline(outputIndicator().baseline().get().withYear(Year.of(2023))))),
        near(
            "DAT-007",
            withOutputIndicator(
                outputIndicator()
                    .withTargets(Target.of(2027, TargetKind.FINAL, Value.numeric(60))))),
        near("DAT-008", plan().withSignedOn(day("2023-03-24"))),
        near(
            "DAT-009",
            plan().withJointWorkPlans(jwp(), draftJwp("JWP-RG1-2025", YearRange.of(2025, 2026)))),
        near("DAT-010", withDecision(review(day("2024-06-30")))),
        near(
            "DAT-012",
            withSubOutput(
                subOutput()
                    .withEnd(day("2024-01-31"))
                    .withProgressNarratives(
                        YearNarrative.of(2023, "Consultations began."),
                        YearNarrative.of(2024, "And ended in January."))
                    .withFunding(fundingLine(), line(2024)))),
        near(
            "STA-001",
            withSubOutput(
                running(
                    ImplementationStatus.IMPLEMENTATION, day("2023-08-01"), day("2024-06-30")))),
        near(
            "STA-002",
            withSubOutput(
                running(ImplementationStatus.PIPELINE, day("2024-06-30"), day("2024-12-31"))
                    .withFunding(line(2024)))),
        near("STA-003", withSubOutput(subOutput().withStatus(ImplementationStatus.FINALISATION))),
        near("STA-004", plan()),
        near(
            "STA-004",
            superseded(running(ImplementationStatus.CLOSED, day("2023-08-01"), day("2024-06-30")))),
        near("JWP-001", withJwp(jwp().withPeriod(YearRange.of(2023, 2024)))),
        near(
            "JWP-002",
            withJwp(jwp().withStatus(JwpStatus.CLOSED).withPeriod(YearRange.of(2023, 2023)))),
        near(
            "JWP-003",
            plan().withJointWorkPlans(jwp(), jwp().revise("JWP-RG1-2023-2024-v2").withEntries())),
        near("TAG-001", superseded(subOutput().withSdgTargets())),
        near("TAG-002", withSubOutput(subOutput().withSdgTargets(sdgTargets(10)))),
        near("TAG-003", superseded(subOutput().withContributingPartners())),
        near("TAG-004", superseded(subOutput().withImplementingPartners())),
        near("TAG-005", superseded(subOutput().withGenderEqualityMarker(Optional.empty()))),
        near("TAG-006", superseded(subOutput().withHumanRightsMarker(Optional.empty()))),
        near("TAG-007", superseded(subOutput().withQcprFunctions())),
        near("TAG-008", superseded(subOutput().withGeographicScope())),
        near("TAG-009", withSubOutput(subOutput().withJointProgramme("JP-MIGRATION"))),
        near("SDG-001", withOutput(output().withSdgTargets("10.7", "5.5"))),
        near("SDG-002", withOutcomeIndicator(outcomeIndicator().withSdgIndicator("10.7.2"))),
        near("SDG-003", withOutcomeIndicator(outcomeIndicator().withSdgIndicator("10.7.2"))),
        near(
            "SDG-003",
            withOutcome(
                outcome()
                    .withSdgTargets("1.3", "10.7", "1.5")
                    .withIndicators(outcomeIndicator().withSdgIndicator("11.5.1")))),
        near("ALN-001", withOutput(output().withTags(Tag.of(Tag.GCM_OBJECTIVE, "23")))),
        near(
            "ALN-004",
            withOutput(output().withContributingEntities("IOM", "UN-Women", "UNDP", "UN-HABITAT"))),
        near("IND-001", withOutputIndicator(qualitative())),
        near("IND-002", withOutputIndicator(qualitative())),
        near(
            "IND-003",
            withOutputIndicator(
                Indicator.builder()
                    .code("OP1.1.1-I1")
                    .title("Level of access to legal aid")
                    .measure(Measure.NOMINAL)
                    .baseline(Baseline.of(2022, Value.numeric(1)))
                    .addTarget(Target.of(2027, TargetKind.FINAL, Value.numeric(2)))
                    .addMeansOfVerification("Survey")
                    .build())),
        near(
            "IND-004",
            withOutputIndicator(
                outputIndicator()
                    .withTargets(Target.of(2027, TargetKind.FINAL, Value.numeric(41))))),
        near(
            "IND-004",
            withOutputIndicator(
                outputIndicator()
                    .withDirection(Direction.MAINTAIN)
                    .withTargets(Target.of(2027, TargetKind.FINAL, Value.numeric(40))))),
        near(
            "IND-005",
            withOutputIndicator(
                outputIndicator()
                    .withTargets(Target.of(2027, TargetKind.FINAL, Value.numeric(100))))),
        near(
            "IND-006",
            withOutputIndicator(
                outputIndicator()
                    .withMeasurements(
                        outputIndicator()
                            .measurements()
                            .get(0)
                            .withValue(Value.numeric(620))
                            .withUnit(IndicatorUnit.PER_MILLE)))),
        near(
            "IND-007",
            withOutputIndicator(
                outputIndicator()
                    .withMeasurements(
                        outputIndicator()
                            .measurements()
                            .get(0)
                            .withValue(Value.numeric(new BigDecimal("62.05")))))),
        near("IND-008", plan()),
        near("IND-009", withOutputIndicator(outputIndicator().withMeasurements()))
            .asOf(day("2023-12-31")),
        near(
            "IND-010",
            withOutputIndicator(
                outputIndicator()
                    .withTargets(
                        Target.of(2027, TargetKind.FINAL, Value.numeric(60)),
                        Target.of(2026, TargetKind.MILESTONE, Value.numeric(55))))),
        near(
            "IND-011",
            withOutputIndicator(
                outputIndicator()
                    .withTargets(
                        Target.of(2027, TargetKind.FINAL, Value.numeric(60)),
                        Target.of(2025, TargetKind.MILESTONE, Value.numeric(50)),
                        Target.of(2026, TargetKind.MILESTONE, Value.numeric(52))))),
        near(
            "IND-012",
            withOutputIndicator(
                outputIndicator()
                    .withDirection(Direction.MAINTAIN)
                    .withTargets(Target.of(2027, TargetKind.FINAL, Value.numeric(40))))),
        near(
            "IND-013",
            withOutputIndicator(
                outputIndicator()
                    .withTargets(
                        Target.of(2027, TargetKind.FINAL, Value.numeric(60)),
                        Target.of(2026, TargetKind.MILESTONE, Value.numeric(55))))),
        near(
            "IND-014",
            withOutcomeIndicator(perPeriod(measurement(period("2023-12-01", "2023-12-31"), 10)))),
        near(
            "DIS-001",
            withOutcomeIndicator(
                outcomeIndicator()
                    .withDisaggregations(DisaggregationDimension.of("sex", false, "female", "male"))
                    .withMeasurements(
                        measurement(KyrgyzParts.CONSULTATIONS, 600),
                        cell("female", 310),
                        cell("male", 190)))),
        near(
            "DIS-002",
            withOutcomeIndicator(
                outcomeIndicator().withMeasurements(cell("female", 310), cell("male", 190)))),
        near("DIS-003", plan()),
        near("FIN-001", withFundingLine(fundingLine().withAvailable(Money.of(120000, "USD")))),
        near("FIN-002", withFundingLine(fundingLine().withExpenditure(Money.of(80000, "USD")))),
        near("FIN-003", withFundingLine(fundingLine().withContributingPartner(Optional.empty()))),
        near(
            "FIN-003",
            withFundingLine(
                fundingLine()
                    .withContributingPartner(Optional.empty())
                    .withAvailable(Money.of(0, "USD"))
                    .withExpenditure(Optional.empty()))),
        near(
            "FIN-004",
            withSubOutput(
                subOutput()
                    .withFunding(
                        fundingLine(),
                        line(2023)
                            .withContributingPartner(PartnerRef.of("Core/Regular Resources"))))),
        near("FIN-005", plan()),
        near("FIN-006", plan()),
        near("FIN-007", superseded(subOutput().withEnd(day("2024-01-31")))),
        near(
            "FIN-008",
            withJwp(
                jwp()
                    .withPeriod(YearRange.of(2023, 2025))
                    .withEntries(
                        subOutput()
                            .withFunding(
                                fundingLine(), line(2025).withExpenditure(Money.of(0, "USD")))))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("triggers")
  void should_report_exactly_the_triggered_finding(Case c) {
    RuleInfo rule = RuleCatalogue.rule(c.code).orElseThrow();
    for (Strictness strictness : Strictness.values()) {
      ValidationReport report = validate(c, strictness);
      List<Finding> findings =
          report.findings().stream()
              .filter(f -> !c.also.contains(f.code()))
              .collect(Collectors.toList());

      assertThat(findings).as("%s under %s: %s", c, strictness, report).hasSize(1);
      Finding f = findings.get(0);
      assertThat(f.code()).isEqualTo(c.code);
      assertThat(f.path()).isEqualTo(c.path);
      assertThat(PathResolver.resolves(c.plan, f.path())).as("path resolves").isTrue();
      assertThat(f.category()).isEqualTo(rule.category());
      assertThat(f.severity())
          .isEqualTo(c.severity != null ? c.severity : rule.severity(strictness));
      assertThat(f.arguments().keySet()).containsExactlyElementsOf(rule.argumentKeys());
      if (c.arguments != null) {
        assertThat(f.arguments()).isEqualTo(c.arguments);
      }
      assertThat(f.message()).doesNotContain("org.unsdcf").doesNotContain("Immutable");
      for (String also : c.also) {
        assertThat(report.findings()).extracting(Finding::code).contains(also);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nearMisses")
  void should_not_report_the_near_miss(Case c) {
    for (Strictness strictness : Strictness.values()) {
      ValidationReport report = validate(c, strictness);

      assertThat(report.findings()).as("%s under %s", c.code, strictness).isEmpty();
    }
  }

  @Test
  void should_have_a_trigger_and_a_near_miss_for_every_rule() {
    Set<String> codes =
        RuleCatalogue.rules().stream().map(RuleInfo::code).collect(Collectors.toSet());

    Set<String> triggered = triggers().map(c -> c.code).collect(Collectors.toSet());
    Set<String> missed = nearMisses().map(c -> c.code).collect(Collectors.toSet());

    assertThat(new TreeSet<>(triggered)).containsExactlyElementsOf(new TreeSet<>(codes));
    assertThat(new TreeSet<>(missed)).containsExactlyElementsOf(new TreeSet<>(codes));
  }
}
