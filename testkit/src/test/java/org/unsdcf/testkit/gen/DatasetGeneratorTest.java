package org.unsdcf.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;
import org.unsdcf.json.PlanWriter;

class DatasetGeneratorTest {
  private static final DatasetGenerator GENERATOR =
      new DatasetGenerator(DatasetGenerator.DEFAULT_SEED);

  @Test
  void should_give_a_typical_plan_the_shape_of_design_section_10() {
    CooperationFramework plan = GENERATOR.plan(0, DatasetSize.TYPICAL.scale());

    assertThat(Counts.of(plan)).isEqualTo(new Counts(4, 6, 24, 2, 600, 96, 96 * 7, 1_200));
  }

  @Test
  void should_give_a_large_plan_five_times_every_count() {
    CooperationFramework plan = GENERATOR.plan(0, DatasetSize.LARGE.scale());

    assertThat(Counts.of(plan)).isEqualTo(new Counts(20, 30, 120, 2, 3_000, 480, 480 * 7, 6_000));
  }

  @Test
  void should_give_an_equal_plan_for_the_same_seed_and_another_for_another_seed() {
    CooperationFramework plan = GENERATOR.plan(3, 1);

    assertThat(new DatasetGenerator(DatasetGenerator.DEFAULT_SEED).plan(3, 1)).isEqualTo(plan);
    assertThat(new DatasetGenerator(DatasetGenerator.DEFAULT_SEED + 1).plan(3, 1))
        .isNotEqualTo(plan);
    assertThat(GENERATOR.plan(4, 1)).isNotEqualTo(plan);
  }

  @Test
  void should_write_a_typical_plan_in_about_half_a_megabyte_of_compact_json() {
    byte[] json = PlanWriter.compact().write(GENERATOR.plan(0, 1));

    assertThat(json.length).isBetween(350_000, 700_000);
  }

  @Test
  void should_generate_plans_without_errors_at_the_datasets_as_of_date() {
    for (int index = 0; index < 3; index++) {
      ValidationReport report =
          Validator.standard()
              .validate(
                  GENERATOR.plan(index, 1),
                  ValidationOptions.builder().asOf(DatasetGenerator.AS_OF).build());

      assertThat(report.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }
  }

  @Test
  void should_list_the_distinct_plans_of_a_dataset() {
    assertThat(DatasetSize.GLOBAL.plans()).isEqualTo(160);
    assertThat(DatasetSize.STRESS.plans()).isEqualTo(1_600);
    assertThat(DatasetSize.STRESS.distinctPlans()).isEqualTo(160);
    List<CooperationFramework> typical = GENERATOR.plans(DatasetSize.TYPICAL);
    assertThat(typical).containsExactly(GENERATOR.plan(0, 1));
  }

  /** What design.md §10 counts per plan. */
  record Counts(
      int priorityAreas,
      int outcomes,
      int outputs,
      int jointWorkPlans,
      int subOutputs,
      int indicators,
      int baselinesTargetsAndMeasurements,
      int fundingLines) {
    static Counts of(CooperationFramework plan) {
      int outcomes = 0;
      int outputs = 0;
      int indicators = 0;
      int values = 0;
      for (PriorityArea area : plan.priorityAreas()) {
        for (Outcome outcome : area.outcomes()) {
          outcomes++;
          for (Indicator indicator : outcome.indicators()) {
            indicators++;
            values += values(indicator);
          }
          for (Output output : outcome.outputs()) {
            outputs++;
            for (Indicator indicator : output.indicators()) {
              indicators++;
              values += values(indicator);
            }
          }
        }
      }
      int subOutputs = 0;
      int lines = 0;
      for (JointWorkPlan jwp : plan.jointWorkPlans()) {
        for (SubOutput entry : jwp.entries()) {
          subOutputs++;
          lines += entry.funding().size();
        }
      }
      return new Counts(
          plan.priorityAreas().size(),
          outcomes,
          outputs,
          plan.jointWorkPlans().size(),
          subOutputs,
          indicators,
          values,
          lines);
    }

    private static int values(Indicator indicator) {
      return (indicator.baseline().isPresent() ? 1 : 0)
          + indicator.targets().size()
          + indicator.measurements().size();
    }
  }
}
