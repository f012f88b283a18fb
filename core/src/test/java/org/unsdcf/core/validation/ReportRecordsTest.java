package org.unsdcf.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.InvariantViolationException;

/** The public canonical constructors that {@link Finding} and {@link ValidationSummary} gained. */
class ReportRecordsTest {
  private static final Map<String, String> ARGUMENTS = Map.of("b", "2", "a", "1");

  private static Finding finding(Map<String, String> arguments) {
    return new Finding(
        "GOV-003", Severity.WARNING, RuleCategory.GOVERNANCE, "", "m", "S", arguments);
  }

  @Test
  void should_make_the_finding_the_builder_makes() {
    Finding built =
        Finding.builder()
            .code("GOV-003")
            .severity(Severity.WARNING)
            .category(RuleCategory.GOVERNANCE)
            .path("")
            .message("m")
            .subject("S")
            .putAllArguments(ARGUMENTS)
            .build();

    assertThat(finding(ARGUMENTS)).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(finding(ARGUMENTS).toString()).isEqualTo("WARNING GOV-003 \"\" [S] m");
  }

  @Test
  void should_copy_and_sort_the_arguments_and_keep_them_unmodifiable() {
    Map<String, String> arguments = new HashMap<>(ARGUMENTS);
    Finding f = finding(arguments);
    arguments.put("c", "3");

    assertThat(f.arguments().keySet()).containsExactly("a", "b");
    assertThatThrownBy(() -> f.arguments().put("c", "3"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_reject_a_null_component_naming_it() {
    assertThatThrownBy(() -> new Finding("X", null, RuleCategory.DATES, "", "m", "S", Map.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("severity");
    assertThatThrownBy(
            () -> new Finding("X", Severity.INFO, RuleCategory.DATES, "", "m", null, Map.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("subject");
    assertThatThrownBy(() -> finding(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("arguments");
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("k", null);
    assertThatThrownBy(() -> finding(nullValue))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("arguments value");
  }

  @Test
  void should_count_as_of_does_and_reject_negative_counts() {
    Finding error =
        new Finding("GOV-003", Severity.ERROR, RuleCategory.GOVERNANCE, "", "m", "S", Map.of());

    assertThat(new ValidationSummary(1, 0, 0))
        .isEqualTo(ValidationSummary.of(List.of(error)))
        .hasSameHashCodeAs(ValidationSummary.of(List.of(error)));
    assertThat(new ValidationSummary(0, 2, 3).toString()).isEqualTo("errors 0, warnings 2, info 3");
    assertThatThrownBy(() -> new ValidationSummary(-1, 0, 0))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("ValidationSummary.error: must not be negative, but was '-1'");
    assertThatThrownBy(() -> new ValidationSummary(0, -2, 0))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("ValidationSummary.warning: must not be negative, but was '-2'");
    assertThatThrownBy(() -> new ValidationSummary(0, 0, -3))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("ValidationSummary.info: must not be negative, but was '-3'");
  }
}
