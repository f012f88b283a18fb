package org.unsdcf.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.ChairRole;
import org.unsdcf.core.model.CoChair;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DecisionKind;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.DisaggregationDimension;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.Frequency;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.JwpStatus;
import org.unsdcf.core.model.Location;
import org.unsdcf.core.model.LocationLevel;
import org.unsdcf.core.model.Marker;
import org.unsdcf.core.model.MarkerKind;
import org.unsdcf.core.model.MarkerNarrative;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.NumericRange;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SteeringCommittee;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.model.YearNarrative;
import org.unsdcf.core.model.YearRange;
import org.unsdcf.core.units.IndicatorUnit;
import org.unsdcf.testkit.gen.PlanGenerator;
import org.unsdcf.testkit.gen.Seeds;
import org.unsdcf.testkit.gen.ValueGenerator;

/**
 * Evidence that the generators cover the model: over a fixed ramp of seeds, generated plans hold
 * every enum constant and unit, every optional member present and absent, every list empty and not,
 * the bounds of numbers, dates and lengths, and hostile text. Each check fails if a class of values
 * never appears.
 */
class GeneratedPlanCoverageTest {
  static final long BASE_SEED = 4_2023_2027L;
  static final int CASES = 200;

  /** The lists that are {@code T+}: never empty. */
  static final List<String> NON_EMPTY =
      List.of(
          "CooperationFramework.countries",
          "SubOutput.agencies",
          "DisaggregationDimension.categories");

  static final List<Class<?>> MODEL_TYPES =
      List.of(
          CooperationFramework.class,
          SteeringCommittee.class,
          Decision.class,
          PriorityArea.class,
          Outcome.class,
          Output.class,
          ResultsGroup.class,
          CoChair.class,
          JointWorkPlan.class,
          Endorsement.class,
          SubOutput.class,
          MarkerNarrative.class,
          YearNarrative.class,
          FundingLine.class,
          PartnerRef.class,
          Location.class,
          Indicator.class,
          NumericRange.class,
          DisaggregationDimension.class,
          Baseline.class,
          Target.class,
          Measurement.class,
          Money.class,
          YearRange.class,
          ReportingPeriod.class,
          Tag.class,
          Value.Numeric.class,
          Value.Qualitative.class);

  static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(
          Measure.class,
          Direction.class,
          Accumulation.class,
          Marker.class,
          MarkerKind.class,
          ImplementationStatus.class,
          JwpStatus.class,
          TargetKind.class,
          LocationLevel.class,
          ChairRole.class,
          DecisionKind.class,
          Frequency.class,
          IndicatorUnit.class);

  static ModelWalker walker;

  @BeforeAll
  static void walk_generated_plans() {
    walker = new ModelWalker(0);
    walkPlans(walker, CASES);
  }

  /**
   * Walks the plans of a fixed ramp of seeds and sizes 1 to 64. Not {@link Seeds#ramp}: replaying
   * one seed through its system property must not shrink this evidence to one plan.
   */
  static void walkPlans(ModelWalker walker, int count) {
    SplittableRandom seeds = new SplittableRandom(BASE_SEED);
    for (int i = 0; i < count; i++) {
      walker.walk(PlanGenerator.plan(seeds.nextLong(), 1 << (i * 7 / count)));
    }
  }

  @Test
  void every_model_type_is_generated() {
    assertThat(walker.instances.keySet()).containsAll(MODEL_TYPES);
  }

  @Test
  void every_constant_of_every_enum_is_generated() {
    for (Class<? extends Enum<?>> type : ENUMS) {
      List<String> all = new ArrayList<>();
      for (Enum<?> e : type.getEnumConstants()) {
        all.add(e.name());
      }
      assertThat(walker.constants.get(type.getSimpleName()))
          .as(type.getSimpleName())
          .containsExactlyInAnyOrderElementsOf(all);
    }
  }

  @Test
  void every_assessed_progress_status_and_no_other_is_generated() {
    List<String> assessed = new ArrayList<>();
    EnumSet.allOf(ProgressStatus.class).stream()
        .filter(ProgressStatus::isAssessed)
        .forEach(s -> assessed.add(s.name()));
    assertThat(walker.constants.get("ProgressStatus"))
        .containsExactlyInAnyOrderElementsOf(assessed);
  }

  @Test
  void every_optional_member_is_generated_present_and_absent() {
    int members = 0;
    for (Class<?> type : MODEL_TYPES) {
      for (var m : ModelWalker.accessors(type)) {
        if (m.getReturnType() == java.util.Optional.class) {
          members++;
          int[] c = walker.optionals.get(type.getSimpleName() + "." + m.getName());
          assertThat(c).as(type.getSimpleName() + "." + m.getName()).isNotNull();
          assertThat(c[0]).as("present " + type.getSimpleName() + "." + m.getName()).isPositive();
          assertThat(c[1]).as("absent " + type.getSimpleName() + "." + m.getName()).isPositive();
        }
      }
    }
    assertThat(members).isEqualTo(walker.optionals.size()).isGreaterThan(40);
  }

  @Test
  void every_list_is_generated_empty_and_not_and_some_reach_the_largest_size() {
    int largest = 0;
    for (Map.Entry<String, int[]> e : walker.collections.entrySet()) {
      int[] c = e.getValue();
      if (NON_EMPTY.contains(e.getKey())) {
        assertThat(c[0]).as("empty " + e.getKey()).isZero();
      } else {
        assertThat(c[0]).as("empty " + e.getKey()).isPositive();
      }
      assertThat(c[1]).as("non-empty " + e.getKey()).isPositive();
      largest = Math.max(largest, c[2]);
    }
    List<String> expected = new ArrayList<>();
    for (Class<?> type : MODEL_TYPES) {
      for (var m : ModelWalker.accessors(type)) {
        if (m.getReturnType() == List.class || m.getReturnType() == Map.class) {
          expected.add(type.getSimpleName() + "." + m.getName());
        }
      }
    }
    assertThat(walker.collections.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(largest).isGreaterThanOrEqualTo(Seeds.MAX_SIZE);
  }

  @Test
  void booleans_and_versions_reach_their_bounds() {
    assertThat(walker.scalars.get("DisaggregationDimension.exhaustive"))
        .containsExactly("false", "true");
    assertThat(walker.scalars.get("JointWorkPlan.version")).contains("1", "999");
  }

  @Test
  void numbers_reach_their_bounds() {
    assertThat(walker.maxPrecision).isEqualTo(34);
    assertThat(walker.maxScale).isEqualTo(20);
    assertThat(walker.negative).isTrue();
    assertThat(walker.zero).isTrue();
    assertThat(walker.largest).isEqualByComparingTo(ValueGenerator.MAX_DECIMAL);
  }

  @Test
  void dates_reach_the_bounds_of_the_model() {
    assertThat(walker.earliest).isEqualTo(LocalDate.of(1945, 1, 1));
    assertThat(walker.latest).isEqualTo(LocalDate.of(2100, 12, 31));
  }

  @Test
  void text_includes_every_hostile_class() {
    assertThat(walker.text).containsAll(ModelWalker.allTextClasses());
  }

  @Test
  void money_reaches_zero_four_decimals_and_the_largest_amount() {
    ModelWalker money = new ModelWalker(1_000_000);
    walkPlans(money, 40);
    TreeSet<BigDecimal> amounts = new TreeSet<>();
    money.instances.get(Money.class).forEach(m -> amounts.add(((Money) m).amount()));
    assertThat(amounts.first()).isZero();
    assertThat(amounts.last()).isEqualTo(ValueGenerator.MAX_MONEY);
    assertThat(amounts.stream().mapToInt(BigDecimal::scale).max().orElse(0)).isEqualTo(4);
  }
}
