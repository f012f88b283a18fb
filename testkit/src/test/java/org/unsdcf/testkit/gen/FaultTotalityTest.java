package org.unsdcf.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.validation.Strictness;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;

/**
 * Totality: plans with several faults at once (duplicate codes, dangling references, supersedes
 * cycles, and every other rule's fault, applied in random order) still validate, to a report that
 * is the same when validated again.
 */
class FaultTotalityTest {
  /** Plans per case; 300 cases make 2,400 plans, each with up to six faults. */
  private static final int PLANS_PER_CASE = 8;

  /** Faults the totality cases lean on, besides random ones: repeats, dangling codes, cycles. */
  private static final List<String> REFERENCE_FAULTS =
      List.of("STR-004", "STR-005", "STR-006", "STR-010", "STR-011", "STR-012", "GOV-004");

  static Stream<Arguments> cases() {
    return Seeds.ramp(20261124L, 300, 8);
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void plans_with_several_faults_validate_deterministically(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> codes = SingleFaults.codes();
    Validator validator = Validator.standard();
    for (int n = 0; n < PLANS_PER_CASE; n++) {
      CooperationFramework plan = PlanGenerator.plan(random.nextLong(), size);
      LocalDate asOf = SingleFaultsTest.asOf(plan, random);
      int faults = 1 + random.nextInt(6);
      for (int f = 0; f < faults; f++) {
        String code =
            f == 0
                ? REFERENCE_FAULTS.get(random.nextInt(REFERENCE_FAULTS.size()))
                : codes.get(random.nextInt(codes.size()));
        plan = SingleFaults.mutate(code, plan, asOf, random.split()).map(Fault::plan).orElse(plan);
      }
      for (Strictness strictness : Strictness.values()) {
        ValidationOptions options =
            ValidationOptions.builder().asOf(asOf).strictness(strictness).build();
        ValidationReport first = validator.validate(plan, options);
        ValidationReport second = validator.validate(plan, options);

        assertThat(second).isEqualTo(first);
        assertThat(first.findings()).isEqualTo(second.findings());
        assertThat(first.framework()).isEqualTo(plan.code());
      }
    }
  }
}
