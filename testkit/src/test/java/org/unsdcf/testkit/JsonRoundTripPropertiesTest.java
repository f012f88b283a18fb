package org.unsdcf.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.json.PlanReader;
import org.unsdcf.json.PlanWriter;
import org.unsdcf.json.PortfolioCursor;
import org.unsdcf.json.PortfolioEntry;
import org.unsdcf.json.PortfolioReader;
import org.unsdcf.testkit.gen.PlanGenerator;
import org.unsdcf.testkit.gen.Seeds;

/**
 * The laws of design.md §5.3 over generated plans, whose texts carry hostile Unicode (U+2028,
 * emoji, right-to-left scripts, {@code </script>}): reading what was written gives the plan back in
 * both layouts, writing is a fixed point, the bytes are strict UTF-8, every written document
 * validates against the bundled schema, and NDJSON portfolios read back line by line.
 */
class JsonRoundTripPropertiesTest {
  private static final long BASE_SEED = 5_3_2026L;
  private static final List<PlanWriter> WRITERS =
      List.of(PlanWriter.pretty(), PlanWriter.compact());

  static Stream<Arguments> cases() {
    return Seeds.ramp(BASE_SEED, 120);
  }

  static Stream<Arguments> portfolios() {
    return Seeds.ramp(BASE_SEED + 1, 30, 16);
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void read_of_write_is_the_plan_and_write_is_a_fixed_point(long seed, int size) {
    CooperationFramework plan = PlanGenerator.plan(seed, size);
    for (PlanWriter writer : WRITERS) {
      byte[] written = writer.write(plan);
      CooperationFramework read = PlanReader.standard().read(written);
      assertThat(read).isEqualTo(plan);
      assertThat(writer.write(read)).isEqualTo(written);
      assertStrictUtf8(written);
    }
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void written_documents_validate_against_the_schema(long seed, int size) {
    CooperationFramework plan = PlanGenerator.plan(seed, size);
    for (PlanWriter writer : WRITERS) {
      assertThat(Schemas.planErrors(writer.write(plan))).isEmpty();
    }
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("portfolios")
  void ndjson_portfolios_read_back_with_their_line_numbers(long seed, int size) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    List<CooperationFramework> plans = new ArrayList<>();
    int count = 1 + random.nextInt(6);
    for (int i = 0; i < count; i++) {
      plans.add(new PlanGenerator(random, size).next());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanWriter.compact().writeNdjson(plans, out);
    byte[] ndjson = out.toByteArray();
    assertStrictUtf8(ndjson);
    assertThat(ndjson[ndjson.length - 1]).isEqualTo((byte) '\n');

    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    for (CooperationFramework plan : plans) {
      lines.write(PlanWriter.compact().write(plan));
      lines.write('\n');
    }
    assertThat(ndjson).isEqualTo(lines.toByteArray());

    List<PortfolioEntry> entries = entries(ndjson);
    assertThat(entries).hasSize(plans.size());
    for (int i = 0; i < plans.size(); i++) {
      assertThat(entries.get(i).lineNumber()).isEqualTo(i + 1);
      assertThat(entries.get(i).error()).isEmpty();
      assertThat(entries.get(i).plan()).contains(plans.get(i));
    }

    // An unreadable line in between is reported at its file line and does not stop the others.
    int bad = random.nextInt(plans.size() + 1);
    String text = new String(ndjson, StandardCharsets.UTF_8);
    int at = 0;
    for (int i = 0; i < bad; i++) {
      at = text.indexOf('\n', at) + 1;
    }
    String spliced = text.substring(0, at) + "{\"formatVersion\":1}\n" + text.substring(at);
    List<PortfolioEntry> withBad = entries(spliced.getBytes(StandardCharsets.UTF_8));
    assertThat(withBad).hasSize(plans.size() + 1);
    for (int i = 0; i < withBad.size(); i++) {
      PortfolioEntry entry = withBad.get(i);
      assertThat(entry.lineNumber()).isEqualTo(i + 1);
      if (i == bad) {
        assertThat(entry.plan()).isEmpty();
        assertThat(entry.error().orElseThrow().problems())
            .allSatisfy(p -> assertThat(p.line()).isEqualTo(bad + 1));
      } else {
        assertThat(entry.plan()).contains(plans.get(i < bad ? i : i - 1));
      }
    }
  }

  private static List<PortfolioEntry> entries(byte[] ndjson) throws IOException {
    List<PortfolioEntry> entries = new ArrayList<>();
    try (PortfolioCursor cursor =
        PortfolioReader.standard().open(new ByteArrayInputStream(ndjson))) {
      cursor.forEachRemaining(entries::add);
    }
    return entries;
  }

  /** The property exercises what it claims: the generated texts carry the hostile characters. */
  @Test
  void generated_plans_carry_hostile_unicode() {
    StringBuilder all = new StringBuilder();
    Seeds.ramp(BASE_SEED, 120)
        .limit(40)
        .forEach(
            a -> {
              Object[] args = a.get();
              CooperationFramework plan = PlanGenerator.plan((Long) args[0], (Integer) args[1]);
              all.append(new String(PlanWriter.compact().write(plan), StandardCharsets.UTF_8));
            });
    String text = all.toString();
    assertThat(text).contains("\u2028", "</script>");
    assertThat(text.codePoints().anyMatch(Character::isSupplementaryCodePoint)).isTrue();
    assertThat(
            text.codePoints()
                .anyMatch(
                    c ->
                        Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                            || Character.getDirectionality(c)
                                == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC))
        .isTrue();
  }

  private static void assertStrictUtf8(byte[] bytes) {
    assertThatCode(
            () ->
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)))
        .doesNotThrowAnyException();
  }
}
