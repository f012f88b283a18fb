package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutcomeTest {
  private static Outcome.Builder outcome() {
    return Outcome.builder().code("OC1").title("Health and social protection");
  }

  @Test
  void should_build_with_indicators_and_outputs_in_order() {
    Output ou = Output.builder().code("OU1.1").title("Clinics").build();
    Outcome oc = outcome().addIndicator(Fixtures.countIndicator().build()).addOutput(ou).build();

    assertThat(oc.outputs()).containsExactly(ou);
    assertThat(oc.indicators()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "3.1.1", "18.1", "3.0", "3.A"})
  void should_reject_a_malformed_sdg_target(String target) {
    assertViolation(
        () -> outcome().addSdgTargets("3.8", target).build(),
        "Outcome",
        "sdgTargets/1",
        target,
        "must be an SDG target code such as 5.2");
  }

  @Test
  void should_reject_a_repeated_sdg_target() {
    assertViolation(
        () -> outcome().addSdgTargets("3.8", "1.3", "3.8").build(),
        "Outcome",
        "sdgTargets/2",
        "3.8",
        "must not repeat an element of the set");
  }

  @Test
  void should_reject_sdg_vocabularies_in_tags() {
    assertViolation(
        () -> outcome().addTag(Tag.of(Tag.SDG_TARGET, "3.8")).build(),
        "Outcome",
        "tags/0",
        "SDG_TARGET",
        "must not use an SDG vocabulary: SDG targets and indicators have their own fields");
  }

  @Test
  void should_align_with_its_sdg_targets_then_its_tags() {
    Tag gcm = Tag.of(Tag.GCM_OBJECTIVE, "15");
    Tag nds = Tag.of("NDS", "2");

    assertThat(outcome().addSdgTargets("3.8", "1.3").addTags(gcm, nds).build().alignment())
        .containsExactly(Tag.of(Tag.SDG_TARGET, "3.8"), Tag.of(Tag.SDG_TARGET, "1.3"), gcm, nds);
    assertThat(outcome().build().alignment()).isEmpty();
  }

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> outcome().addSdgTarget(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("sdgTargets element");
    assertThatThrownBy(() -> Outcome.builder().title("t").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("code");
  }

  @Test
  void should_compare_structurally_and_check_copies() {
    Outcome oc = outcome().addSdgTarget("3.8").build();

    assertThat(outcome().addSdgTarget("3.8").build()).isEqualTo(oc).hasSameHashCodeAs(oc);
    assertThat(oc.withSdgTargets("3.8", "1.3")).isNotEqualTo(oc);
    assertThat(oc.toString()).contains("OC1");
    assertViolation(
        () -> oc.withSdgTargets("3.8", "3.8"),
        "Outcome",
        "sdgTargets/1",
        "3.8",
        "must not repeat an element of the set");
  }
}
