package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.jointWorkPlan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The JWP lifecycle of design.md §3.2 and §11: {@code allowedNext} and {@code transitionTo}. */
class JwpLifecycleTest {
  static final Endorsement ENDORSEMENT = Endorsement.of(LocalDate.of(2023, 3, 1));
  static final Endorsement LATER = Endorsement.of(LocalDate.of(2023, 4, 1));

  @Test
  void should_allow_exactly_the_moves_of_design_section_3_2() {
    assertThat(JwpStatus.DRAFT.allowedNext())
        .containsExactlyInAnyOrder(JwpStatus.IN_CONSULTATION, JwpStatus.ENDORSED);
    assertThat(JwpStatus.IN_CONSULTATION.allowedNext())
        .containsExactlyInAnyOrder(JwpStatus.DRAFT, JwpStatus.ENDORSED);
    assertThat(JwpStatus.ENDORSED.allowedNext()).containsExactly(JwpStatus.CLOSED);
    assertThat(JwpStatus.CLOSED.allowedNext()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(JwpStatus.class)
  void should_not_let_the_allowed_moves_be_modified(JwpStatus status) {
    assertThatThrownBy(() -> status.allowedNext().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_count_only_endorsed_and_closed_as_endorsed() {
    assertThat(EnumSet.allOf(JwpStatus.class))
        .filteredOn(JwpStatus::isEndorsed)
        .containsExactlyInAnyOrder(JwpStatus.ENDORSED, JwpStatus.CLOSED);
  }

  static Stream<Arguments> allowedMoves() {
    List<Arguments> moves = new ArrayList<>();
    for (JwpStatus from : JwpStatus.values()) {
      for (JwpStatus to : from.allowedNext()) {
        moves.add(Arguments.of(from, to));
      }
    }
    return moves.stream();
  }

  static Stream<Arguments> disallowedMoves() {
    List<Arguments> moves = new ArrayList<>();
    for (JwpStatus from : JwpStatus.values()) {
      for (JwpStatus to : JwpStatus.values()) {
        if (!from.allowedNext().contains(to)) {
          moves.add(Arguments.of(from, to));
        }
      }
    }
    return moves.stream();
  }

  @Test
  void should_have_five_allowed_and_eleven_disallowed_moves() {
    assertThat(allowedMoves()).hasSize(5);
    assertThat(disallowedMoves()).hasSize(11);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("allowedMoves")
  void should_make_every_allowed_move(JwpStatus from, JwpStatus to) {
    JointWorkPlan jwp = jointWorkPlan("JWP1", from);
    Optional<Endorsement> given = to == JwpStatus.ENDORSED ? Optional.of(LATER) : Optional.empty();

    JointWorkPlan moved = jwp.transitionTo(to, given);

    assertThat(moved.status()).isEqualTo(to);
    assertThat(moved.code()).isEqualTo(jwp.code());
    assertThat(moved.version()).isEqualTo(jwp.version());
    assertThat(
            JointWorkPlan.builder().from(moved).status(from).endorsement(jwp.endorsement()).build())
        .isEqualTo(jwp);
    if (to == JwpStatus.ENDORSED) {
      assertThat(moved.endorsement()).contains(LATER);
    } else if (to == JwpStatus.CLOSED) {
      assertThat(moved.endorsement()).isEqualTo(jwp.endorsement()).contains(ENDORSEMENT);
    } else {
      assertThat(moved.endorsement()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("disallowedMoves")
  void should_refuse_every_disallowed_move_naming_both_states(JwpStatus from, JwpStatus to) {
    JointWorkPlan jwp = jointWorkPlan("JWP1", from);
    Optional<Endorsement> given = to == JwpStatus.ENDORSED ? Optional.of(LATER) : Optional.empty();

    assertThatThrownBy(() -> jwp.transitionTo(to, given))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContainingAll("JWP1", "from " + from, "to " + to);
  }

  @ParameterizedTest
  @EnumSource(
      value = JwpStatus.class,
      names = {"DRAFT", "IN_CONSULTATION"})
  void should_refuse_to_endorse_without_an_endorsement(JwpStatus from) {
    JointWorkPlan jwp = jointWorkPlan("JWP1", from);

    assertThatThrownBy(() -> jwp.transitionTo(JwpStatus.ENDORSED, Optional.empty()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ENDORSED");
  }

  static Stream<Arguments> allowedMovesNotToEndorsed() {
    return allowedMoves().filter(a -> a.get()[1] != JwpStatus.ENDORSED);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("allowedMovesNotToEndorsed")
  void should_refuse_an_endorsement_on_any_other_move(JwpStatus from, JwpStatus to) {
    JointWorkPlan jwp = jointWorkPlan("JWP1", from);

    assertThatThrownBy(() -> jwp.transitionTo(to, Optional.of(LATER)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(to.name());
  }

  @Test
  void should_keep_the_endorsement_when_closing() {
    JointWorkPlan endorsed = jointWorkPlan("JWP1", JwpStatus.ENDORSED);

    JointWorkPlan closed = endorsed.transitionTo(JwpStatus.CLOSED, Optional.empty());

    assertThat(closed.endorsement()).isEqualTo(endorsed.endorsement());
  }

  @Test
  void should_walk_a_plan_through_its_whole_life() {
    JointWorkPlan jwp =
        jointWorkPlan("JWP1", JwpStatus.DRAFT)
            .transitionTo(JwpStatus.IN_CONSULTATION, Optional.empty())
            .transitionTo(JwpStatus.DRAFT, Optional.empty())
            .transitionTo(JwpStatus.IN_CONSULTATION, Optional.empty())
            .transitionTo(JwpStatus.ENDORSED, Optional.of(ENDORSEMENT));

    JointWorkPlan revision = jwp.revise("JWP1-R1");
    JointWorkPlan closed = jwp.transitionTo(JwpStatus.CLOSED, Optional.empty());

    assertThat(revision.transitionTo(JwpStatus.ENDORSED, Optional.of(LATER)).version())
        .isEqualTo(2);
    assertThat(closed.status()).isEqualTo(JwpStatus.CLOSED);
    assertThat(closed.endorsement()).contains(ENDORSEMENT);
  }

  @Test
  void should_reject_null_arguments_naming_them() {
    JointWorkPlan jwp = jointWorkPlan("JWP1", JwpStatus.DRAFT);

    assertThatThrownBy(() -> jwp.transitionTo(null, Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("next");
    assertThatThrownBy(() -> jwp.transitionTo(JwpStatus.IN_CONSULTATION, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("endorsement");
  }
}
