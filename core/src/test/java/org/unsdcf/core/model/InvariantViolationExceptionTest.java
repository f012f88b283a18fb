package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InvariantViolationExceptionTest {
  @Test
  void should_format_type_field_reason_and_value() {
    InvariantViolationException e =
        new InvariantViolationException(
            "ReportingPeriod", "end", "2023-11-30", "must not be before start 2023-12-01");

    assertThat(e)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ReportingPeriod.end: must not be before start 2023-12-01, but was '2023-11-30'");
    assertThat(e.type()).isEqualTo("ReportingPeriod");
    assertThat(e.field()).isEqualTo("end");
    assertThat(e.value()).isEqualTo("2023-11-30");
    assertThat(e.reason()).isEqualTo("must not be before start 2023-12-01");
  }

  @Test
  void should_keep_percent_signs_and_quotes_verbatim() {
    InvariantViolationException e =
        new InvariantViolationException("Indicator", "unit", "%'", "must be %");

    assertThat(e.getMessage()).isEqualTo("Indicator.unit: must be %, but was '%''");
  }

  @Test
  void should_reject_null_parts_naming_them() {
    assertThatThrownBy(() -> new InvariantViolationException(null, "f", "v", "r"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("type");
    assertThatThrownBy(() -> new InvariantViolationException("T", null, "v", "r"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("field");
    assertThatThrownBy(() -> new InvariantViolationException("T", "f", null, "r"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
    assertThatThrownBy(() -> new InvariantViolationException("T", "f", "v", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reason");
  }
}
