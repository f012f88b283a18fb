package org.unsdcf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.core.validation.ValidationReport;

class EndorsementDateSlipTest {
  private static final CooperationFramework KGZ = KyrgyzstanFramework.build();

  private static List<Finding> gov003(ValidationReport report) {
    return report.findings().stream()
        .filter(f -> f.code().equals("GOV-003"))
        .collect(Collectors.toList());
  }

  @Test
  void should_move_only_the_2023_2024_endorsements() {
    CooperationFramework slipped = EndorsementDateSlip.slip(KGZ);

    for (int j = 0; j < KGZ.jointWorkPlans().size(); j++) {
      JointWorkPlan before = KGZ.jointWorkPlans().get(j);
      JointWorkPlan after = slipped.jointWorkPlans().get(j);
      if (before.period().equals(EndorsementDateSlip.PERIOD)) {
        assertThat(after.endorsement().orElseThrow().date()).isEqualTo(LocalDate.of(2022, 3, 24));
        assertThat(after.endorsement().get().withDate(before.endorsement().get().date()))
            .isEqualTo(before.endorsement().get());
      } else {
        assertThat(after).isEqualTo(before);
      }
    }
  }

  @Test
  void should_give_one_gov_003_warning_per_2023_2024_plan_and_no_error() {
    ValidationReport report = EndorsementDateSlip.validate(KGZ);

    assertThat(report.valid()).isTrue();
    assertThat(report.summary().error()).isZero();
    assertThat(gov003(report))
        .extracting(Finding::path)
        .containsExactly(
            "/jointWorkPlans/0/endorsement/date",
            "/jointWorkPlans/1/endorsement/date",
            "/jointWorkPlans/2/endorsement/date",
            "/jointWorkPlans/3/endorsement/date");
    assertThat(gov003(report))
        .allSatisfy(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.arguments()).containsEntry("date", "2022-03-24");
            });
    assertThat(gov003(report).get(0).toString())
        .isEqualTo(
            "WARNING GOV-003 /jointWorkPlans/0/endorsement/date [JWP-RG1-2023-2024] JWP"
                + " 'JWP-RG1-2023-2024' endorsed on 2022-03-24, but no ENDORSE_JWP decision on"
                + " that date names it");
    assertThat(report.findings()).extracting(Finding::code).doesNotContain("DAT-008");
  }

  @Test
  void should_add_a_dat_008_error_per_plan_if_the_framework_had_been_signed_first() {
    CooperationFramework signed = KGZ.withSignedOn(LocalDate.of(2022, 12, 1));

    ValidationReport report = EndorsementDateSlip.validate(signed);

    assertThat(report.valid()).isFalse();
    assertThat(report.findings())
        .filteredOn(f -> f.code().equals("DAT-008"))
        .extracting(Finding::path)
        .containsExactly(
            "/jointWorkPlans/0/endorsement/date",
            "/jointWorkPlans/1/endorsement/date",
            "/jointWorkPlans/2/endorsement/date",
            "/jointWorkPlans/3/endorsement/date");
  }

  @Test
  void should_render_a_heading_then_the_report_as_the_command_line_prints_it() {
    String text = EndorsementDateSlip.render(KGZ);

    assertThat(text)
        .startsWith("If the 2023-2024 joint work plans are recorded as endorsed on 2022-03-24:\n")
        .contains(
            "\nWARNING GOV-003 /jointWorkPlans/3/endorsement/date [JWP-RG4-2023-2024] JWP"
                + " 'JWP-RG4-2023-2024' endorsed on 2022-03-24, but no ENDORSE_JWP decision on"
                + " that date names it\n")
        .endsWith(
            "\nKGZ-2023-2027: VALID as of 2025-06-30, strictness DRAFT, errors 0, warnings 4,"
                + " info 2\n");
  }
}
