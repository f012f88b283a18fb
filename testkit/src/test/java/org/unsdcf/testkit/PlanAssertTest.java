package org.unsdcf.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.testkit.UnsdcfAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.CooperationFramework;

class PlanAssertTest {
  private static final CooperationFramework KGZ = SamplePlans.kyrgyzstan();

  @Test
  void passes_for_what_the_worked_example_has() {
    assertThat(KGZ)
        .hasCode("KGZ-2023-2027")
        .hasCountry("KGZ")
        .hasCurrency("USD")
        .hasPriorityArea("SP1")
        .hasPriorityAreaCount(1)
        .hasOutcome("OC1.1")
        .hasOutput("OP1.1.1")
        .hasIndicator("OC1.1-I1")
        .hasIndicator("OP1.1.1-I1")
        .hasResultsGroup("RG1")
        .hasJointWorkPlan("JWP-RG1-2023-2024")
        .hasSubOutput("1.1.1.01");
  }

  @Test
  void a_missing_priority_area_fails_naming_it_and_those_that_exist() {
    assertThatThrownBy(() -> assertThat(KGZ).hasPriorityArea("SP9"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting plan KGZ-2023-2027 to have priority area \"SP9\", but its priority areas"
                + " are [SP1]");
  }

  @Test
  void each_missing_code_fails_with_the_codes_that_exist() {
    assertThatThrownBy(() -> assertThat(KGZ).hasIndicator("X"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"X\"")
        .hasMessageContaining("[OC1.1-I1, OP1.1.1-I1]");
    assertThatThrownBy(() -> assertThat(KGZ).hasJointWorkPlan("JWP9"))
        .hasMessageContaining("joint work plans are [JWP-RG1-2023-2024]");
    assertThatThrownBy(() -> assertThat(KGZ).hasSubOutput("9"))
        .hasMessageContaining("sub-outputs are [1.1.1.01]");
    assertThatThrownBy(() -> assertThat(KGZ).hasCountry("KAZ"))
        .hasMessageContaining("countries are [KGZ]");
    assertThatThrownBy(() -> assertThat(KGZ).hasOutcome("OC9"))
        .hasMessageContaining("outcomes are [OC1.1]");
    assertThatThrownBy(() -> assertThat(KGZ).hasOutput("OP9"))
        .hasMessageContaining("outputs are [OP1.1.1]");
    assertThatThrownBy(() -> assertThat(KGZ).hasResultsGroup("RG9"))
        .hasMessageContaining("results groups are [RG1]");
    assertThatThrownBy(() -> assertThat(KGZ).hasCode("KAZ"))
        .hasMessageContaining("\"KAZ\"")
        .hasMessageContaining("KGZ-2023-2027");
    assertThatThrownBy(() -> assertThat(KGZ).hasCurrency("EUR"))
        .hasMessageContaining("\"EUR\", but was \"USD\"");
    assertThatThrownBy(() -> assertThat(KGZ).hasPriorityAreaCount(2))
        .hasMessageContaining("to have 2 priority areas, but has 1: [SP1]");
  }

  @Test
  void a_null_plan_fails() {
    assertThatThrownBy(() -> assertThat((CooperationFramework) null).hasPriorityArea("SP1"))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void indicator_navigates_to_an_indicator_assertion() {
    assertThat(KGZ).indicator("OP1.1.1-I1").hasBaselineValue(40).hasFinalTarget(60);
    assertThatThrownBy(() -> assertThat(KGZ).indicator("I9"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"I9\"");
  }
}
