package org.unsdcf.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding, ValidationReport, ValidationSummary and RuleInfo are immutable, null-hostile values. */
class ReportValuesTest {
  private static Finding.Builder finding() {
    return Finding.builder()
        .code("GOV-003")
        .severity(Severity.WARNING)
        .category(RuleCategory.GOVERNANCE)
        .path("")
        .message("m")
        .subject("S");
  }

  @Test
  void should_compare_findings_by_every_attribute() {
    Finding a = finding().putArgument("date", "2022-03-24").build();

    assertThat(a).isEqualTo(finding().putAllArguments(Map.of("date", "2022-03-24")).build());
    assertThat(a.hashCode())
        .isEqualTo(finding().putArgument("date", "2022-03-24").build().hashCode());
    assertThat(a).isNotEqualTo(finding().build());
    assertThat(a).isNotEqualTo(finding().putArgument("date", "2022-03-24").code("X").build());
    assertThat(a).isNotEqualTo(finding().putArgument("date", "2022-03-24").path("/a").build());
    assertThat(a)
        .isNotEqualTo(finding().putArgument("date", "2022-03-24").severity(Severity.INFO).build());
    assertThat(a)
        .isNotEqualTo(
            finding().putArgument("date", "2022-03-24").category(RuleCategory.DATES).build());
    assertThat(a).isNotEqualTo(finding().putArgument("date", "2022-03-24").message("n").build());
    assertThat(a).isNotEqualTo(finding().putArgument("date", "2022-03-24").subject("T").build());
    assertThat(a).isNotEqualTo("GOV-003");
    assertThat(a.toString()).isEqualTo("WARNING GOV-003 \"\" [S] m");
  }

  @Test
  void should_sort_arguments_by_key_and_keep_them_unmodifiable() {
    Finding f = finding().putArgument("b", "2").putArgument("a", "1").build();

    assertThat(f.arguments().keySet()).containsExactly("a", "b");
    assertThatThrownBy(() -> f.arguments().put("c", "3"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_name_a_missing_attribute_or_a_null() {
    assertThatThrownBy(() -> Finding.builder().code("X").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("severity");
    assertThatThrownBy(() -> finding().path(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("path");
    assertThatThrownBy(() -> finding().putArgument("k", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
  }

  @Test
  void should_summarise_and_copy_the_findings_of_a_report() {
    List<Finding> findings = new ArrayList<>();
    findings.add(finding().severity(Severity.ERROR).build());
    findings.add(finding().severity(Severity.INFO).path("/code").build());
    ValidationReport report =
        ValidationReport.of("F", LocalDate.of(2024, 6, 30), Strictness.PUBLISH, findings);
    findings.clear();

    assertThat(report.findings()).hasSize(2);
    assertThat(report.valid()).isFalse();
    assertThat(report.summary()).isEqualTo(ValidationSummary.of(report.findings()));
    assertThat(report.summary().toString()).isEqualTo("errors 1, warnings 0, info 1");
    assertThat(report.summary()).isNotEqualTo(ValidationSummary.of(List.of()));
    assertThat(report.toString())
        .endsWith("F: INVALID as of 2024-06-30, strictness PUBLISH, errors 1, warnings 0, info 1");
    assertThat(report)
        .isNotEqualTo(
            ValidationReport.of(
                "F", LocalDate.of(2024, 6, 30), Strictness.DRAFT, report.findings()));
    assertThatThrownBy(() -> report.findings().add(finding().build()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ValidationReport.of(null, LocalDate.MIN, Strictness.DRAFT, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("framework");
  }

  @Test
  void should_describe_rules_as_values() {
    RuleInfo rule = RuleCatalogue.rule("IND-001").orElseThrow();

    assertThat(rule).isEqualTo(RuleCatalogue.rules().get(RuleCatalogue.rules().indexOf(rule)));
    assertThat(rule).isNotEqualTo(RuleCatalogue.rule("IND-002").orElseThrow());
    assertThat(rule.hashCode()).isEqualTo(RuleCatalogue.rule("IND-001").orElseThrow().hashCode());
    assertThat(rule.severity(Strictness.DRAFT)).isEqualTo(Severity.WARNING);
    assertThat(rule.severity(Strictness.PUBLISH)).isEqualTo(Severity.ERROR);
    assertThat(rule.toString())
        .isEqualTo("IND-001 INDICATORS WARNING/ERROR non-qualitative indicator without baseline");
    assertThatThrownBy(() -> RuleCatalogue.rules().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
