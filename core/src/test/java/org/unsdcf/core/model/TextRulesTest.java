package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Text rule of design.md §3.1 (a Name that may hold TAB, LF, CR), on every Text member. */
class TextRulesTest {
  static final String EMOJI = NameRulesTest.EMOJI;

  static List<Slot> slots() {
    return List.of(
        new Slot(
            "PriorityArea",
            "description",
            s -> PriorityArea.builder().code("SP1").title("People").description(s).build()),
        new Slot(
            "Outcome",
            "statement",
            s -> Outcome.builder().code("OC1").title("Health").statement(s).build()),
        new Slot(
            "Output",
            "description",
            s -> Output.builder().code("OU1").title("Clinics").description(s).build()),
        new Slot("SubOutput", "description", s -> Fixtures.subOutput().description(s).build()),
        new Slot("MarkerNarrative", "text", s -> MarkerNarrative.of(MarkerKind.HUMAN_RIGHTS, s)),
        new Slot("YearNarrative", "text", s -> YearNarrative.of(2024, s)),
        new Slot(
            "Decision",
            "summary",
            s ->
                Decision.builder()
                    .date(LocalDate.of(2023, 3, 1))
                    .kind(DecisionKind.OTHER)
                    .summary(s)
                    .build()),
        new Slot(
            "Baseline",
            "comment",
            s -> Baseline.builder().year(2022).value(Value.numeric(1)).comment(s).build()),
        new Slot(
            "Target",
            "comment",
            s ->
                Target.builder()
                    .year(2027)
                    .kind(TargetKind.FINAL)
                    .value(Value.numeric(1))
                    .comment(s)
                    .build()),
        new Slot(
            "Measurement",
            "comment",
            s ->
                Measurement.builder()
                    .period(ReportingPeriod.ofYear(2023))
                    .value(Value.numeric(1))
                    .comment(s)
                    .build()));
  }

  static List<Slot.Case> badTexts() {
    return List.of(
        new Slot.Case("empty", "", "must not be blank"),
        new Slot.Case("line breaks only", "\n\t\r\n", "must not be blank"),
        new Slot.Case("NUL", "a\u0000b", "must not contain control character U+0000"),
        new Slot.Case("U+001F", "a\u001Fb", "must not contain control character U+001F"),
        new Slot.Case("DEL", "a\u007Fb", "must not contain control character U+007F"),
        new Slot.Case("vertical tab", "a\u000Bb", "must not contain control character U+000B"),
        new Slot.Case("lone surrogate", "a\uDF0D", "must not contain an unpaired surrogate"),
        new Slot.Case(
            "100,001 letters", "x".repeat(100_001), "must have at most 100000 code points"));
  }

  static List<Slot.Case> goodTexts() {
    return List.of(
        new Slot.Case("TAB, LF and CR", "Line one\tcell\r\nLine two\n", null),
        new Slot.Case("1,001 letters", "x".repeat(1_001), null),
        new Slot.Case("100,000 letters", "x".repeat(100_000), null),
        new Slot.Case("100,000 emoji", EMOJI.repeat(100_000), null));
  }

  static Stream<Arguments> rejected() {
    return Slot.cross(slots(), badTexts());
  }

  static Stream<Arguments> accepted() {
    return Slot.cross(slots(), goodTexts());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("rejected")
  void should_reject_a_text_that_breaks_the_text_rule(Slot slot, Slot.Case bad) {
    assertViolation(
        () -> slot.build().apply(bad.input()),
        slot.type(),
        slot.field(),
        bad.input(),
        bad.reason());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("accepted")
  void should_accept_a_text_within_the_text_rule(Slot slot, Slot.Case good) {
    assertThatCode(() -> slot.build().apply(good.input())).doesNotThrowAnyException();
  }
}
