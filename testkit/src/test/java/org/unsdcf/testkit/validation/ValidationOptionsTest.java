package org.unsdcf.testkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.Strictness;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;

class ValidationOptionsTest {
  @Test
  void should_default_to_draft_with_every_rule() {
    ValidationOptions options = ValidationOptions.builder().asOf(KyrgyzParts.AS_OF).build();

    assertThat(options.strictness()).isEqualTo(Strictness.DRAFT);
    assertThat(options.disabledRules()).isEmpty();
    assertThat(options).isEqualTo(ValidationOptions.of(KyrgyzParts.AS_OF));
  }

  @Test
  void should_require_as_of() {
    assertThatThrownBy(() -> ValidationOptions.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("asOf");
  }

  @Test
  void should_reject_an_unknown_rule_code() {
    assertThatThrownBy(() -> ValidationOptions.builder().disabledRules(Set.of("GOV-003", "XYZ-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XYZ-1");
  }

  @Test
  void should_reject_nulls_naming_them() {
    assertThatThrownBy(() -> ValidationOptions.builder().asOf(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("asOf");
    assertThatThrownBy(() -> ValidationOptions.builder().strictness(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("strictness");
    assertThatThrownBy(
            () -> Validator.standard().validate(null, ValidationOptions.of(LocalDate.MIN)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("plan");
    assertThatThrownBy(() -> Validator.standard().validate(KyrgyzParts.plan(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("options");
  }

  @Test
  void should_leave_out_disabled_rules() {
    ValidationOptions options =
        ValidationOptions.builder()
            .asOf(KyrgyzParts.AS_OF)
            .disabledRules(Set.of("GOV-003"))
            .build();

    ValidationReport report =
        Validator.standard().validate(KyrgyzParts.endorsedOn(LocalDate.of(2022, 3, 24)), options);

    assertThat(report.findings()).isEmpty();
    assertThat(options.disabledRules()).containsExactly("GOV-003");
  }

  @Test
  void should_keep_other_rules_when_one_is_disabled() {
    ValidationOptions options =
        ValidationOptions.builder()
            .asOf(KyrgyzParts.AS_OF)
            .disabledRules(Set.of("DAT-008"))
            .build();

    ValidationReport report =
        Validator.standard().validate(KyrgyzParts.endorsedOn(LocalDate.of(2022, 3, 24)), options);

    assertThat(report.findings()).extracting(Finding::code).containsExactly("GOV-003");
  }
}
