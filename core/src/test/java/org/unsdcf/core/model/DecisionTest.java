package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DecisionTest {
  private static Decision.Builder decision() {
    return Decision.builder().date(LocalDate.of(2023, 3, 1)).kind(DecisionKind.ENDORSE_JWP);
  }

  @Test
  void should_build_a_decision_on_several_plans() {
    Decision d =
        decision()
            .addSubjects("JWP-RG1", "JWP-RG2")
            .summary("Endorsed the 2023-2024 joint work plans.")
            .reference(URI.create(UriRulesTest.KYRGYZ_JWPS))
            .build();

    assertThat(d.subjects()).containsExactly("JWP-RG1", "JWP-RG2");
    assertThat(d.summary()).isPresent();
  }

  @Test
  void should_reject_a_repeated_subject_at_the_later_element() {
    assertViolation(
        () -> decision().addSubjects("JWP-RG1", "JWP-RG2", "JWP-RG1").build(),
        "Decision",
        "subjects/2",
        "JWP-RG1",
        "must not repeat an element of the set");
  }

  @Test
  void should_reject_a_date_outside_the_model() {
    assertViolation(
        () -> decision().date(LocalDate.of(1944, 12, 31)).build(),
        "Decision",
        "date",
        "1944-12-31",
        "must be a date from 1945-01-01 to 2100-12-31");
  }

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> decision().addSubject(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("subjects element");
    assertThatThrownBy(() -> decision().kind(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind");
    assertThatThrownBy(() -> Decision.builder().date(LocalDate.of(2023, 3, 1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("kind");
  }

  @Test
  void should_compare_structurally_and_check_copies() {
    Decision d = decision().addSubject("JWP-RG1").build();

    assertThat(decision().addSubject("JWP-RG1").build()).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(d.withKind(DecisionKind.APPROVE_REVISION)).isNotEqualTo(d);
    assertThat(d.toString()).contains("JWP-RG1");
    assertViolation(
        () -> d.withSubjects("A", "A"),
        "Decision",
        "subjects/1",
        "A",
        "must not repeat an element of the set");
  }
}
