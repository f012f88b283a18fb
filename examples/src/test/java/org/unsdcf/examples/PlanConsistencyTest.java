package org.unsdcf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.ChairRole;
import org.unsdcf.core.model.CoChair;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DecisionKind;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Value;

/**
 * Checks by hand what the validator will report, so that both example plans stay consistent: no
 * dangling reference, complete sub-outputs, indicators and funding, governance in order.
 */
class PlanConsistencyTest {
  static Stream<Arguments> plans() {
    return Stream.of(
        Arguments.of(KyrgyzstanFramework.CODE, KyrgyzstanFramework.build()),
        Arguments.of(KazakhstanFramework.CODE, KazakhstanFramework.build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void should_have_no_dangling_reference(String name, CooperationFramework plan) {
    Set<String> outputs =
        outcomes(plan)
            .flatMap(o -> o.outputs().stream())
            .map(o -> o.code())
            .collect(Collectors.toSet());
    Set<String> areasAndOutcomes =
        Stream.concat(
                plan.priorityAreas().stream().map(PriorityArea::code),
                outcomes(plan).map(Outcome::code))
            .collect(Collectors.toSet());
    Set<String> groups =
        plan.resultsGroups().stream().map(ResultsGroup::code).collect(Collectors.toSet());
    Set<String> allCodes = new HashSet<>(PlanCodes.all(plan));

    assertThat(subOutputs(plan)).extracting(SubOutput::outputCode).allMatch(outputs::contains);
    assertThat(plan.resultsGroups())
        .flatExtracting(ResultsGroup::scope)
        .allMatch(areasAndOutcomes::contains);
    assertThat(plan.jointWorkPlans())
        .allSatisfy(j -> assertThat(j.resultsGroup().map(groups::contains).orElse(true)).isTrue());
    assertThat(decisions(plan)).flatExtracting(Decision::subjects).allMatch(allCodes::contains);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void should_put_every_outcome_in_exactly_one_results_group(
      String name, CooperationFramework plan) {
    for (PriorityArea area : plan.priorityAreas()) {
      for (Outcome outcome : area.outcomes()) {
        long groups =
            plan.resultsGroups().stream()
                .filter(g -> g.scope().contains(area.code()) || g.scope().contains(outcome.code()))
                .count();
        assertThat(groups).as(outcome.code()).isEqualTo(1);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void should_give_each_results_group_two_un_co_chairs_among_its_members(
      String name, CooperationFramework plan) {
    for (ResultsGroup group : plan.resultsGroups()) {
      List<String> unCoChairs =
          group.coChairs().stream()
              .filter(c -> c.role() == ChairRole.UN_CO_CHAIR)
              .map(CoChair::entity)
              .toList();
      assertThat(unCoChairs).as(group.code()).hasSize(2);
      assertThat(group.members()).as(group.code()).containsAll(unCoChairs);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void should_record_each_endorsement_as_a_committee_decision(
      String name, CooperationFramework plan) {
    for (JointWorkPlan jwp : plan.jointWorkPlans()) {
      LocalDate endorsed = jwp.endorsement().orElseThrow().date();
      assertThat(decisions(plan))
          .as(jwp.code())
          .anyMatch(
              d ->
                  d.kind() == DecisionKind.ENDORSE_JWP
                      && d.date().equals(endorsed)
                      && d.subjects().contains(jwp.code()));
      plan.signedOn().ifPresent(s -> assertThat(endorsed).isAfterOrEqualTo(s));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void should_keep_work_plans_and_their_dates_inside_their_periods(
      String name, CooperationFramework plan) {
    for (JointWorkPlan jwp : plan.jointWorkPlans()) {
      assertThat(plan.period().encloses(jwp.period())).as(jwp.code()).isTrue();
      for (SubOutput entry : jwp.entries()) {
        assertThat(entry.start()).isAfterOrEqualTo(jwp.period().firstDay());
        assertThat(entry.end()).isBeforeOrEqualTo(jwp.period().lastDay());
        Set<Integer> fundedYears =
            entry.funding().stream().map(f -> f.year().getValue()).collect(Collectors.toSet());
        Set<Integer> activeYears =
            IntStream.rangeClosed(entry.start().getYear(), entry.end().getYear())
                .boxed()
                .collect(Collectors.toSet());
        assertThat(fundedYears).as(entry.code()).isEqualTo(activeYears);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void should_tag_every_sub_output_as_un_info_requires(String name, CooperationFramework plan) {
    assertThat(plan.currentJointWorkPlans().stream().flatMap(j -> j.entries().stream()))
        .allSatisfy(
            s -> {
              assertThat(s.sdgTargets()).as(s.code()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
              assertThat(s.implementingPartners()).as(s.code()).isNotEmpty();
              assertThat(s.contributingPartners()).as(s.code()).isNotEmpty();
              assertThat(s.genderEqualityMarker()).as(s.code()).isPresent();
              assertThat(s.humanRightsMarker()).as(s.code()).isPresent();
              assertThat(s.qcprFunctions()).as(s.code()).isNotEmpty();
              assertThat(s.geographicScope()).as(s.code()).isNotEmpty();
              assertThat(s.jointProgramme()).as(s.code()).isEmpty();
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void should_fund_each_line_from_a_partner_within_what_is_required(
      String name, CooperationFramework plan) {
    for (SubOutput entry : subOutputs(plan).toList()) {
      Map<String, Long> keys =
          entry.funding().stream()
              .collect(
                  Collectors.groupingBy(
                      f -> f.year() + "/" + f.agency() + "/" + f.contributingPartner(),
                      Collectors.counting()));
      assertThat(keys.values()).as(entry.code()).containsOnly(1L);
      for (FundingLine line : entry.funding()) {
        assertThat(entry.agencies()).as(entry.code()).contains(line.agency());
        assertThat(line.contributingPartner()).as(entry.code()).isPresent();
        BigDecimal available = line.available().amount();
        assertThat(available).isLessThanOrEqualTo(line.required().amount());
        assertThat(line.expenditure().map(Money::amount).orElse(BigDecimal.ZERO))
            .isLessThanOrEqualTo(available);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void should_measure_every_outcome_and_output(String name, CooperationFramework plan) {
    assertThat(outcomes(plan)).allSatisfy(o -> assertThat(o.indicators()).isNotEmpty());
    assertThat(outcomes(plan).flatMap(o -> o.outputs().stream()))
        .allSatisfy(o -> assertThat(o.indicators()).isNotEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void should_give_every_indicator_baseline_final_target_direction_and_verification(
      String name, CooperationFramework plan) {
    int start = plan.period().start().getValue();
    int end = plan.period().end().getValue();
    assertThat(PlanCodes.indicators(plan))
        .isNotEmpty()
        .allSatisfy(
            i -> {
              assertThat(i.baseline()).as(i.code()).isPresent();
              assertThat(i.baseline().orElseThrow().year().getValue()).isLessThanOrEqualTo(start);
              assertThat(i.finalTarget()).as(i.code()).isPresent();
              assertThat(i.targets())
                  .allSatisfy(t -> assertThat(t.year().getValue()).isBetween(start, end));
              assertThat(i.direction()).as(i.code()).isPresent();
              assertThat(i.meansOfVerification()).as(i.code()).isNotEmpty();
              assertThat(finalTargetFollowsDirection(i)).as(i.code()).isTrue();
              assertThat(i.measurements())
                  .allSatisfy(m -> assertThat(m.period().start().getYear()).isBetween(start, end));
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void should_sum_disaggregated_counts_to_the_headline(String name, CooperationFramework plan) {
    for (Indicator indicator : PlanCodes.indicators(plan).toList()) {
      Map<Object, List<Measurement>> byPeriod =
          indicator.measurements().stream().collect(Collectors.groupingBy(Measurement::period));
      for (List<Measurement> period : byPeriod.values()) {
        Map<Boolean, List<Measurement>> split =
            period.stream().collect(Collectors.partitioningBy(Measurement::isHeadline));
        if (split.get(false).isEmpty()) {
          continue;
        }
        BigDecimal parts =
            split.get(false).stream()
                .map(PlanConsistencyTest::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(split.get(true)).as(indicator.code()).hasSize(1);
        assertThat(amount(split.get(true).get(0))).as(indicator.code()).isEqualByComparingTo(parts);
      }
    }
  }

  private static boolean finalTargetFollowsDirection(Indicator indicator) {
    BigDecimal baseline = number(indicator.baseline().orElseThrow().value());
    BigDecimal target = number(indicator.finalTarget().orElseThrow().value());
    Direction direction = indicator.direction().orElseThrow();
    return switch (direction) {
      case INCREASE -> target.compareTo(baseline) > 0;
      case DECREASE -> target.compareTo(baseline) < 0;
      case MAINTAIN -> target.compareTo(baseline) == 0;
    };
  }

  private static BigDecimal amount(Measurement measurement) {
    return number(measurement.value());
  }

  private static BigDecimal number(Value value) {
    return ((Value.Numeric) value).amount();
  }

  private static Stream<Outcome> outcomes(CooperationFramework plan) {
    return plan.priorityAreas().stream().flatMap(a -> a.outcomes().stream());
  }

  private static Stream<SubOutput> subOutputs(CooperationFramework plan) {
    return plan.jointWorkPlans().stream().flatMap(j -> j.entries().stream());
  }

  private static List<Decision> decisions(CooperationFramework plan) {
    return plan.steeringCommittee().map(c -> c.decisions()).orElse(List.of());
  }
}
