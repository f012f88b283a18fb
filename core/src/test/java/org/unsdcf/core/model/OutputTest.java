package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import org.junit.jupiter.api.Test;

class OutputTest {
  private static Output.Builder output() {
    return Output.builder().code("OU1.1").title("Primary health care strengthened");
  }

  @Test
  void should_build_with_contributing_entities_in_order() {
    assertThat(output().addContributingEntities("WHO", "UNICEF").build().contributingEntities())
        .containsExactly("WHO", "UNICEF");
  }

  @Test
  void should_reject_a_repeated_contributing_entity() {
    assertViolation(
        () -> output().addContributingEntities("WHO", "UNICEF", "WHO").build(),
        "Output",
        "contributingEntities/2",
        "WHO",
        "must not repeat an element of the set");
  }

  @Test
  void should_reject_malformed_sdg_targets_and_sdg_tags() {
    assertViolation(
        () -> output().addSdgTarget("3.8.1").build(),
        "Output",
        "sdgTargets/0",
        "3.8.1",
        "must be an SDG target code such as 5.2");
    assertViolation(
        () -> output().addTag(Tag.of(Tag.SDG_INDICATOR, "3.8.1")).build(),
        "Output",
        "tags/0",
        "SDG_INDICATOR",
        "must not use an SDG vocabulary: SDG targets and indicators have their own fields");
  }

  @Test
  void should_align_with_its_sdg_targets_then_its_tags() {
    Tag gcm = Tag.of(Tag.GCM_OBJECTIVE, "15");

    assertThat(output().addTag(gcm).addSdgTarget("3.8").build().alignment())
        .containsExactly(Tag.of(Tag.SDG_TARGET, "3.8"), gcm);
  }

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> output().addContributingEntity(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("contributingEntities element");
    assertThatThrownBy(() -> Output.builder().code("OU1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("title");
  }

  @Test
  void should_compare_structurally_and_check_copies() {
    Output ou = output().build();

    assertThat(output().build()).isEqualTo(ou).hasSameHashCodeAs(ou);
    assertThat(ou.withIndicators(Fixtures.countIndicator().build())).isNotEqualTo(ou);
    assertThat(ou.toString()).contains("OU1.1");
    assertViolation(
        () -> ou.withContributingEntities("WHO", "WHO"),
        "Output",
        "contributingEntities/1",
        "WHO",
        "must not repeat an element of the set");
  }
}
