package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import org.junit.jupiter.api.Test;

class PriorityAreaTest {
  private static PriorityArea.Builder area() {
    return PriorityArea.builder().code("SP1").title("People-centred development");
  }

  @Test
  void should_build_with_outcomes_in_order() {
    Outcome a = Outcome.builder().code("OC1").title("Health").build();
    Outcome b = Outcome.builder().code("OC2").title("Education").build();

    assertThat(area().addOutcomes(b, a).build().outcomes()).containsExactly(b, a);
  }

  @Test
  void should_accept_outcomes_with_duplicate_codes() {
    // Duplicate codes are STR-004, a validator rule, never an invariant (design.md §11).
    Outcome a = Outcome.builder().code("OC1").title("Health").build();

    assertThat(area().addOutcomes(a, a.withTitle("Other")).build().outcomes()).hasSize(2);
  }

  @Test
  void should_reject_sdg_vocabularies_and_repeats_in_tags() {
    Tag nds = Tag.of("NDS", "1");

    assertViolation(
        () -> area().addTags(nds, Tag.of(Tag.SDG_INDICATOR, "3.1.1")).build(),
        "PriorityArea",
        "tags/1",
        "SDG_INDICATOR",
        "must not use an SDG vocabulary: SDG targets and indicators have their own fields");
    assertViolation(
        () -> area().addTags(nds, nds).build(),
        "PriorityArea",
        "tags/1",
        nds.toString(),
        "must not repeat an element of the set");
  }

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> area().addOutcome(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("outcomes element");
    assertThatThrownBy(() -> area().description((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("description");
    assertThatThrownBy(() -> PriorityArea.builder().code("SP1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("title");
  }

  @Test
  void should_compare_structurally_and_check_copies() {
    PriorityArea pa = area().build();

    assertThat(area().build()).isEqualTo(pa).hasSameHashCodeAs(pa);
    assertThat(pa.withDescription("Text")).isNotEqualTo(pa);
    assertThat(pa.toString()).contains("SP1");
    assertViolation(
        () -> pa.withTags(Tag.of(Tag.SDG_TARGET, "3.1")),
        "PriorityArea",
        "tags/0",
        "SDG_TARGET",
        "must not use an SDG vocabulary: SDG targets and indicators have their own fields");
  }
}
