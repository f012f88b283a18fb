package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagTest {
  static final String SDG_TARGET_REASON = "must be an SDG target code such as 5.2";
  static final String SDG_INDICATOR_REASON = "must be an SDG indicator code such as 5.2.1";

  @Test
  void should_build_a_gcm_tag() {
    Tag tag = Tag.of(Tag.GCM_OBJECTIVE, "3");

    assertThat(tag.vocabulary()).isEqualTo("GCM_OBJECTIVE");
    assertThat(tag.code()).isEqualTo("3");
    assertThat(Tag.builder().vocabulary("GCM_OBJECTIVE").code("3").build()).isEqualTo(tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "NATIONAL_PRIORITY", "NDS_2026", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"})
  void should_accept_vocabularies_of_capitals_digits_and_underscores(String vocabulary) {
    assertThat(Tag.of(vocabulary, "x").vocabulary()).isEqualTo(vocabulary);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "national",
        "National",
        "1NDS",
        "_NDS",
        "NDS-2026",
        "NDS 2026",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"
      })
  void should_reject_other_vocabularies(String vocabulary) {
    assertViolation(
        () -> Tag.of(vocabulary, "x"),
        "Tag",
        "vocabulary",
        vocabulary,
        "must be upper-case letters, digits and _");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.1", "5.2", "9.99", "10.1", "17.19", "17.a", "1.b"})
  void should_accept_well_formed_sdg_target_codes(String code) {
    assertThat(Tag.of(Tag.SDG_TARGET, code).code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"5", "0.1", "18.1", "5.0", "5.01", "5.100", "5.A", "05.2", "5.2.1", "5.ab", "5."})
  void should_reject_malformed_sdg_target_codes(String code) {
    assertViolation(() -> Tag.of(Tag.SDG_TARGET, code), "Tag", "code", code, SDG_TARGET_REASON);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.1.1", "5.2.1", "17.19.2", "1.a.1", "3.b.10", "8.10.99"})
  void should_accept_well_formed_sdg_indicator_codes(String code) {
    assertThat(Tag.of(Tag.SDG_INDICATOR, code).code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"5.2", "5.2.0", "5.2.01", "5.2.100", "18.1.1", "0.1.1", "5.2.1.1", "5.2.a"})
  void should_reject_malformed_sdg_indicator_codes(String code) {
    assertViolation(
        () -> Tag.of(Tag.SDG_INDICATOR, code), "Tag", "code", code, SDG_INDICATOR_REASON);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "9", "10", "23", "99"})
  void should_accept_gcm_objective_numbers(String code) {
    assertThat(Tag.of(Tag.GCM_OBJECTIVE, code).code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "01", "100", "a", "3a", "3.1"})
  void should_reject_malformed_gcm_objective_numbers(String code) {
    assertViolation(
        () -> Tag.of(Tag.GCM_OBJECTIVE, code),
        "Tag",
        "code",
        code,
        "must be a GCM objective number");
  }

  @Test
  void should_not_check_codes_of_other_vocabularies_beyond_the_code_rule() {
    assertThat(Tag.of("NATIONAL_PRIORITY", "NDS-2026/3.1:a").code()).isEqualTo("NDS-2026/3.1:a");
    assertThat(Tag.of("SDG_GOAL", "18").code()).isEqualTo("18");
  }

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> Tag.of(null, "3"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("vocabulary");
    assertThatThrownBy(() -> Tag.of(Tag.GCM_OBJECTIVE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("code");
    assertThatThrownBy(() -> Tag.builder().vocabulary(Tag.GCM_OBJECTIVE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("code");
  }

  @Test
  void should_compare_structurally_and_check_copies() {
    Tag tag = Tag.of(Tag.GCM_OBJECTIVE, "3");

    assertThat(Tag.of(Tag.GCM_OBJECTIVE, "3")).isEqualTo(tag).hasSameHashCodeAs(tag);
    assertThat(tag.withCode("4")).isNotEqualTo(tag).isEqualTo(Tag.of(Tag.GCM_OBJECTIVE, "4"));
    assertThat(tag.withVocabulary("NDS")).isNotEqualTo(tag);
    assertThat(tag.toString()).contains("GCM_OBJECTIVE", "3");
    assertViolation(() -> tag.withCode("0"), "Tag", "code", "0", "must be a GCM objective number");
    assertViolation(
        () -> tag.withVocabulary(Tag.SDG_TARGET), "Tag", "code", "3", SDG_TARGET_REASON);
  }
}
