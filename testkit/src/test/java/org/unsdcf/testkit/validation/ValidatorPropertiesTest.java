package org.unsdcf.testkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.RuleCatalogue;
import org.unsdcf.core.validation.RuleInfo;
import org.unsdcf.core.validation.Strictness;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;

/** Validator totality and report invariants over seeded random plans. */
class ValidatorPropertiesTest {
  private static final long BASE_SEED = 20_231_124L;

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    SplittableRandom seeds = new SplittableRandom(BASE_SEED);
    for (int i = 0; i < 200; i++) {
      cases.add(Arguments.of(seeds.nextLong(), 1 << Math.min(6, i / 30)));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void should_validate_any_plan_totally_and_deterministically(long seed, int size) {
    CooperationFramework plan = new RandomPlans(new SplittableRandom(seed), size).plan();
    LocalDate asOf = LocalDate.of(2022, 1, 1).plusDays(new SplittableRandom(seed).nextInt(2000));

    for (Strictness strictness : Strictness.values()) {
      ValidationOptions options =
          ValidationOptions.builder().asOf(asOf).strictness(strictness).build();
      ValidationReport report = Validator.standard().validate(plan, options);

      assertThat(Validator.standard().validate(plan, options)).isEqualTo(report);
      assertThat(report.framework()).isEqualTo(plan.code());
      assertThat(
              ValidationReport.of(
                  report.framework(), report.asOf(), report.strictness(), report.findings()))
          .isEqualTo(report);
      for (Finding f : report.findings()) {
        RuleInfo rule = RuleCatalogue.rule(f.code()).orElseThrow();
        assertThat(f.category()).isEqualTo(rule.category());
        if (!f.code().equals("DIS-001")) {
          assertThat(f.severity()).as(f.toString()).isEqualTo(rule.severity(strictness));
        }
        assertThat(f.arguments().keySet()).containsExactlyElementsOf(rule.argumentKeys());
        assertThat(f.path()).matches("(/[A-Za-z0-9]+)*");
        assertThat(PathResolver.resolves(plan, f.path())).as(f.toString()).isTrue();
        assertThat(f.subject()).isNotEmpty();
        assertThat(f.message()).isNotBlank().doesNotContain("org.unsdcf");
      }
    }
  }

  @Test
  void should_generate_plans_that_trigger_every_rule() {
    Set<String> fired = new TreeSet<>();
    cases()
        .forEach(
            c -> {
              long seed = (Long) c.get()[0];
              int size = (Integer) c.get()[1];
              CooperationFramework plan = new RandomPlans(new SplittableRandom(seed), size).plan();
              ValidationOptions options =
                  ValidationOptions.builder().asOf(LocalDate.of(2024, 6, 30)).build();
              Validator.standard()
                  .validate(plan, options)
                  .findings()
                  .forEach(f -> fired.add(f.code()));
            });
    Set<String> missing = new TreeSet<>();
    RuleCatalogue.rules().forEach(r -> missing.add(r.code()));
    missing.removeAll(fired);

    assertThat(missing).as("rules the generator never triggers").isEmpty();
  }
}
