package org.unsdcf.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.testkit.UnsdcfAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;

class ReportAssertTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  private static final String DATE = "/jointWorkPlans/0/endorsement/date";

  private static ValidationReport validate(CooperationFramework plan) {
    return Validator.standard().validate(plan, ValidationOptions.of(AS_OF));
  }

  /** §4.2 with the JWP endorsed on 2022-03-24, as one copy of the press release has it. */
  private static ValidationReport slipped() {
    CooperationFramework plan = SamplePlans.kyrgyzstan();
    JointWorkPlan jwp =
        plan.jointWorkPlans().get(0).withEndorsement(Endorsement.of(LocalDate.of(2022, 3, 24)));
    return validate(plan.withJointWorkPlans(List.of(jwp)));
  }

  /** §4.2 with a JWP period reaching past the framework: an ERROR (DAT-001). */
  private static ValidationReport invalid() {
    CooperationFramework plan = SamplePlans.kyrgyzstan();
    JointWorkPlan jwp =
        plan.jointWorkPlans().get(0).withPeriod(org.unsdcf.core.model.YearRange.of(2023, 2028));
    return validate(plan.withJointWorkPlans(List.of(jwp)));
  }

  @Test
  void the_worked_example_has_no_findings() {
    assertThat(validate(SamplePlans.kyrgyzstan()))
        .isValid()
        .hasNoErrors()
        .hasNoFindings()
        .hasNoFinding("GOV-003");
  }

  @Test
  void the_endorsement_slip_is_one_gov_003_warning() {
    assertThat(slipped())
        .isValid()
        .hasNoErrors()
        .hasNoFinding("DAT-008")
        .hasOnlyFinding("GOV-003")
        .at(DATE)
        .withSeverity(Severity.WARNING)
        .withArgument("date", "2022-03-24")
        .withSubject("JWP-RG1-2023-2024");
    assertThat(slipped()).hasFinding("GOV-003").at(DATE);
  }

  @Test
  void an_error_makes_the_report_not_valid() {
    assertThat(invalid()).isNotValid().hasFinding("DAT-001").at("/jointWorkPlans/0/period");
  }

  @Test
  void a_missing_finding_fails_listing_the_findings_present() {
    assertThatThrownBy(() -> assertThat(slipped()).hasFinding("DAT-008"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting report of KGZ-2023-2027 to have a finding DAT-008, but its findings are"
                + " [GOV-003 /jointWorkPlans/0/endorsement/date]");
    assertThatThrownBy(() -> assertThat(validate(SamplePlans.kyrgyzstan())).hasFinding("GOV-003"))
        .hasMessage(
            "Expecting report of KGZ-2023-2027 to have a finding GOV-003, but its findings are []");
  }

  @Test
  void a_finding_elsewhere_fails_listing_where_the_findings_of_that_code_are() {
    assertThatThrownBy(() -> assertThat(slipped()).hasFinding("GOV-003").at("/jointWorkPlans/1"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting report of KGZ-2023-2027 to have a finding GOV-003 at /jointWorkPlans/1, but"
                + " the findings GOV-003 are [GOV-003 /jointWorkPlans/0/endorsement/date WARNING"
                + " [JWP-RG1-2023-2024] {date=2022-03-24}]");
  }

  @Test
  void a_wrong_severity_argument_or_subject_fails_naming_what_was_asked() {
    assertThatThrownBy(
            () -> assertThat(slipped()).hasFinding("GOV-003").at(DATE).withSeverity(Severity.ERROR))
        .hasMessage(
            "Expecting report of KGZ-2023-2027 to have a finding GOV-003 at "
                + DATE
                + " with severity ERROR, but the findings GOV-003 at "
                + DATE
                + " are [GOV-003 "
                + DATE
                + " WARNING [JWP-RG1-2023-2024] {date=2022-03-24}]");
    assertThatThrownBy(
            () -> assertThat(slipped()).hasFinding("GOV-003").withArgument("date", "2023-03-24"))
        .hasMessageStartingWith(
            "Expecting report of KGZ-2023-2027 to have a finding GOV-003 with argument"
                + " date=2023-03-24, but the findings GOV-003 are [");
    assertThatThrownBy(() -> assertThat(slipped()).hasFinding("GOV-003").withSubject("SP1"))
        .hasMessageStartingWith(
            "Expecting report of KGZ-2023-2027 to have a finding GOV-003 with subject SP1, but");
  }

  @Test
  void validity_assertions_fail_listing_the_findings() {
    assertThatThrownBy(() -> assertThat(slipped()).isNotValid())
        .hasMessage(
            "Expecting report of KGZ-2023-2027 not to be valid, but it has no ERROR finding; its"
                + " findings are [GOV-003 /jointWorkPlans/0/endorsement/date]");
    assertThatThrownBy(() -> assertThat(invalid()).isValid())
        .hasMessage(
            "Expecting report of KGZ-2023-2027 to be valid, but it has ERROR findings [DAT-001"
                + " /jointWorkPlans/0/period]");
    assertThatThrownBy(() -> assertThat(invalid()).hasNoErrors())
        .hasMessageContaining("[DAT-001 /jointWorkPlans/0/period]");
    assertThatThrownBy(() -> assertThat(slipped()).hasNoFindings())
        .hasMessage(
            "Expecting report of KGZ-2023-2027 to have no findings, but its findings are [GOV-003"
                + " /jointWorkPlans/0/endorsement/date]");
  }

  @Test
  void only_and_no_finding_fail_listing_the_findings() {
    assertThatThrownBy(() -> assertThat(slipped()).hasNoFinding("GOV-003"))
        .hasMessage(
            "Expecting report of KGZ-2023-2027 to have no finding GOV-003, but it has [GOV-003"
                + " /jointWorkPlans/0/endorsement/date]");
    assertThatThrownBy(() -> assertThat(slipped()).hasOnlyFinding("DAT-008"))
        .hasMessage(
            "Expecting report of KGZ-2023-2027 to have only findings DAT-008, but its findings are"
                + " [GOV-003 /jointWorkPlans/0/endorsement/date]");
  }

  @Test
  void a_null_report_fails() {
    assertThatThrownBy(() -> assertThat((ValidationReport) null).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }
}
