package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Code rule of design.md §3.1, checked on every Code member of the model. */
class CodeRulesTest {
  static final String REASON =
      "must be a code of 1 to 64 letters, digits or . _ : / - starting with a letter or digit";

  static List<Slot> slots() {
    return List.of(
        new Slot("CooperationFramework", "code", s -> Fixtures.framework().code(s).build()),
        new Slot("PriorityArea", "code", s -> PriorityArea.builder().code(s).title("P").build()),
        new Slot("Outcome", "code", s -> Outcome.builder().code(s).title("O").build()),
        new Slot("Output", "code", s -> Output.builder().code(s).title("O").build()),
        new Slot(
            "Output",
            "contributingEntities/0",
            s -> Output.builder().code("OU1").title("O").addContributingEntity(s).build()),
        new Slot("ResultsGroup", "code", s -> ResultsGroup.builder().code(s).title("R").build()),
        new Slot(
            "ResultsGroup",
            "scope/0",
            s -> ResultsGroup.builder().code("RG1").title("R").addScope(s).build()),
        new Slot(
            "ResultsGroup",
            "members/0",
            s -> ResultsGroup.builder().code("RG1").title("R").addMember(s).build()),
        new Slot("JointWorkPlan", "code", s -> jwp().code(s).build()),
        new Slot("JointWorkPlan", "supersedes", s -> jwp().supersedes(s).build()),
        new Slot("JointWorkPlan", "resultsGroup", s -> jwp().resultsGroup(s).build()),
        new Slot("SubOutput", "code", s -> Fixtures.subOutput().code(s).build()),
        new Slot("SubOutput", "outputCode", s -> Fixtures.subOutput().outputCode(s).build()),
        new Slot(
            "SubOutput",
            "additionalOutputs/0",
            s -> Fixtures.subOutput().addAdditionalOutput(s).build()),
        new Slot(
            "SubOutput",
            "leadEntity",
            s -> Fixtures.subOutput().leadEntity(s).agencies(List.of(s)).build()),
        new Slot(
            "SubOutput",
            "agencies/0",
            s -> Fixtures.subOutput().agencies(List.of(s, "UNDP")).build()),
        new Slot(
            "SubOutput", "jointProgramme", s -> Fixtures.subOutput().jointProgramme(s).build()),
        new Slot(
            "FundingLine",
            "agency",
            s ->
                FundingLine.builder()
                    .year(Year.of(2023))
                    .agency(s)
                    .required(Money.of(1, "USD"))
                    .available(Money.of(1, "USD"))
                    .build()),
        new Slot(
            "PartnerRef",
            "iatiOrgId",
            s -> PartnerRef.builder().name("USAID").iatiOrgId(s).build()),
        new Slot(
            "Location",
            "code",
            s -> Location.builder().level(LocationLevel.SUBNATIONAL).code(s).name("Osh").build()),
        new Slot("Indicator", "code", s -> Fixtures.countIndicator().code(s).build()),
        new Slot(
            "Indicator",
            "responsibleEntities/0",
            s -> Fixtures.countIndicator().addResponsibleEntity(s).build()),
        new Slot("DisaggregationDimension", "name", s -> DisaggregationDimension.of(s, true, "a")),
        new Slot(
            "DisaggregationDimension",
            "categories/0",
            s -> DisaggregationDimension.of("sex", true, s)),
        new Slot("Tag", "code", s -> Tag.of("NATIONAL_PRIORITY", s)),
        new Slot(
            "Decision",
            "subjects/0",
            s ->
                Decision.builder()
                    .date(Fixtures.JAN_1_2023)
                    .kind(DecisionKind.ENDORSE_JWP)
                    .addSubject(s)
                    .build()),
        new Slot(
            "Measurement",
            "disaggregation",
            s -> measurement().putDisaggregation(s, "female").build()),
        new Slot(
            "Measurement",
            "disaggregation/sex",
            s -> measurement().putDisaggregation("sex", s).build()));
  }

  private static JointWorkPlan.Builder jwp() {
    return JointWorkPlan.builder()
        .code("JWP1")
        .title("JWP")
        .period(YearRange.of(2023, 2024))
        .status(JwpStatus.DRAFT)
        .version(1);
  }

  private static Measurement.Builder measurement() {
    return Measurement.builder().period(ReportingPeriod.ofYear(2023)).value(Value.numeric(1));
  }

  static List<Slot.Case> badCodes() {
    return List.of(
        new Slot.Case("empty", "", REASON),
        new Slot.Case("65 chars", "A".repeat(65), REASON),
        new Slot.Case("leading dash", "-SP1", REASON),
        new Slot.Case("leading dot", ".SP1", REASON),
        new Slot.Case("leading slash", "/SP1", REASON),
        new Slot.Case("space", "SP 1", REASON),
        new Slot.Case("trailing space", "SP1 ", REASON),
        new Slot.Case("hash", "SP#1", REASON),
        new Slot.Case("comma", "SP,1", REASON),
        new Slot.Case("non-ASCII letter", "Ош", REASON),
        new Slot.Case("NUL", "SP\u00001", REASON),
        new Slot.Case("U+001F", "SP\u001F1", REASON),
        new Slot.Case("DEL", "SP\u007F1", REASON),
        new Slot.Case("LF", "SP1\n", REASON));
  }

  static List<Slot.Case> goodCodes() {
    return List.of(
        new Slot.Case("one char", "A", null),
        new Slot.Case("digits and dots", "1.1.1", null),
        new Slot.Case("every allowed char", "Ab9._:/-z", null),
        new Slot.Case("64 chars", "A".repeat(64), null));
  }

  static Stream<Arguments> rejected() {
    return Slot.cross(slots(), badCodes());
  }

  static Stream<Arguments> accepted() {
    return Slot.cross(slots(), goodCodes());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("rejected")
  void should_reject_a_code_that_breaks_the_code_rule(Slot slot, Slot.Case bad) {
    assertViolation(
        () -> slot.build().apply(bad.input()),
        slot.type(),
        slot.field(),
        bad.input(),
        bad.reason());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("accepted")
  void should_accept_a_code_within_the_code_rule(Slot slot, Slot.Case good) {
    assertThatCode(() -> slot.build().apply(good.input())).doesNotThrowAnyException();
  }
}
