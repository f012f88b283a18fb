package org.unsdcf.testkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.RuleCategory;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.core.validation.Strictness;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;

/** The worked example of design.md §4.2 and §8: no findings, then the IOM copy's date. */
class ValidatorKyrgyzTest {
  private static ValidationReport validate(CooperationFramework plan, Strictness strictness) {
    return Validator.standard()
        .validate(
            plan,
            ValidationOptions.builder().asOf(KyrgyzParts.AS_OF).strictness(strictness).build());
  }

  @ParameterizedTest
  @EnumSource(Strictness.class)
  void should_find_nothing_in_the_worked_example(Strictness strictness) {
    ValidationReport report = validate(KyrgyzParts.plan(), strictness);

    assertThat(report.findings()).isEmpty();
    assertThat(report.valid()).isTrue();
    assertThat(report.framework()).isEqualTo("KGZ-2023-2027");
    assertThat(report.asOf()).isEqualTo(KyrgyzParts.AS_OF);
    assertThat(report.strictness()).isEqualTo(strictness);
    assertThat(report.summary().error()).isZero();
    assertThat(report.summary().warning()).isZero();
    assertThat(report.summary().info()).isZero();
  }

  @Test
  void should_report_only_gov_003_for_the_iom_copys_endorsement_date() {
    ValidationReport report =
        validate(KyrgyzParts.endorsedOn(LocalDate.of(2022, 3, 24)), Strictness.DRAFT);

    assertThat(report.findings()).hasSize(1);
    Finding f = report.findings().get(0);
    assertThat(f.code()).isEqualTo("GOV-003");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.category()).isEqualTo(RuleCategory.GOVERNANCE);
    assertThat(f.path()).isEqualTo("/jointWorkPlans/0/endorsement/date");
    assertThat(f.subject()).isEqualTo("JWP-RG1-2023-2024");
    assertThat(f.message())
        .isEqualTo(
            "JWP 'JWP-RG1-2023-2024' endorsed on 2022-03-24, but no ENDORSE_JWP decision on"
                + " that date names it");
    assertThat(f.arguments()).isEqualTo(Map.of("date", "2022-03-24"));
    assertThat(f.toString())
        .isEqualTo(
            "WARNING GOV-003 /jointWorkPlans/0/endorsement/date [JWP-RG1-2023-2024] JWP"
                + " 'JWP-RG1-2023-2024' endorsed on 2022-03-24, but no ENDORSE_JWP decision on"
                + " that date names it");
    assertThat(report.valid()).isTrue();
    assertThat(report.toString())
        .endsWith(
            "KGZ-2023-2027: VALID as of 2024-06-30, strictness DRAFT, errors 0, warnings 1,"
                + " info 0");
  }

  @Test
  void should_also_report_dat_008_when_signed_after_the_endorsement() {
    ValidationReport report =
        validate(
            KyrgyzParts.endorsedOn(LocalDate.of(2022, 3, 24))
                .withSignedOn(LocalDate.of(2022, 5, 1)),
            Strictness.DRAFT);

    assertThat(report.findings())
        .extracting(Finding::code, Finding::path)
        .containsExactly(
            tuple("DAT-008", "/jointWorkPlans/0/endorsement/date"),
            tuple("GOV-003", "/jointWorkPlans/0/endorsement/date"));
    assertThat(report.valid()).isFalse();
  }
}
