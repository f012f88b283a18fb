package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Name rule of design.md §3.1, checked on every Name member of the model. */
class NameRulesTest {
  static final String EMOJI = "\uD83C\uDF0D"; // U+1F30D, two chars, one code point
  static final String BLANK = "must not be blank";
  static final String SURROGATE = "must not contain an unpaired surrogate";
  static final String TOO_LONG = "must have at most 1000 code points";

  static List<Slot> slots() {
    return List.of(
        new Slot("CooperationFramework", "title", s -> Fixtures.framework().title(s).build()),
        new Slot("SteeringCommittee", "name", s -> SteeringCommittee.builder().name(s).build()),
        new Slot(
            "SteeringCommittee",
            "governmentCoChair",
            s -> SteeringCommittee.builder().name("JSCC").governmentCoChair(s).build()),
        new Slot(
            "SteeringCommittee",
            "unCoChair",
            s -> SteeringCommittee.builder().name("JSCC").unCoChair(s).build()),
        new Slot("PriorityArea", "title", s -> PriorityArea.builder().code("SP1").title(s).build()),
        new Slot(
            "PriorityArea",
            "displayCode",
            s -> PriorityArea.builder().code("SP1").displayCode(s).title("P").build()),
        new Slot(
            "Outcome",
            "displayCode",
            s -> Outcome.builder().code("OC1").displayCode(s).title("O").build()),
        new Slot(
            "Output",
            "displayCode",
            s -> Output.builder().code("OU1").displayCode(s).title("O").build()),
        new Slot("SubOutput", "displayCode", s -> Fixtures.subOutput().displayCode(s).build()),
        new Slot("Outcome", "title", s -> Outcome.builder().code("OC1").title(s).build()),
        new Slot("Output", "title", s -> Output.builder().code("OU1").title(s).build()),
        new Slot("ResultsGroup", "title", s -> ResultsGroup.builder().code("RG1").title(s).build()),
        new Slot(
            "ResultsGroup",
            "governmentMembers/0",
            s -> ResultsGroup.builder().code("RG1").title("RG").addGovernmentMember(s).build()),
        new Slot(
            "CoChair",
            "entity",
            s -> CoChair.builder().entity(s).role(ChairRole.UN_CO_CHAIR).build()),
        new Slot(
            "JointWorkPlan",
            "title",
            s ->
                JointWorkPlan.builder()
                    .code("JWP1")
                    .title(s)
                    .period(YearRange.of(2023, 2024))
                    .status(JwpStatus.DRAFT)
                    .version(1)
                    .build()),
        new Slot(
            "Endorsement",
            "body",
            s -> Endorsement.builder().date(LocalDate.of(2023, 3, 1)).body(s).build()),
        new Slot("SubOutput", "title", s -> Fixtures.subOutput().title(s).build()),
        new Slot(
            "SubOutput", "qcprFunctions/0", s -> Fixtures.subOutput().addQcprFunction(s).build()),
        new Slot(
            "SubOutput", "targetGroups/0", s -> Fixtures.subOutput().addTargetGroup(s).build()),
        new Slot("PartnerRef", "name", PartnerRef::of),
        new Slot("Location", "name", s -> Location.of(LocationLevel.NATIONAL, s)),
        new Slot("Indicator", "title", s -> Fixtures.countIndicator().title(s).build()),
        new Slot(
            "Indicator",
            "meansOfVerification/0",
            s -> Fixtures.countIndicator().addMeansOfVerification(s).build()),
        new Slot("Indicator", "dataSource", s -> Fixtures.countIndicator().dataSource(s).build()),
        new Slot(
            "Measurement",
            "source",
            s ->
                Measurement.builder()
                    .period(ReportingPeriod.ofYear(2023))
                    .value(Value.numeric(1))
                    .source(s)
                    .build()),
        new Slot("Value", "text", Value::qualitative));
  }

  static List<Slot.Case> badNames() {
    return List.of(
        new Slot.Case("empty", "", BLANK),
        new Slot.Case("spaces", "   ", BLANK),
        new Slot.Case("tab only", "\t", BLANK),
        new Slot.Case("NUL", "a\u0000b", "must not contain control character U+0000"),
        new Slot.Case("U+001F", "a\u001Fb", "must not contain control character U+001F"),
        new Slot.Case("DEL", "a\u007Fb", "must not contain control character U+007F"),
        new Slot.Case("TAB", "a\tb", "must not contain control character U+0009"),
        new Slot.Case("LF", "a\nb", "must not contain control character U+000A"),
        new Slot.Case("CR", "a\rb", "must not contain control character U+000D"),
        new Slot.Case("lone high surrogate", "a\uD83Cb", SURROGATE),
        new Slot.Case("high surrogate at end", "ab\uD83C", SURROGATE),
        new Slot.Case("lone low surrogate", "a\uDF0Db", SURROGATE),
        new Slot.Case("reversed pair", "\uDF0D\uD83C", SURROGATE),
        new Slot.Case("1,001 letters", "x".repeat(1_001), TOO_LONG),
        new Slot.Case("1,001 emoji", EMOJI.repeat(1_001), TOO_LONG));
  }

  static List<Slot.Case> goodNames() {
    return List.of(
        new Slot.Case("one letter", "x", null),
        new Slot.Case("padded", "  Joint Strategic Coordination Committee  ", null),
        new Slot.Case("Cyrillic", "Жогорку Кеңеш", null),
        new Slot.Case("1,000 letters", "x".repeat(1_000), null),
        new Slot.Case("1,000 emoji, 2,000 chars", EMOJI.repeat(1_000), null),
        new Slot.Case("U+0080", "a\u0080b", null));
  }

  static Stream<Arguments> rejected() {
    return Slot.cross(slots(), badNames());
  }

  static Stream<Arguments> accepted() {
    return Slot.cross(slots(), goodNames());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("rejected")
  void should_reject_a_name_that_breaks_the_name_rule(Slot slot, Slot.Case bad) {
    assertViolation(
        () -> slot.build().apply(bad.input()),
        slot.type(),
        slot.field(),
        bad.input(),
        bad.reason());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("accepted")
  void should_accept_a_name_within_the_name_rule(Slot slot, Slot.Case good) {
    assertThatCode(() -> slot.build().apply(good.input())).doesNotThrowAnyException();
  }
}
