package org.unsdcf.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Options, rule facts and reports are values: equal exactly when every attribute is. */
class ValidationValueSemanticsTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  @Test
  void should_compare_options_by_day_strictness_and_disabled_rules() {
    ValidationOptions options = ValidationOptions.of(AS_OF);
    ValidationOptions same =
        ValidationOptions.builder().asOf(AS_OF).strictness(Strictness.DRAFT).build();

    assertThat(options).isEqualTo(same).hasSameHashCodeAs(same).isEqualTo(options);
    assertThat(options.asOf()).isEqualTo(AS_OF);
    assertThat(options.strictness()).isEqualTo(Strictness.DRAFT);
    assertThat(options.disabledRules()).isEmpty();
    assertThat(options)
        .isNotEqualTo(ValidationOptions.of(AS_OF.plusDays(1)))
        .isNotEqualTo(
            ValidationOptions.builder().asOf(AS_OF).strictness(Strictness.PUBLISH).build())
        .isNotEqualTo(
            ValidationOptions.builder().asOf(AS_OF).disabledRules(Set.of("STR-002")).build())
        .isNotEqualTo(AS_OF)
        .isNotEqualTo(null);
    assertThat(options.toString())
        .isEqualTo("ValidationOptions{asOf=2024-06-30, strictness=DRAFT, disabledRules=[]}");
  }

  @Test
  void should_keep_the_disabled_rules_given() {
    ValidationOptions options =
        ValidationOptions.builder()
            .asOf(AS_OF)
            .disabledRules(Set.of("STR-007", "STR-002", "STR-003"))
            .build();

    assertThat(options.disabledRules()).containsExactly("STR-002", "STR-003", "STR-007");
    assertThat(options)
        .isEqualTo(
            ValidationOptions.builder()
                .asOf(AS_OF)
                .disabledRules(Set.of("STR-002", "STR-003", "STR-007"))
                .build());
  }

  @Test
  void should_compare_rule_facts_by_every_attribute() {
    RuleInfo info = RuleInfo.of("IND-001", Severity.WARNING, Severity.ERROR, "s", "b", "a", "b");
    RuleInfo same = RuleInfo.of("IND-001", Severity.WARNING, Severity.ERROR, "s", "a", "b");

    assertThat(info).isEqualTo(same).hasSameHashCodeAs(same).isEqualTo(info);
    assertThat(info.argumentKeys()).containsExactly("a", "b");
    assertThat(info.category()).isEqualTo(RuleCategory.INDICATORS);
    assertThat(RuleInfo.of("IND-001", Severity.INFO, "s").publishSeverity())
        .isEqualTo(Severity.INFO);
    assertThat(
            Arrays.asList(
                RuleInfo.of("IND-002", Severity.WARNING, Severity.ERROR, "s", "a", "b"),
                RuleInfo.of("STR-001", Severity.WARNING, Severity.ERROR, "s", "a", "b"),
                RuleInfo.of("IND-001", Severity.ERROR, Severity.ERROR, "s", "a", "b"),
                RuleInfo.of("IND-001", Severity.WARNING, Severity.WARNING, "s", "a", "b"),
                RuleInfo.of("IND-001", Severity.WARNING, Severity.ERROR, "t", "a", "b"),
                RuleInfo.of("IND-001", Severity.WARNING, Severity.ERROR, "s", "a"),
                "IND-001",
                null))
        .allSatisfy(other -> assertThat(info).isNotEqualTo(other));
    assertThat(info.hashCode())
        .isNotEqualTo(RuleInfo.of("IND-002", Severity.WARNING, Severity.ERROR, "s").hashCode());
  }

  @Test
  void should_compare_reports_by_framework_day_strictness_and_findings() {
    Finding finding =
        Finding.builder()
            .code("GOV-003")
            .severity(Severity.WARNING)
            .category(RuleCategory.GOVERNANCE)
            .path("")
            .message("m")
            .subject("S")
            .build();
    ValidationReport report = ValidationReport.of("F", AS_OF, Strictness.DRAFT, List.of(finding));
    ValidationReport same = ValidationReport.of("F", AS_OF, Strictness.DRAFT, List.of(finding));

    assertThat(report).isEqualTo(same).hasSameHashCodeAs(same).isEqualTo(report);
    assertThat(
            Arrays.asList(
                ValidationReport.of("G", AS_OF, Strictness.DRAFT, List.of(finding)),
                ValidationReport.of("F", AS_OF.plusDays(1), Strictness.DRAFT, List.of(finding)),
                ValidationReport.of("F", AS_OF, Strictness.PUBLISH, List.of(finding)),
                ValidationReport.of("F", AS_OF, Strictness.DRAFT, List.of()),
                "F",
                null))
        .allSatisfy(other -> assertThat(report).isNotEqualTo(other));
    assertThat(report.hashCode())
        .isNotEqualTo(ValidationReport.of("F", AS_OF, Strictness.DRAFT, List.of()).hashCode());
  }

  @Test
  void should_name_a_null_finding() {
    assertThatThrownBy(
            () -> ValidationReport.of("F", AS_OF, Strictness.DRAFT, Arrays.asList((Finding) null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("findings element");
  }
}
