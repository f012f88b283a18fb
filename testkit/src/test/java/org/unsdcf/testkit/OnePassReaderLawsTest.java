package org.unsdcf.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.json.PlanReadException;
import org.unsdcf.json.PlanWriter;
import org.unsdcf.json.internal.DocumentReader;
import org.unsdcf.json.internal.Limits;
import org.unsdcf.testkit.gen.PlanGenerator;
import org.unsdcf.testkit.gen.Seeds;

/**
 * The reader reads a clean document in one pass and hands anything irregular to the diagnosing read
 * (design.md §5 is one format: the two must agree). For every input: the one-pass reader gives a
 * plan exactly when the diagnosing reader does, and an equal one; when it gives up, the diagnosing
 * reader reports a problem. Inputs: the sample plans, generated plans in both layouts, every §5.1
 * bad input, and seeded near misses of generated plans.
 */
class OnePassReaderLawsTest {
  private static final long BASE_SEED = 20_261_123L;
  private static final int MUTATIONS_PER_PLAN = 24;
  private static final DocumentReader READER = new DocumentReader(Limits.DEFAULT);

  static Stream<Arguments> plans() {
    return Seeds.ramp(BASE_SEED, 120);
  }

  static Stream<Arguments> nearMisses() {
    return Seeds.ramp(BASE_SEED + 1, 120, 24);
  }

  static Stream<CooperationFramework> samples() {
    return Stream.of(
        SamplePlans.kyrgyzstan(),
        SamplePlans.minimal(),
        SamplePlans.complete(),
        SamplePlans.everyMeasure(),
        SamplePlans.everyUnit(),
        SamplePlans.everyDirectionAndAccumulation());
  }

  static Stream<BadInput> badInputs() {
    return BadInputs.all().stream();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void a_sample_plan_reads_in_one_pass(CooperationFramework plan) {
    for (PlanWriter writer : List.of(PlanWriter.pretty(), PlanWriter.compact())) {
      byte[] json = writer.write(plan);
      assertThat(READER.readOnePass(json, json.length)).isEqualTo(plan);
      assertThat(READER.readDiagnosing(json, json.length)).isEqualTo(plan);
    }
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("plans")
  void a_generated_plan_reads_in_one_pass(long seed, int size) {
    CooperationFramework plan = PlanGenerator.plan(seed, size);
    for (PlanWriter writer : List.of(PlanWriter.pretty(), PlanWriter.compact())) {
      byte[] json = writer.write(plan);
      assertThat(READER.readOnePass(json, json.length)).isEqualTo(plan);
    }
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void a_bad_input_reads_alike_both_ways(BadInput input) {
    assertAgree(input.bytes());
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("nearMisses")
  void a_near_miss_reads_alike_both_ways(long seed, int size) {
    byte[] json = PlanWriter.compact().write(PlanGenerator.plan(seed, size));
    SplittableRandom random = new SplittableRandom(seed);
    List<byte[]> cases = new ArrayList<>();
    for (int i = 0; i < MUTATIONS_PER_PLAN; i++) {
      cases.add(DocumentMutations.mutate(json, random));
    }
    for (byte[] bytes : cases) {
      assertAgree(bytes);
    }
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("nearMisses")
  void tighter_limits_read_alike_both_ways(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    Limits defaults = Limits.DEFAULT;
    // Each limit somewhere from far below to above what the plan needs, so some cross it.
    Limits limits =
        new Limits(
            defaults.documentSize(),
            2 + random.nextInt(12),
            1 + random.nextInt(20),
            1 + random.nextInt(300),
            4 + random.nextInt(20),
            50 + random.nextInt(20_000),
            1 + random.nextInt(40));
    byte[] json = PlanWriter.compact().write(PlanGenerator.plan(seed, size));
    assertAgree(new DocumentReader(limits), json);
  }

  /** Both readers give equal plans, or the one-pass reader gives up and the other reports. */
  private static void assertAgree(byte[] bytes) {
    assertAgree(READER, bytes);
  }

  private static void assertAgree(DocumentReader reader, byte[] bytes) {
    String shown = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    CooperationFramework diagnosed;
    PlanReadException problem = null;
    try {
      diagnosed = reader.readDiagnosing(bytes, bytes.length);
    } catch (PlanReadException e) {
      diagnosed = null;
      problem = e;
    }
    CooperationFramework onePass;
    try {
      onePass = reader.readOnePass(bytes, bytes.length);
    } catch (PlanReadException e) {
      // Size, byte order mark and encoding are checked once, before either reader runs.
      assertThat(problem).as(shown).isNotNull();
      assertThat(e.problems()).as(shown).isEqualTo(problem.problems());
      return;
    }
    if (problem != null) {
      assertThat(onePass).as("one pass read what has %s: %s", problem.problems(), shown).isNull();
    } else {
      assertThat(onePass).as("one pass gave up on a readable plan: %s", shown).isNotNull();
      assertThat(onePass).as(shown).isEqualTo(diagnosed);
    }
  }
}
