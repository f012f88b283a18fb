package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unsdcf.json.Json.utf8;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DecisionKind;
import org.unsdcf.core.model.NumericRange;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.SteeringCommittee;
import org.unsdcf.core.model.Value;

/** design.md §5.3: round trips, byte-stable re-writes, and "a whole plan or PlanReadException". */
class ReaderLawsTest {
  private static final long BASE_SEED = 20_231_130L;

  static Stream<Arguments> cases() {
    return LongStream.range(0, 24)
        .mapToObj(i -> Arguments.of(BASE_SEED + i, 1 << Math.min(i / 4, 6)));
  }

  /** Names with characters that stress the writer: line separators, emoji, RTL, markup, escapes. */
  static final String[] HOSTILE = {
    "line\u2028separator\u2029paragraph",
    "emoji \ud83d\ude00 \ud83c\uddf0\ud83c\uddec",
    "\u0642\u064a\u0631\u063a\u064a\u0632\u0633\u062a\u0627\u0646 RTL \u202e mark",
    "</script><script>alert(1)</script>",
    "quote \" backslash \\ slash /",
    "\u00e9\u00e8 \u4e2d\u6587",
  };

  static CooperationFramework hostile(int i) {
    String name = HOSTILE[i % HOSTILE.length];
    return Plans.kyrgyzstan()
        .withTitle(name)
        .withSteeringCommittee(
            SteeringCommittee.builder()
                .name(name)
                .addDecision(
                    Decision.builder()
                        .date(LocalDate.of(2024, 2, 29))
                        .kind(DecisionKind.OTHER)
                        .summary("tab\tline\nreturn\r" + name)
                        .reference(java.net.URI.create("https://un.org/a%20b?q=%E2%82%AC#x"))
                        .build())
                .build())
        .withPriorityAreas(
            PriorityArea.builder()
                .code("SP/1:a_b.c-d")
                .title(name)
                .description("\t" + name)
                .build());
  }

  @Test
  void round_trip_of_the_worked_example_in_both_layouts() {
    CooperationFramework plan = Plans.kyrgyzstan();
    for (PlanWriter writer : new PlanWriter[] {PlanWriter.pretty(), PlanWriter.compact()}) {
      byte[] written = writer.write(plan);
      CooperationFramework read = PlanReader.standard().read(written);
      assertThat(read).isEqualTo(plan);
      assertThat(writer.write(read)).isEqualTo(written);
    }
  }

  @Test
  void hostile_unicode_round_trips_and_is_written_raw() {
    for (int i = 0; i < HOSTILE.length; i++) {
      CooperationFramework plan = hostile(i);
      for (PlanWriter writer : new PlanWriter[] {PlanWriter.pretty(), PlanWriter.compact()}) {
        byte[] written = writer.write(plan);
        CooperationFramework read = PlanReader.standard().read(written);
        assertThat(read).isEqualTo(plan);
        assertThat(writer.write(read)).isEqualTo(written);
        String text = new String(written, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\\u20").doesNotContain("\\/").doesNotContain("\\ud");
      }
    }
    String script = new String(PlanWriter.compact().write(hostile(3)), StandardCharsets.UTF_8);
    assertThat(script).contains("</script><script>alert(1)</script>");
    String lines = new String(PlanWriter.compact().write(hostile(0)), StandardCharsets.UTF_8);
    assertThat(lines).contains("line\u2028separator\u2029paragraph");
    String emoji = new String(PlanWriter.compact().write(hostile(1)), StandardCharsets.UTF_8);
    assertThat(emoji).contains("\ud83d\ude00");
  }

  @Test
  void escapes_exactly_the_required_characters_in_upper_case_hex() {
    CooperationFramework plan =
        Plans.kyrgyzstan()
            .withSteeringCommittee(
                SteeringCommittee.builder()
                    .name("n")
                    .addDecision(
                        Decision.builder()
                            .date(LocalDate.of(2024, 1, 1))
                            .kind(DecisionKind.OTHER)
                            .summary("q\" b\\ t\t n\n r\r / \u00e9 \u2028")
                            .build())
                    .build());
    String text = new String(PlanWriter.compact().write(plan), StandardCharsets.UTF_8);
    assertThat(text).contains("\"summary\":\"q\\\" b\\\\ t\\t n\\n r\\r / \u00e9 \u2028\"");
  }

  @Test
  void decimals_are_written_plain() {
    CooperationFramework plan =
        Plans.kyrgyzstan()
            .withPriorityAreas(
                Plans.kyrgyzstan()
                    .priorityAreas()
                    .get(0)
                    .withOutcomes(
                        Plans.kyrgyzstan()
                            .priorityAreas()
                            .get(0)
                            .outcomes()
                            .get(0)
                            .withIndicators(
                                Plans.kyrgyzstan()
                                    .priorityAreas()
                                    .get(0)
                                    .outcomes()
                                    .get(0)
                                    .indicators()
                                    .get(0)
                                    .withNaturalRange(
                                        NumericRange.of(
                                            new BigDecimal("1E+3"), new BigDecimal("12500.00")))
                                    .withBaseline(
                                        Plans.kyrgyzstan()
                                            .priorityAreas()
                                            .get(0)
                                            .outcomes()
                                            .get(0)
                                            .indicators()
                                            .get(0)
                                            .baseline()
                                            .get()
                                            .withValue(
                                                Value.numeric(new BigDecimal("0.000001")))))));
    String text = new String(PlanWriter.compact().write(plan), StandardCharsets.UTF_8);
    assertThat(text).contains("\"naturalRange\":{\"min\":1000,\"max\":12500}");
    assertThat(text).contains("\"value\":0.000001");
    assertThat(PlanReader.standard().read(utf8(text))).isEqualTo(plan);
  }

  @Test
  void every_truncation_of_the_golden_document_is_a_plan_or_a_read_exception() {
    byte[] golden = utf8(Json.golden());
    for (int cut = 0; cut < golden.length; cut++) {
      byte[] prefix = Arrays.copyOf(golden, cut);
      try {
        CooperationFramework plan = PlanReader.standard().read(prefix);
        assertThat(plan).isEqualTo(Plans.kyrgyzstan());
        assertThat(cut).as("only the final LF may be cut").isEqualTo(golden.length - 1);
      } catch (PlanReadException e) {
        assertThat(e.problems().get(0).code())
            .as("cut %d: %s", cut, e)
            .isIn(ReadProblemCode.JSON_TRUNCATED, ReadProblemCode.JSON_EMPTY);
        BadInputTest.ALL.add(e);
      }
    }
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void random_corruptions_give_a_plan_or_a_read_exception(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] golden = utf8(Json.golden());
    for (int round = 0; round < 50; round++) {
      byte[] doc = golden.clone();
      for (int k = 0; k < size; k++) {
        doc[random.nextInt(doc.length)] = (byte) random.nextInt(256);
      }
      try {
        CooperationFramework plan = PlanReader.standard().read(doc);
        assertThat(PlanReader.standard().read(PlanWriter.pretty().write(plan))).isEqualTo(plan);
      } catch (PlanReadException e) {
        assertThat(e.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(100);
        MessageHygieneTest.check(e);
      }
    }
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void random_plans_of_hostile_text_round_trip(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder name = new StringBuilder("n");
    for (int i = 0; i < size * 4; i++) {
      int cp;
      do {
        cp = random.nextInt(0x30000);
      } while (Character.getType(cp) == Character.SURROGATE
          || cp < 0x20
          || cp == 0x7f
          || !Character.isDefined(cp));
      name.appendCodePoint(cp);
    }
    CooperationFramework plan = Plans.kyrgyzstan().withTitle(name.toString());
    for (PlanWriter writer : new PlanWriter[] {PlanWriter.pretty(), PlanWriter.compact()}) {
      byte[] written = writer.write(plan);
      assertThat(PlanReader.standard().read(written)).isEqualTo(plan);
      assertThat(writer.write(PlanReader.standard().read(written))).isEqualTo(written);
    }
  }
}
