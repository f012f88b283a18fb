package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;
import static org.unsdcf.core.model.Fixtures.framework;
import static org.unsdcf.core.model.Fixtures.jointWorkPlan;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CooperationFrameworkTest {

  @Test
  void should_build_an_empty_framework() {
    CooperationFramework plan = framework().build();

    assertThat(plan.countries()).containsExactly("KGZ");
    assertThat(plan.priorityAreas()).isEmpty();
    assertThat(plan.steeringCommittee()).isEmpty();
    assertThat(plan.jointWorkPlans()).isEmpty();
    assertThat(plan.currentJointWorkPlans()).isEmpty();
  }

  @Test
  void should_reject_a_framework_without_countries() {
    assertViolation(
        () -> framework().countries(List.of()).build(),
        "CooperationFramework",
        "countries",
        "[]",
        "must have at least one element");
  }

  @Test
  void should_reject_a_repeated_country_at_the_later_element() {
    assertViolation(
        () -> framework().addCountries("KAZ", "KGZ").build(),
        "CooperationFramework",
        "countries/2",
        "KGZ",
        "must not repeat an element of the set");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kgz", "KG", "KGZA", "", "K1Z"})
  void should_reject_a_country_that_is_not_three_capital_letters(String country) {
    assertViolation(
        () -> framework().addCountry(country).build(),
        "CooperationFramework",
        "countries/1",
        country,
        "must be an ISO 3166-1 alpha-3 code");
  }

  @ParameterizedTest
  @ValueSource(strings = {"usd", "US", "USDT", ""})
  void should_reject_a_currency_that_is_not_three_capital_letters(String currency) {
    assertViolation(
        () -> framework().currency(currency).build(),
        "CooperationFramework",
        "currency",
        currency,
        "must be an ISO 4217 code");
  }

  @Test
  void should_keep_its_signing_date_and_steering_committee() {
    SteeringCommittee jscc =
        SteeringCommittee.builder().name("Joint Strategic Coordination Committee").build();
    CooperationFramework plan =
        framework().signedOn(LocalDate.of(2022, 6, 17)).steeringCommittee(jscc).build();

    assertThat(plan.signedOn()).contains(LocalDate.of(2022, 6, 17));
    assertThat(plan.steeringCommittee()).contains(jscc);
  }

  @Test
  void should_reject_a_signing_date_outside_the_model() {
    assertViolation(
        () -> framework().signedOn(LocalDate.of(2101, 1, 1)).build(),
        "CooperationFramework",
        "signedOn",
        "2101-01-01",
        "must be a date from 1945-01-01 to 2100-12-31");
  }

  @Test
  void should_accept_duplicate_codes_and_dangling_references() {
    // STR-004 and the reference rules report these; they are not invariants (design.md §2).
    JointWorkPlan jwp = jointWorkPlan("JWP1", JwpStatus.DRAFT).withSupersedes("NO-SUCH-JWP");
    PriorityArea sp = PriorityArea.builder().code("SP1").title("People").build();

    CooperationFramework plan =
        framework().addPriorityAreas(sp, sp).addJointWorkPlans(jwp, jwp).build();

    assertThat(plan.jointWorkPlans()).hasSize(2);
  }

  @Test
  void should_treat_a_plan_as_current_unless_another_supersedes_it() {
    JointWorkPlan first = jointWorkPlan("JWP1", JwpStatus.ENDORSED);
    JointWorkPlan revision = first.revise("JWP1-R1");
    JointWorkPlan other = jointWorkPlan("JWP2", JwpStatus.DRAFT);
    CooperationFramework plan = framework().addJointWorkPlans(first, other, revision).build();

    assertThat(plan.isCurrent(first)).isFalse();
    assertThat(plan.isCurrent(revision)).isTrue();
    assertThat(plan.isCurrent(other)).isTrue();
    assertThat(plan.currentJointWorkPlans()).containsExactly(other, revision);
  }

  @Test
  void should_keep_a_chain_of_revisions_current_only_at_its_end() {
    JointWorkPlan v1 = jointWorkPlan("JWP1", JwpStatus.ENDORSED);
    JointWorkPlan v2 = jointWorkPlan("JWP1-R1", JwpStatus.ENDORSED).withSupersedes("JWP1");
    JointWorkPlan v3 = v2.revise("JWP1-R2");
    CooperationFramework plan = framework().addJointWorkPlans(v3, v2, v1).build();

    assertThat(plan.currentJointWorkPlans()).containsExactly(v3);
  }

  @Test
  void should_judge_currency_by_code_even_for_a_plan_outside_the_framework() {
    JointWorkPlan first = jointWorkPlan("JWP1", JwpStatus.ENDORSED);
    CooperationFramework plan = framework().addJointWorkPlan(first.revise("JWP1-R1")).build();

    assertThat(plan.isCurrent(first)).isFalse();
    assertThat(plan.isCurrent(jointWorkPlan("JWP9", JwpStatus.DRAFT))).isTrue();
  }

  @Test
  void should_not_let_the_current_plans_be_modified() {
    CooperationFramework plan =
        framework().addJointWorkPlan(jointWorkPlan("JWP1", JwpStatus.DRAFT)).build();

    assertThatThrownBy(() -> plan.currentJointWorkPlans().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> framework().addCountry(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("countries element");
    assertThatThrownBy(() -> framework().period(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("period");
    assertThatThrownBy(() -> framework().addJointWorkPlan(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("jointWorkPlans element");
    assertThatThrownBy(() -> CooperationFramework.builder().code("KGZ").title("t").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContainingAll("period", "currency");
  }

  @Test
  void should_compare_structurally_and_check_copies() {
    CooperationFramework plan = framework().build();

    assertThat(framework().build()).isEqualTo(plan).hasSameHashCodeAs(plan);
    assertThat(plan.withCurrency("KGS")).isNotEqualTo(plan);
    assertThat(plan.withPeriod(YearRange.of(2023, 2028))).isNotEqualTo(plan);
    assertThat(plan.toString()).contains("KGZ-2023-2027");
    assertViolation(
        () -> plan.withCountries("KGZ", "KGZ"),
        "CooperationFramework",
        "countries/1",
        "KGZ",
        "must not repeat an element of the set");
  }
}
