package org.unsdcf.testkit.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.rollup.Rollup;
import org.unsdcf.core.rollup.RollupOptions;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.Validator;
import org.unsdcf.testkit.SamplePlans;

/** The roll-up's own validation leaves out the rules its options disable. */
class RollupDisabledRulesTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  /** The worked example with a priority area that has no outcome: one STR-001 ERROR. */
  private static CooperationFramework withEmptyArea() {
    CooperationFramework kgz = SamplePlans.kyrgyzstan();
    PriorityArea empty = PriorityArea.builder().code("SP9").title("Empty").build();
    return kgz.withPriorityAreas(kgz.priorityAreas().get(0), empty);
  }

  @Test
  void should_validate_without_the_disabled_rules() {
    CooperationFramework plan = withEmptyArea();
    RollupReport all = Rollup.compute(plan, RollupOptions.builder().asOf(AS_OF).build());
    RollupReport without =
        Rollup.compute(
            plan, RollupOptions.builder().asOf(AS_OF).addDisabledRules("STR-001").build());

    assertThat(all.validation().valid()).isFalse();
    assertThat(all.validation().summary().error()).isEqualTo(1);
    assertThat(without.validation().valid()).isTrue();
    assertThat(without.validation().summary())
        .isEqualTo(
            Validator.standard()
                .validate(
                    plan,
                    ValidationOptions.builder()
                        .asOf(AS_OF)
                        .disabledRules(Set.of("STR-001"))
                        .build())
                .summary());
    assertThat(without.root()).isEqualTo(all.root());
  }

  @Test
  void should_disable_nothing_by_default() {
    assertThat(RollupOptions.builder().asOf(AS_OF).build().disabledRules()).isEmpty();
  }

  @Test
  void should_refuse_a_code_that_names_no_rule() {
    assertThatThrownBy(
            () -> RollupOptions.builder().asOf(AS_OF).disabledRules(List.of("STR-999")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("disabledRules: no rule has the code 'STR-999'");
  }
}
