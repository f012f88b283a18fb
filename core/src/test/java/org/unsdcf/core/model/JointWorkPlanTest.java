package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;
import static org.unsdcf.core.model.Fixtures.jointWorkPlan;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class JointWorkPlanTest {
  static final Endorsement ENDORSEMENT = Endorsement.of(LocalDate.of(2023, 3, 1));

  private static JointWorkPlan.Builder draft() {
    return JointWorkPlan.builder()
        .code("JWP-RG1-2023")
        .title("Results Group 1 joint work plan")
        .period(YearRange.of(2023, 2024))
        .status(JwpStatus.DRAFT)
        .version(1);
  }

  @Test
  void should_build_a_minimal_draft() {
    JointWorkPlan jwp = draft().build();

    assertThat(jwp.code()).isEqualTo("JWP-RG1-2023");
    assertThat(jwp.status()).isEqualTo(JwpStatus.DRAFT);
    assertThat(jwp.version()).isEqualTo(1);
    assertThat(jwp.supersedes()).isEmpty();
    assertThat(jwp.resultsGroup()).isEmpty();
    assertThat(jwp.endorsement()).isEmpty();
    assertThat(jwp.entries()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 998, 999})
  void should_accept_a_version_from_1_to_999(int version) {
    assertThat(draft().version(version).build().version()).isEqualTo(version);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1000, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void should_reject_a_version_outside_1_to_999(int version) {
    assertViolation(
        () -> draft().version(version).build(),
        "JointWorkPlan",
        "version",
        Integer.toString(version),
        "must be from 1 to 999");
  }

  @ParameterizedTest
  @EnumSource(
      value = JwpStatus.class,
      names = {"ENDORSED", "CLOSED"})
  void should_reject_an_endorsed_or_closed_plan_without_endorsement(JwpStatus status) {
    assertViolation(
        () -> draft().status(status).build(),
        "JointWorkPlan",
        "endorsement",
        "",
        "is required when the status is " + status);
  }

  @ParameterizedTest
  @EnumSource(
      value = JwpStatus.class,
      names = {"DRAFT", "IN_CONSULTATION"})
  void should_reject_an_endorsement_on_a_plan_not_yet_endorsed(JwpStatus status) {
    assertViolation(
        () -> draft().status(status).endorsement(ENDORSEMENT).build(),
        "JointWorkPlan",
        "endorsement",
        "2023-03-01",
        "is not allowed when the status is " + status);
  }

  @ParameterizedTest
  @EnumSource(JwpStatus.class)
  void should_build_every_status_with_the_endorsement_it_needs(JwpStatus status) {
    JointWorkPlan jwp = jointWorkPlan("JWP1", status);

    assertThat(jwp.endorsement().isPresent()).isEqualTo(status.isEndorsed());
  }

  @Test
  void should_reject_null_attributes_naming_them() {
    assertThatThrownBy(() -> draft().code(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("code");
    assertThatThrownBy(() -> draft().period(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("period");
    assertThatThrownBy(() -> draft().endorsement((Endorsement) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("endorsement");
    assertThatThrownBy(() -> draft().addEntry(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("entries element");
  }

  @Test
  void should_reject_missing_required_attributes_naming_them() {
    assertThatThrownBy(() -> JointWorkPlan.builder().code("JWP1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContainingAll("title", "period", "status", "version");
  }

  @Test
  void should_accept_entity_lists_with_duplicate_codes() {
    SubOutput entry = Fixtures.subOutput().build();

    assertThatCode(() -> draft().addEntries(entry, entry).build()).doesNotThrowAnyException();
  }

  @Test
  void should_compare_structurally() {
    JointWorkPlan a = draft().addEntry(Fixtures.subOutput().build()).build();
    JointWorkPlan b = draft().addEntry(Fixtures.subOutput().build()).build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.withVersion(2)).isNotEqualTo(a);
    assertThat(a.withTitle("Other title")).isNotEqualTo(a);
    assertThat(a.toString()).contains("JWP-RG1-2023");
  }

  @Test
  void should_check_invariants_on_copies() {
    JointWorkPlan jwp = draft().build();

    assertThat(jwp.withResultsGroup("RG1").resultsGroup()).contains("RG1");
    assertViolation(
        () -> jwp.withVersion(1000), "JointWorkPlan", "version", "1000", "must be from 1 to 999");
    assertViolation(
        () -> jwp.withEndorsement(ENDORSEMENT),
        "JointWorkPlan",
        "endorsement",
        "2023-03-01",
        "is not allowed when the status is DRAFT");
  }

  @Test
  void should_be_in_implementation_only_when_endorsed_and_within_its_period() {
    JointWorkPlan endorsed = jointWorkPlan("JWP1", JwpStatus.ENDORSED);

    assertThat(endorsed.isInImplementation(LocalDate.of(2023, 1, 1))).isTrue();
    assertThat(endorsed.isInImplementation(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(endorsed.isInImplementation(LocalDate.of(2022, 12, 31))).isFalse();
    assertThat(endorsed.isInImplementation(LocalDate.of(2025, 1, 1))).isFalse();
    for (JwpStatus other :
        new JwpStatus[] {JwpStatus.DRAFT, JwpStatus.IN_CONSULTATION, JwpStatus.CLOSED}) {
      assertThat(jointWorkPlan("JWP1", other).isInImplementation(LocalDate.of(2023, 6, 1)))
          .as("%s", other)
          .isFalse();
    }
  }

  @Test
  void should_revise_an_endorsed_plan_into_a_new_draft_version() {
    JointWorkPlan endorsed =
        jointWorkPlan("JWP1", JwpStatus.ENDORSED)
            .withResultsGroup("RG1")
            .withEntries(Fixtures.subOutput().build());

    JointWorkPlan revision = endorsed.revise("JWP1-R1");

    assertThat(revision.code()).isEqualTo("JWP1-R1");
    assertThat(revision.status()).isEqualTo(JwpStatus.DRAFT);
    assertThat(revision.version()).isEqualTo(2);
    assertThat(revision.supersedes()).contains("JWP1");
    assertThat(revision.endorsement()).isEmpty();
    assertThat(revision.title()).isEqualTo(endorsed.title());
    assertThat(revision.period()).isEqualTo(endorsed.period());
    assertThat(revision.resultsGroup()).contains("RG1");
    assertThat(revision.entries()).isEqualTo(endorsed.entries());
    assertThat(endorsed.status()).isEqualTo(JwpStatus.ENDORSED);
  }

  @Test
  void should_supersede_the_old_code_even_when_the_old_plan_superseded_another() {
    JointWorkPlan second = jointWorkPlan("JWP1-R1", JwpStatus.ENDORSED).withSupersedes("JWP1");

    assertThat(second.revise("JWP1-R2").supersedes()).contains("JWP1-R1");
  }

  @ParameterizedTest
  @EnumSource(
      value = JwpStatus.class,
      names = {"DRAFT", "IN_CONSULTATION", "CLOSED"})
  void should_refuse_to_revise_a_plan_that_is_not_endorsed(JwpStatus status) {
    JointWorkPlan jwp = jointWorkPlan("JWP1", status);

    assertThatThrownBy(() -> jwp.revise("JWP1-R1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContainingAll("JWP1", status.name(), "ENDORSED");
  }

  @Test
  void should_reject_a_revision_beyond_version_999() {
    JointWorkPlan last = jointWorkPlan("JWP1", JwpStatus.ENDORSED).withVersion(999);

    assertViolation(
        () -> last.revise("JWP1-R1"), "JointWorkPlan", "version", "1000", "must be from 1 to 999");
  }

  @Test
  void should_reject_a_revision_with_a_bad_or_null_code() {
    JointWorkPlan jwp = jointWorkPlan("JWP1", JwpStatus.ENDORSED);

    assertThatThrownBy(() -> jwp.revise(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("newCode");
    Fixtures.assertViolationAt(() -> jwp.revise("bad code"), "JointWorkPlan", "code");
  }
}
