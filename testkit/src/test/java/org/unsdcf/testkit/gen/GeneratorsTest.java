package org.unsdcf.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SubOutput;

class GeneratorsTest {
  static Stream<Arguments> cases() {
    return Seeds.ramp(20_231_130L, 60);
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void the_same_seed_and_size_give_an_equal_plan(long seed, int size) {
    CooperationFramework a = PlanGenerator.plan(seed, size);
    CooperationFramework b = new PlanGenerator(new SplittableRandom(seed), size).next();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void every_generator_is_deterministic_per_seed(long seed, int size) {
    List<BiFunction<SplittableRandom, Integer, Generator<?>>> generators =
        List.of(
            TextGenerator::new,
            ValueGenerator::new,
            TagGenerator::new,
            MeasurementGenerator::new,
            FundingLineGenerator::new,
            IndicatorGenerator::new,
            SubOutputGenerator::new,
            PlanGenerator::new);
    for (BiFunction<SplittableRandom, Integer, Generator<?>> g : generators) {
      List<?> first = g.apply(new SplittableRandom(seed), size).next(3);
      List<?> again = g.apply(new SplittableRandom(seed), size).next(3);
      assertThat(first).hasSize(3).isEqualTo(again);
    }
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void generated_plans_are_clean_codes_unique_and_references_resolve(long seed, int size) {
    CooperationFramework plan = PlanGenerator.plan(seed, size);
    List<String> codes = new java.util.ArrayList<>(List.of(plan.code()));
    Set<String> areasAndOutcomes = new HashSet<>();
    Set<String> outputs = new HashSet<>();
    for (PriorityArea a : plan.priorityAreas()) {
      codes.add(a.code());
      areasAndOutcomes.add(a.code());
      for (Outcome o : a.outcomes()) {
        codes.add(o.code());
        areasAndOutcomes.add(o.code());
        o.indicators().forEach(i -> codes.add(i.code()));
        for (Output p : o.outputs()) {
          codes.add(p.code());
          outputs.add(p.code());
          p.indicators().forEach(i -> codes.add(i.code()));
        }
      }
    }
    Set<String> groups = new HashSet<>();
    for (ResultsGroup g : plan.resultsGroups()) {
      codes.add(g.code());
      groups.add(g.code());
      assertThat(areasAndOutcomes).containsAll(g.scope());
    }
    List<String> earlier = new java.util.ArrayList<>();
    for (JointWorkPlan j : plan.jointWorkPlans()) {
      codes.add(j.code());
      j.resultsGroup().ifPresent(r -> assertThat(groups).contains(r));
      j.supersedes().ifPresent(s -> assertThat(earlier).contains(s));
      assertThat(plan.period().encloses(j.period())).isTrue();
      earlier.add(j.code());
      for (SubOutput s : j.entries()) {
        codes.add(s.code());
        assertThat(outputs).contains(s.outputCode());
        assertThat(s.sdgTargets()).hasSizeLessThanOrEqualTo(10);
        s.indicators().forEach(i -> codes.add(i.code()));
        if (plan.isCurrent(j)) {
          assertThat(s.genderEqualityMarker()).isPresent();
          assertThat(s.contributingPartners()).isNotEmpty();
          assertThat(s.geographicScope()).isNotEmpty();
        }
      }
    }
    assertThat(codes).doesNotHaveDuplicates();
    plan.steeringCommittee()
        .ifPresent(c -> c.decisions().forEach(d -> assertThat(earlier).containsAll(d.subjects())));
  }

  @Test
  void leaf_generators_build_many_values_at_every_size() {
    for (int size : new int[] {1, 2, 64}) {
      SplittableRandom random = new SplittableRandom(size);
      assertThat(new IndicatorGenerator(random, size).next(50))
          .extracting(Indicator::code)
          .doesNotHaveDuplicates();
      assertThat(new SubOutputGenerator(random, size).next(20)).hasSize(20);
      assertThat(new MeasurementGenerator(random, size).next(50)).hasSize(50);
      assertThat(new FundingLineGenerator(random, size).next(50)).hasSize(50);
      assertThat(new TagGenerator(random, size).next(50)).hasSize(50);
      assertThat(new ValueGenerator(random, size).next(50)).hasSize(50);
      assertThat(new TextGenerator(random, size).next(50)).allMatch(s -> !s.isBlank());
    }
  }

  @Test
  void a_size_below_1_is_rejected() {
    assertThatThrownBy(() -> new PlanGenerator(new SplittableRandom(1), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("size");
    assertThatThrownBy(() -> new ValueGenerator(new SplittableRandom(1), 1).next(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
