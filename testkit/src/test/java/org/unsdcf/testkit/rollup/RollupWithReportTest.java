package org.unsdcf.testkit.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.rollup.Rollup;
import org.unsdcf.core.rollup.RollupOptions;
import org.unsdcf.core.validation.Strictness;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;
import org.unsdcf.testkit.SamplePlans;

/** The roll-up given a validation report equals the roll-up that validates, and trusts it. */
class RollupWithReportTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  private static CooperationFramework withEmptyArea() {
    CooperationFramework kgz = SamplePlans.kyrgyzstan();
    PriorityArea empty = PriorityArea.builder().code("SP9").title("Empty").build();
    return kgz.withPriorityAreas(kgz.priorityAreas().get(0), empty);
  }

  private static ValidationReport validate(CooperationFramework plan, RollupOptions options) {
    return Validator.standard()
        .validate(
            plan,
            ValidationOptions.builder()
                .asOf(options.asOf())
                .disabledRules(options.disabledRules())
                .build());
  }

  @Test
  void should_equal_compute_when_given_the_plans_validation() {
    List<CooperationFramework> plans = List.of(SamplePlans.kyrgyzstan(), withEmptyArea());
    List<RollupOptions> options =
        List.of(
            RollupOptions.builder().asOf(AS_OF).build(),
            RollupOptions.builder().asOf(AS_OF).addDisabledRules("STR-001").build());
    for (CooperationFramework plan : plans) {
      for (RollupOptions o : options) {
        assertThat(Rollup.compute(plan, o, validate(plan, o))).isEqualTo(Rollup.compute(plan, o));
      }
    }
  }

  /** Kyrgyzstan with its first JWP's sub-outputs listed twice: every sub-output code repeats. */
  private static CooperationFramework withRepeatedSubOutputs() {
    CooperationFramework kgz = SamplePlans.kyrgyzstan();
    JointWorkPlan jwp = kgz.jointWorkPlans().get(0);
    List<SubOutput> twice = new ArrayList<>(jwp.entries());
    twice.addAll(jwp.entries());
    List<JointWorkPlan> jwps = new ArrayList<>(kgz.jointWorkPlans());
    jwps.set(0, jwp.withEntries(twice));
    return kgz.withJointWorkPlans(jwps);
  }

  @ParameterizedTest(name = "STR-004 disabled: {0}")
  @ValueSource(booleans = {false, true})
  void should_leave_repeated_codes_out_whether_the_report_names_them_or_str_004_is_disabled(
      boolean disabled) {
    CooperationFramework plan = withRepeatedSubOutputs();
    RollupOptions.Builder builder = RollupOptions.builder().asOf(AS_OF);
    RollupOptions options =
        disabled ? builder.addDisabledRules("STR-004").build() : builder.build();
    ValidationReport report = validate(plan, options);

    assertThat(report.findings().stream().anyMatch(f -> f.code().equals("STR-004")))
        .isEqualTo(!disabled);
    assertThat(Rollup.compute(plan, options, report)).isEqualTo(Rollup.compute(plan, options));
    assertThat(Rollup.compute(plan, options, report).root().budget())
        .isEqualTo(Rollup.compute(SamplePlans.kyrgyzstan(), options).root().budget());
  }

  @Test
  void should_use_the_given_report_without_validating_again() {
    CooperationFramework plan = withEmptyArea();
    RollupOptions options = RollupOptions.builder().asOf(AS_OF).build();
    ValidationReport clean = ValidationReport.of(plan.code(), AS_OF, Strictness.DRAFT, List.of());

    assertThat(Rollup.compute(plan, options).validation().valid()).isFalse();
    assertThat(Rollup.compute(plan, options, clean).validation().valid()).isTrue();
  }

  @Test
  void should_reject_a_report_of_another_plan_day_or_strictness() {
    CooperationFramework plan = SamplePlans.kyrgyzstan();
    RollupOptions options = RollupOptions.builder().asOf(AS_OF).build();

    assertThatThrownBy(
            () ->
                Rollup.compute(
                    plan,
                    options,
                    ValidationReport.of("OTHER", AS_OF, Strictness.DRAFT, List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "report.framework: must be the plan's code '" + plan.code() + "', but was 'OTHER'");
    assertThatThrownBy(
            () ->
                Rollup.compute(
                    plan,
                    options,
                    ValidationReport.of(
                        plan.code(), AS_OF.plusDays(1), Strictness.DRAFT, List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "report.asOf: must be options.asOf '"
                + AS_OF
                + "', but was '"
                + AS_OF.plusDays(1)
                + "'");
    assertThatThrownBy(
            () ->
                Rollup.compute(
                    plan,
                    options,
                    ValidationReport.of(plan.code(), AS_OF, Strictness.values()[1], List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("report.strictness: must be DRAFT, but was '" + Strictness.values()[1] + "'");
    assertThatThrownBy(() -> Rollup.compute(plan, options, null))
        .isInstanceOf(NullPointerException.class);
  }
}
