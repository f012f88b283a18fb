package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkerNarrativeTest {
  @Test
  void should_keep_marker_and_text() {
    MarkerNarrative n =
        MarkerNarrative.of(MarkerKind.GENDER_EQUALITY, "Targets women.\nAnd girls.");

    assertThat(n.marker()).isEqualTo(MarkerKind.GENDER_EQUALITY);
    assertThat(n.text()).isEqualTo("Targets women.\nAnd girls.");
    assertThat(MarkerNarrative.builder().marker(MarkerKind.GENDER_EQUALITY).text(n.text()).build())
        .isEqualTo(n)
        .hasSameHashCodeAs(n);
    assertThat(n.withMarker(MarkerKind.HUMANITARIAN)).isNotEqualTo(n);
  }

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> MarkerNarrative.of(null, "t"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("marker");
    assertThatThrownBy(() -> MarkerNarrative.of(MarkerKind.HUMAN_RIGHTS, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> MarkerNarrative.builder().marker(MarkerKind.HUMAN_RIGHTS).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("text");
  }

  @Test
  void should_check_copies() {
    Fixtures.assertViolation(
        () -> MarkerNarrative.of(MarkerKind.SUSTAINING_PEACE, "Dialogue").withText(" "),
        "MarkerNarrative",
        "text",
        " ",
        "must not be blank");
  }
}
