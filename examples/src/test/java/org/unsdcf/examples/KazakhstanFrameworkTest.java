package org.unsdcf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.PriorityArea;

class KazakhstanFrameworkTest {
  private final CooperationFramework plan = KazakhstanFramework.build();

  @Test
  void should_build_the_2021_2025_framework_signed_on_12_august_2020() {
    assertThat(plan.code()).isEqualTo("KAZ-2021-2025");
    assertThat(plan.countries()).containsExactly("KAZ");
    assertThat(plan.period().start().getValue()).isEqualTo(2021);
    assertThat(plan.period().end().getValue()).isEqualTo(2025);
    assertThat(plan.signedOn()).contains(LocalDate.of(2020, 8, 12));
    assertThat(plan.currency()).isEqualTo("USD");
  }

  @Test
  void should_have_the_three_areas_of_work() {
    assertThat(plan.priorityAreas())
        .extracting(PriorityArea::title)
        .containsExactly(
            "Human development and equal participation",
            "Effective institutions, human rights and gender equality",
            "Sustainable environment and inclusive economic development");
  }

  @Test
  void should_have_results_groups_and_one_joint_work_plan_with_sub_outputs() {
    assertThat(plan.resultsGroups()).isNotEmpty();
    assertThat(plan.jointWorkPlans()).hasSize(1);
    assertThat(plan.jointWorkPlans().get(0).entries()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void should_use_every_code_once() {
    assertThat(PlanCodes.all(plan)).doesNotHaveDuplicates();
  }
}
