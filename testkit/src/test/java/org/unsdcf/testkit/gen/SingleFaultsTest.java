package org.unsdcf.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.RuleCatalogue;
import org.unsdcf.core.validation.RuleInfo;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.core.validation.Strictness;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;
import org.unsdcf.testkit.SamplePlans;

/**
 * Seeded properties of the single-fault catalogue: each mutation makes the validator report its
 * rule at its path with the catalogue's severity and adds no other ERROR; every rule is exercised.
 */
class SingleFaultsTest {
  private static final long BASE_SEED = 20261123L;
  private static final int SEEDS = 8;
  private static final LocalDate KGZ_AS_OF = LocalDate.of(2024, 6, 30);
  private static final Validator VALIDATOR = Validator.standard();

  static Stream<Arguments> cases() {
    return Seeds.ramp(BASE_SEED, SEEDS);
  }

  /** The day a case validates at: somewhere from the framework's first day to a year after it. */
  static LocalDate asOf(CooperationFramework plan, RandomGenerator random) {
    LocalDate first = plan.period().firstDay();
    LocalDate last = plan.period().lastDay().plusYears(1);
    LocalDate max = LocalDate.of(2100, 12, 30);
    if (last.isAfter(max)) {
      last = max;
    }
    return first.plusDays(random.nextLong(ChronoUnit.DAYS.between(first, last) + 1));
  }

  private static ValidationReport validate(
      CooperationFramework plan, LocalDate asOf, Strictness strictness) {
    return VALIDATOR.validate(
        plan, ValidationOptions.builder().asOf(asOf).strictness(strictness).build());
  }

  private static Map<String, Integer> errors(ValidationReport report, Fault fault) {
    Map<String, Integer> counts = new HashMap<>();
    for (Finding f : report.findings()) {
      boolean expected =
          fault != null && f.code().equals(fault.code()) && f.path().equals(fault.path());
      if (f.severity() == Severity.ERROR && !expected) {
        counts.merge(f.code() + " [" + f.subject() + "]", 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Checks one fault; returns what is wrong with it, or nothing. */
  static List<String> problems(
      CooperationFramework plan, LocalDate asOf, Strictness strictness, Fault fault) {
    List<String> problems = new ArrayList<>();
    ValidationReport before = validate(plan, asOf, strictness);
    ValidationReport after = validate(fault.plan(), asOf, strictness);
    Severity severity = RuleCatalogue.rule(fault.code()).orElseThrow().severity(strictness);
    boolean found =
        after.findings().stream()
            .anyMatch(
                f ->
                    f.code().equals(fault.code())
                        && f.path().equals(fault.path())
                        && f.severity() == severity);
    if (!found) {
      problems.add(fault + " as of " + asOf + " " + strictness + ": not reported; " + after);
    }
    Map<String, Integer> old = errors(before, null);
    errors(after, fault)
        .forEach(
            (key, count) -> {
              if (count > old.getOrDefault(key, 0)) {
                problems.add(fault + " as of " + asOf + ": new ERROR " + key + "; " + after);
              }
            });
    return problems;
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void each_fault_is_reported_where_it_was_put_and_adds_no_other_error(long seed, int size) {
    CooperationFramework plan = PlanGenerator.plan(seed, size);
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate asOf = asOf(plan, random);
    Strictness strictness = random.nextBoolean() ? Strictness.DRAFT : Strictness.PUBLISH;
    List<String> problems = new ArrayList<>();
    for (String code : SingleFaults.codes()) {
      Optional<Fault> fault = SingleFaults.mutate(code, plan, asOf, random.split());
      fault.ifPresent(f -> problems.addAll(problems(plan, asOf, strictness, f)));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void each_fault_in_the_worked_example_is_reported_under_both_strictnesses() {
    CooperationFramework plan = SamplePlans.kyrgyzstan();
    List<String> problems = new ArrayList<>();
    for (Strictness strictness : Strictness.values()) {
      SplittableRandom random = new SplittableRandom(BASE_SEED);
      for (String code : SingleFaults.codes()) {
        SingleFaults.mutate(code, plan, KGZ_AS_OF, random.split())
            .ifPresent(f -> problems.addAll(problems(plan, KGZ_AS_OF, strictness, f)));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void every_rule_code_is_exercised_by_some_case() {
    TreeSet<String> exercised = new TreeSet<>();
    CooperationFramework kgz = SamplePlans.kyrgyzstan();
    SplittableRandom kgzRandom = new SplittableRandom(BASE_SEED);
    for (String code : SingleFaults.codes()) {
      if (SingleFaults.mutate(code, kgz, KGZ_AS_OF, kgzRandom.split()).isPresent()) {
        exercised.add(code);
      }
    }
    cases()
        .forEach(
            args -> {
              long seed = (Long) args.get()[0];
              int size = (Integer) args.get()[1];
              CooperationFramework plan = PlanGenerator.plan(seed, size);
              SplittableRandom random = new SplittableRandom(seed);
              LocalDate asOf = asOf(plan, random);
              random.nextBoolean();
              for (String code : SingleFaults.codes()) {
                if (SingleFaults.mutate(code, plan, asOf, random.split()).isPresent()) {
                  exercised.add(code);
                }
              }
            });

    List<String> all =
        RuleCatalogue.rules().stream().map(RuleInfo::code).collect(Collectors.toList());
    assertThat(SingleFaults.codes()).containsExactlyElementsOf(all);
    assertThat(exercised).containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void the_worked_example_gets_the_endorsement_slip() {
    Fault fault =
        SingleFaults.mutate("DAT-008", SamplePlans.kyrgyzstan(), KGZ_AS_OF, new SplittableRandom(1))
            .orElseThrow();

    assertThat(fault.path()).isEqualTo("/jointWorkPlans/0/endorsement/date");
    assertThat(fault.plan().signedOn()).contains(LocalDate.of(2023, 3, 24));
    assertThat(fault.plan().jointWorkPlans().get(0).endorsement().orElseThrow().date())
        .isEqualTo(LocalDate.of(2023, 3, 23));
  }

  @Test
  void an_empty_plan_has_no_place_for_an_indicator_fault() {
    CooperationFramework empty =
        SamplePlans.kyrgyzstan().withPriorityAreas(List.of()).withJointWorkPlans(List.of());

    assertThat(SingleFaults.mutate("IND-001", empty, KGZ_AS_OF, new SplittableRandom(1))).isEmpty();
    assertThat(SingleFaults.mutate("FIN-001", empty, KGZ_AS_OF, new SplittableRandom(1))).isEmpty();
  }

  @Test
  void an_unknown_code_is_refused() {
    assertThatThrownBy(
            () ->
                SingleFaults.mutate(
                    "XYZ-001", SamplePlans.kyrgyzstan(), KGZ_AS_OF, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rule has the code 'XYZ-001'");
  }

  @Test
  void the_same_seed_gives_the_same_fault() {
    CooperationFramework plan = PlanGenerator.plan(7, 16);
    for (String code : SingleFaults.codes()) {
      assertThat(SingleFaults.mutate(code, plan, KGZ_AS_OF, new SplittableRandom(3)))
          .as(code)
          .isEqualTo(SingleFaults.mutate(code, plan, KGZ_AS_OF, new SplittableRandom(3)));
    }
  }
}
