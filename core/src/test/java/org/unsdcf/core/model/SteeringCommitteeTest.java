package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SteeringCommitteeTest {
  final Decision decision =
      Decision.builder().date(LocalDate.of(2023, 3, 1)).kind(DecisionKind.REVIEW_PROGRESS).build();

  @Test
  void should_build_a_committee_with_decisions_in_order() {
    Decision later = decision.withDate(LocalDate.of(2024, 3, 1));
    SteeringCommittee jscc =
        SteeringCommittee.builder()
            .name("Joint Strategic Coordination Committee")
            .governmentCoChair("Minister of Economy and Commerce")
            .unCoChair("UN Resident Coordinator")
            .addDecisions(later, decision)
            .build();

    assertThat(jscc.decisions()).containsExactly(later, decision);
    assertThat(jscc.governmentCoChair()).contains("Minister of Economy and Commerce");
  }

  @Test
  void should_accept_repeated_decisions_since_decisions_are_not_a_set() {
    assertThat(
            SteeringCommittee.builder()
                .name("Steering Committee")
                .addDecisions(decision, decision)
                .build()
                .decisions())
        .hasSize(2);
  }

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> SteeringCommittee.builder().name(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> SteeringCommittee.builder().addDecision(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("decisions element");
    assertThatThrownBy(() -> SteeringCommittee.builder().unCoChair("RC").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
  }

  @Test
  void should_compare_structurally_and_check_copies() {
    SteeringCommittee sc = SteeringCommittee.builder().name("Steering Committee").build();

    assertThat(SteeringCommittee.builder().name("Steering Committee").build())
        .isEqualTo(sc)
        .hasSameHashCodeAs(sc);
    assertThat(sc.withUnCoChair("RC")).isNotEqualTo(sc);
    assertThat(sc.toString()).contains("Steering Committee");
    assertViolation(() -> sc.withName(" "), "SteeringCommittee", "name", " ", "must not be blank");
  }
}
