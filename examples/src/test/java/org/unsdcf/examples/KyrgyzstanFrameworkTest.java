package org.unsdcf.examples;

import static java.math.RoundingMode.HALF_EVEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.unsdcf.examples.KyrgyzstanCodes.IND_WOMEN_SHARE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DecisionKind;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Value;

class KyrgyzstanFrameworkTest {
  private static final LocalDate MARCH_24_2023 = LocalDate.of(2023, 3, 24);
  private static final LocalDate JUNE_11_2025 = LocalDate.of(2025, 6, 11);

  private final CooperationFramework plan = KyrgyzstanFramework.build();

  @Test
  void should_build_the_2023_2027_framework_with_four_priority_areas() {
    assertThat(plan.code()).isEqualTo("KGZ-2023-2027");
    assertThat(plan.countries()).containsExactly("KGZ");
    assertThat(plan.period().start().getValue()).isEqualTo(2023);
    assertThat(plan.period().end().getValue()).isEqualTo(2027);
    assertThat(plan.priorityAreas()).hasSize(4);
    assertThat(plan.priorityAreas().get(0).title()).isEqualTo("Quality social services");
  }

  @Test
  void should_name_the_committee_and_its_co_chairs() {
    var committee = plan.steeringCommittee().orElseThrow();
    assertThat(committee.name()).isEqualTo("Joint Strategic Coordination Committee");
    assertThat(committee.governmentCoChair()).contains("Chairman of the Cabinet of Ministers");
    assertThat(committee.unCoChair()).contains("UN Resident Coordinator");
  }

  @Test
  void should_endorse_the_2023_2024_plans_on_24_march_2023() {
    List<JointWorkPlan> plans = jwpsCovering(2023, 2024);
    assertThat(plans).hasSize(4);
    assertThat(plans)
        .extracting(j -> j.endorsement().map(Endorsement::date).orElseThrow())
        .containsOnly(MARCH_24_2023);
    Decision decision = endorsementOn(MARCH_24_2023);
    assertThat(decision.subjects())
        .containsExactlyElementsOf(plans.stream().map(JointWorkPlan::code).toList());
    assertThat(decision.reference().orElseThrow())
        .hasToString(
            "https://kyrgyzstan.un.org/en/224766-joint-strategic-coordination-committee-endorsed"
                + "-work-plans-2023-2024");
    assertThat(decision.summary().orElseThrow()).contains("January-February 2023");
  }

  @Test
  void should_endorse_the_annual_2025_plans_on_11_june_2025() {
    List<JointWorkPlan> plans = jwpsCovering(2025, 2025);
    assertThat(plans).isNotEmpty();
    assertThat(plans)
        .extracting(j -> j.endorsement().map(Endorsement::date).orElseThrow())
        .containsOnly(JUNE_11_2025);
    assertThat(endorsementOn(JUNE_11_2025).subjects())
        .containsExactlyElementsOf(plans.stream().map(JointWorkPlan::code).toList());
  }

  @Test
  void should_keep_the_2020_baseline_of_the_women_share_indicator() {
    Indicator share = indicator(IND_WOMEN_SHARE);
    assertThat(share.title())
        .isEqualTo(
            "Share of women among migrants who received free online legal and psychological"
                + " consultations");
    assertThat(share.measure()).isEqualTo(Measure.PERCENTAGE);
    var baseline = share.baseline().orElseThrow();
    assertThat(baseline.year().getValue()).isEqualTo(2020);
    assertThat(baseline.value()).isEqualTo(Value.numeric(62));
    assertThat(baseline.comment())
        .contains("310 of 500 people consulted between August and November 2020");
  }

  @Test
  void should_give_women_share_measurements_as_numerator_of_denominator() {
    List<Measurement> measurements = indicator(IND_WOMEN_SHARE).measurements();
    assertThat(measurements).isNotEmpty();
    for (Measurement m : measurements) {
      BigDecimal numerator = m.numerator().orElseThrow();
      BigDecimal denominator = m.denominator().orElseThrow();
      assertThat(numerator).isLessThanOrEqualTo(denominator);
      BigDecimal percent =
          numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 4, HALF_EVEN);
      assertThat(m.value()).isEqualTo(Value.numeric(percent));
    }
    Measurement first = measurements.get(0);
    assertThat(first.value()).isEqualTo(Value.numeric("58.3333"));
    assertThat(first.numerator()).contains(BigDecimal.valueOf(350));
    assertThat(first.denominator()).contains(BigDecimal.valueOf(600));
  }

  @Test
  void should_have_a_un_women_sub_output_with_a_gender_equality_marker() {
    assertThat(subOutputs())
        .anySatisfy(
            s -> {
              assertThat(s.agencies()).contains("UN-Women");
              assertThat(s.genderEqualityMarker()).isPresent();
            });
  }

  @Test
  void should_keep_all_money_in_us_dollars() {
    assertThat(plan.currency()).isEqualTo("USD");
    assertThat(subOutputs().flatMap(s -> s.funding().stream()))
        .isNotEmpty()
        .allSatisfy(
            line -> {
              assertThat(line.required().currency()).isEqualTo("USD");
              assertThat(line.available().currency()).isEqualTo("USD");
              assertThat(line.expenditure())
                  .hasValueSatisfying(e -> assertThat(e.currency()).isEqualTo("USD"));
            });
  }

  @Test
  void should_use_every_code_once() {
    assertThat(PlanCodes.all(plan)).doesNotHaveDuplicates();
  }

  private List<JointWorkPlan> jwpsCovering(int start, int end) {
    return plan.jointWorkPlans().stream()
        .filter(j -> j.period().start().getValue() == start && j.period().end().getValue() == end)
        .toList();
  }

  private Decision endorsementOn(LocalDate date) {
    return plan.steeringCommittee().orElseThrow().decisions().stream()
        .filter(d -> d.kind() == DecisionKind.ENDORSE_JWP && d.date().equals(date))
        .findFirst()
        .orElseThrow();
  }

  private Indicator indicator(String code) {
    return PlanCodes.indicators(plan).filter(i -> i.code().equals(code)).findFirst().orElseThrow();
  }

  private Stream<SubOutput> subOutputs() {
    return plan.jointWorkPlans().stream().flatMap(j -> j.entries().stream());
  }
}
