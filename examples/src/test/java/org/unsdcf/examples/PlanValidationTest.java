package org.unsdcf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.core.validation.ValidationReport;

class PlanValidationTest {
  @Test
  void should_find_both_frameworks_valid_with_no_warning_as_of_mid_2025() {
    ValidationReport kgz =
        PlanValidation.validate(KyrgyzstanFramework.build(), PlanValidation.AS_OF);
    ValidationReport kaz =
        PlanValidation.validate(KazakhstanFramework.build(), PlanValidation.AS_OF);

    assertThat(kaz.findings()).isEmpty();
    assertThat(kgz.valid()).isTrue();
    // Only IND-009 notes: the annual output indicator OP1.1.1-I1 has a 2020 baseline, and no
    // measurement ends in 2021 or 2022 (design.md §11 counts the years from the baseline year).
    assertThat(kgz.findings())
        .allSatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("IND-009");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
            });
    assertThat(kgz.findings())
        .extracting(f -> f.arguments().get("year"))
        .containsExactly("2021", "2022");
  }

  @Test
  void should_render_each_report_as_the_command_line_prints_it() {
    String text = PlanValidation.step(KyrgyzstanFramework.build(), KazakhstanFramework.build());

    assertThat(text)
        .startsWith("Validation as of 2025-06-30\n")
        .contains(
            "INFO IND-009 /priorityAreas/0/outcomes/0/outputs/0/indicators/0/measurements"
                + " [OP1.1.1-I1] annual indicator 'OP1.1.1-I1' has no measurement ending in 2021\n")
        .contains(
            "KGZ-2023-2027: VALID as of 2025-06-30, strictness DRAFT, errors 0, warnings 0,"
                + " info 2\n")
        .contains(
            "KAZ-2021-2025: VALID as of 2025-06-30, strictness DRAFT, errors 0, warnings 0,"
                + " info 0\n")
        .contains("If the 2023-2024 joint work plans are recorded as endorsed on 2022-03-24:\n");
  }
}
