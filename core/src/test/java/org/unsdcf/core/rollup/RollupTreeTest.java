package org.unsdcf.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unsdcf.core.rollup.RollupFixtures.AS_OF;
import static org.unsdcf.core.rollup.RollupFixtures.dec;
import static org.unsdcf.core.rollup.RollupFixtures.level;
import static org.unsdcf.core.rollup.RollupFixtures.line;
import static org.unsdcf.core.rollup.RollupFixtures.year;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.JwpStatus;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ResultLevel;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.YearRange;

/** design.md §7.3, §7.4 and §11: the tree, current JWPs, duplicates, unlinked lines, groupings. */
class RollupTreeTest {

  static Indicator done(String code) {
    return level(code, Direction.INCREASE, 2022, 0, 2027, 10)
        .addMeasurement(year(2023, "10"))
        .build();
  }

  static SubOutput entry(String code, String output, List<String> goals, FundingLine... lines) {
    return SubOutput.builder()
        .code(code)
        .title("Entry " + code)
        .outputCode(output)
        .leadEntity("IOM")
        .addAgencies("IOM", "UNDP", "UN-Women")
        .sdgTargets(goals)
        .status(ImplementationStatus.IMPLEMENTATION)
        .start(LocalDate.of(2023, 1, 1))
        .end(LocalDate.of(2024, 12, 31))
        .addFunding(lines)
        .build();
  }

  static JointWorkPlan jwp(String code, SubOutput... entries) {
    return JointWorkPlan.builder()
        .code(code)
        .title("JWP " + code)
        .period(YearRange.of(2023, 2024))
        .status(JwpStatus.ENDORSED)
        .version(1)
        .endorsement(Endorsement.of(LocalDate.of(2023, 3, 1)))
        .addEntries(entries)
        .build();
  }

  static Output output(String code, Indicator... indicators) {
    return Output.builder().code(code).title("Output " + code).addIndicators(indicators).build();
  }

  static CooperationFramework twoOutcomes(List<JointWorkPlan> jwps) {
    Outcome oc1 =
        Outcome.builder()
            .code("OC1")
            .title("One")
            .addIndicator(done("OC1-I1"))
            .addOutput(output("OP1", done("OP1-I1")))
            .addOutput(output("OP2"))
            .build();
    Outcome oc2 =
        Outcome.builder().code("OC2").title("Two").addOutput(output("OP3", done("OP3-I1"))).build();
    return RollupFixtures.plan(
        List.of(
            PriorityArea.builder().code("SP1").title("A").addOutcome(oc1).build(),
            PriorityArea.builder().code("SP2").title("B").addOutcome(oc2).build()),
        jwps);
  }

  @Test
  void should_keep_output_progress_beside_the_outcome() {
    RollupReport r = RollupFixtures.rollUp(twoOutcomes(List.of()), AS_OF);

    assertThat(r.node("OC1").orElseThrow().progress().indicators()).isEqualTo(1);
    assertThat(r.node("OP1").orElseThrow().progress().indicators()).isEqualTo(1);
    assertThat(r.node("OC2").orElseThrow().progress().indicators()).isZero();
    assertThat(r.node("OC2").orElseThrow().progress().status(r.thresholds()))
        .isEqualTo(ProgressStatus.NOT_APPLICABLE);
    assertThat(r.node("SP2").orElseThrow().progress()).isEqualTo(ProgressAggregate.empty());
    assertThat(r.root().progress().indicators()).isEqualTo(1);
    assertThat(r.root().progress().status(r.thresholds())).isEqualTo(ProgressStatus.ACHIEVED);
  }

  @Test
  void should_list_indicators_in_canonical_order_with_unlinked_sub_outputs() {
    SubOutput linked = entry("S1", "OP3", List.of()).withIndicators(done("S1-I1"));
    SubOutput dangling = entry("S2", "NOPE", List.of()).withIndicators(done("S2-I1"));
    RollupReport r =
        RollupFixtures.rollUp(twoOutcomes(List.of(jwp("J1", dangling, linked))), AS_OF);

    assertThat(r.indicators())
        .extracting(IndicatorProgress::code)
        .containsExactly("OC1-I1", "OP1-I1", "OP3-I1", "S2-I1", "S1-I1");
    assertThat(r.indicator("S2-I1").orElseThrow().level()).isEqualTo(ResultLevel.SUB_OUTPUT);
    assertThat(r.indicator("S2-I1").orElseThrow().owner()).isEqualTo("S2");
    assertThat(r.node("S2")).isEmpty();
    assertThat(r.node("S1").orElseThrow().progress().indicators()).isEqualTo(1);
  }

  @Test
  void should_place_sub_outputs_under_their_output_by_jwp_then_entry() {
    RollupReport r =
        RollupFixtures.rollUp(
            twoOutcomes(
                List.of(
                    jwp("J1", entry("S3", "OP1", List.of()), entry("S1", "OP2", List.of())),
                    jwp("J2", entry("S2", "OP1", List.of())))),
            AS_OF);

    assertThat(r.node("OP1").orElseThrow().children())
        .extracting(RollupNode::code)
        .containsExactly("S3", "S2");
    assertThat(r.node("OC1").orElseThrow().children())
        .extracting(RollupNode::code)
        .containsExactly("OP1", "OP2");
    assertThat(r.root().children()).extracting(RollupNode::code).containsExactly("SP1", "SP2");
  }

  @Test
  void should_count_only_current_jwps() {
    JointWorkPlan first =
        jwp("J1", entry("S1", "OP1", List.of("8.8"), line(2023, "IOM", "USAID", 100, 50, 0)));
    JointWorkPlan revision =
        first
            .revise("J1-v2")
            .withEntries(
                entry("S1", "OP1", List.of("8.8"), line(2023, "IOM", "USAID", 300, 50, 0)));
    JointWorkPlan foreignInOld =
        jwp("J0", entry("S0", "OP1", List.of(), foreign(2023))).withCode("J0");
    JointWorkPlan supersedesOld =
        JointWorkPlan.builder()
            .code("J0-v2")
            .title("Revision")
            .period(YearRange.of(2023, 2024))
            .status(JwpStatus.DRAFT)
            .version(2)
            .supersedes("J0")
            .build();

    RollupReport r =
        RollupFixtures.rollUp(
            twoOutcomes(List.of(first, revision, foreignInOld, supersedesOld)), AS_OF);

    assertThat(r.root().budget().lines()).isEqualTo(1);
    assertThat(r.root().budget().required()).isEqualTo(dec("300"));
    assertThat(r.node("OP1").orElseThrow().children())
        .extracting(RollupNode::code)
        .containsExactly("S1");
    assertThat(r.budget().skippedLines()).isZero();
  }

  static FundingLine foreign(int year) {
    return FundingLine.builder()
        .year(year)
        .agency("IOM")
        .required(Money.of(100, "EUR"))
        .available(Money.of(100, "USD"))
        .build();
  }

  @Test
  void should_let_the_first_of_duplicate_codes_win() {
    Outcome oc1 =
        Outcome.builder()
            .code("OC1")
            .title("One")
            .addIndicator(done("I1"))
            .addIndicator(level("I1", Direction.INCREASE, 2022, 0, 2027, 10).build())
            .addOutput(output("OP1", done("OP1-I1")))
            .addOutput(output("OP1", done("OP1-I2")))
            .build();
    Outcome twin =
        Outcome.builder().code("OC1").title("Twin").addIndicator(done("TWIN-I1")).build();
    CooperationFramework plan =
        RollupFixtures.plan(
            List.of(PriorityArea.builder().code("SP1").title("A").addOutcomes(oc1, twin).build()),
            List.of(
                jwp(
                    "J1",
                    entry("S1", "OP1", List.of(), line(2023, "IOM", null, 10, 10, 0)),
                    entry("S1", "OP1", List.of(), line(2023, "IOM", null, 20, 20, 0)))));

    RollupReport r = RollupFixtures.rollUp(plan, AS_OF);

    assertThat(r.indicators()).extracting(IndicatorProgress::code).containsExactly("I1", "OP1-I1");
    assertThat(r.indicator("I1").orElseThrow().status()).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(r.node("SP1").orElseThrow().children()).hasSize(1);
    assertThat(r.node("OC1").orElseThrow().progress().indicators()).isEqualTo(1);
    assertThat(r.node("OC1").orElseThrow().children()).hasSize(1);
    assertThat(r.node("OP1").orElseThrow().children()).hasSize(1);
    assertThat(r.root().budget().required()).isEqualTo(dec("10"));
  }

  @Test
  void should_send_lines_of_dangling_sub_outputs_to_unlinked_and_into_the_groupings() {
    CooperationFramework plan =
        twoOutcomes(
            List.of(
                jwp(
                    "J1",
                    entry("S1", "OP1", List.of("5.2"), line(2023, "IOM", "USAID", 100, 80, 40)),
                    entry("S2", "GONE", List.of("5.1"), line(2024, "UNDP", null, 50, 50, 10)))));

    RollupReport r = RollupFixtures.rollUp(plan, AS_OF);

    assertThat(r.root().budget().lines()).isEqualTo(1);
    assertThat(r.budget().unlinked())
        .isEqualTo(BudgetAggregate.of(1, dec("50"), dec("50"), dec("10")));
    assertThat(r.budget().byYear()).extracting(BudgetGroup::key).containsExactly("2023", "2024");
    assertThat(r.budget().bySdgGoal()).hasSize(1);
    assertThat(r.budget().bySdgGoal().get(0).budget().lines()).isEqualTo(2);
    assertThat(r.budget().bySdgGoal().get(0).budget().required()).isEqualTo(dec("150"));
  }

  @Test
  void should_skip_and_count_foreign_currency_lines() {
    FundingLine spentInEuro =
        FundingLine.builder()
            .year(2023)
            .agency("IOM")
            .required(Money.of(1, "USD"))
            .available(Money.of(1, "USD"))
            .expenditure(Money.of(1, "EUR"))
            .build();
    CooperationFramework plan =
        twoOutcomes(
            List.of(
                jwp(
                    "J1",
                    entry("S1", "OP1", List.of(), foreign(2023), line(2023, "IOM", null, 7, 7, 7)),
                    entry("S2", "GONE", List.of(), spentInEuro))));

    RollupReport r = RollupFixtures.rollUp(plan, AS_OF);

    assertThat(r.budget().skippedLines()).isEqualTo(2);
    assertThat(r.root().budget()).isEqualTo(BudgetAggregate.of(1, dec("7"), dec("7"), dec("7")));
    assertThat(r.budget().unlinked()).isEqualTo(BudgetAggregate.empty());
    assertThat(r.budget().byYear()).hasSize(1);
    assertThat(r.budget().byYear().get(0).budget().lines()).isEqualTo(1);
  }

  @Test
  void should_order_groups_by_year_name_and_goal_with_none_last() {
    List<FundingLine> lines = new ArrayList<>();
    lines.add(line(2024, "UNDP", "USAID", 1, 1, 0));
    lines.add(line(2023, "UN-Women", null, 2, 2, 0));
    lines.add(line(2023, "IOM", "Core/Regular Resources", 4, 4, 0));
    CooperationFramework plan =
        twoOutcomes(
            List.of(
                jwp(
                    "J1",
                    entry(
                        "S1",
                        "OP1",
                        List.of("10.7", "8.8", "17.a"),
                        lines.toArray(FundingLine[]::new)),
                    entry("S2", "OP1", List.of(), line(2023, "IOM", "Zeta", 8, 8, 0)))));

    BudgetBreakdown b = RollupFixtures.rollUp(plan, AS_OF).budget();

    assertThat(b.byYear()).extracting(BudgetGroup::key).containsExactly("2023", "2024");
    assertThat(b.byYear().get(0).budget().required()).isEqualTo(dec("14"));
    assertThat(b.byAgency())
        .extracting(BudgetGroup::key)
        .containsExactly("IOM", "UN-Women", "UNDP");
    assertThat(b.byContributingPartner())
        .extracting(BudgetGroup::key)
        .containsExactly("Core/Regular Resources", "USAID", "Zeta", "");
    assertThat(b.bySdgGoal()).extracting(BudgetGroup::key).containsExactly("8", "10", "17", "");
    assertThat(b.bySdgGoal().get(0).budget().required()).isEqualTo(dec("7"));
    assertThat(b.bySdgGoal().get(3).budget().required()).isEqualTo(dec("8"));
  }

  @Test
  void should_split_equally_at_scale_4_with_the_remainder_to_the_lowest_goal() {
    assertThat(split(100)).containsExactly(dec("33.3334"), dec("33.3333"), dec("33.3333"));
    assertThat(split(200)).containsExactly(dec("66.6666"), dec("66.6667"), dec("66.6667"));
    assertThat(split(99)).containsExactly(dec("33"), dec("33"), dec("33"));
  }

  @Test
  void should_keep_tiny_equal_split_parts_summing_exactly_without_throwing() {
    List<String> goals = new ArrayList<>();
    for (int g = 1; g <= 17; g++) {
      goals.add(g + ".1");
    }
    FundingLine tiny =
        FundingLine.builder()
            .year(2023)
            .agency("IOM")
            .required(Money.of(dec("0.0009"), "USD"))
            .available(Money.of(dec("0.0009"), "USD"))
            .build();
    CooperationFramework plan = twoOutcomes(List.of(jwp("J1", entry("S1", "OP1", goals, tiny))));

    BudgetBreakdown b =
        Rollup.compute(
                plan,
                RollupOptions.builder()
                    .asOf(AS_OF)
                    .sdgAttribution(SdgAttribution.EQUAL_SPLIT)
                    .build())
            .budget();

    assertThat(b.bySdgGoal()).hasSize(17);
    assertThat(
            b.bySdgGoal().stream()
                .map(g -> g.budget().required())
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(dec("0.0009"));
  }

  private static List<BigDecimal> split(long amount) {
    CooperationFramework plan =
        twoOutcomes(
            List.of(
                jwp(
                    "J1",
                    entry(
                        "S1",
                        "OP1",
                        List.of("10.2", "3.1", "5.5", "5.1"),
                        line(2023, "IOM", null, amount, amount, amount)))));
    BudgetBreakdown b =
        Rollup.compute(
                plan,
                RollupOptions.builder()
                    .asOf(AS_OF)
                    .sdgAttribution(SdgAttribution.EQUAL_SPLIT)
                    .build())
            .budget();
    assertThat(b.bySdgGoal()).extracting(BudgetGroup::key).containsExactly("3", "5", "10");
    assertThat(b.bySdgGoal()).allSatisfy(g -> assertThat(g.budget().lines()).isEqualTo(1));
    BigDecimal total = BigDecimal.ZERO;
    List<BigDecimal> parts = new ArrayList<>();
    for (BudgetGroup g : b.bySdgGoal()) {
      assertThat(g.budget().available()).isEqualTo(g.budget().required());
      assertThat(g.budget().expenditure()).isEqualTo(g.budget().required());
      parts.add(g.budget().required());
      total = total.add(g.budget().required());
    }
    assertThat(total).isEqualByComparingTo(BigDecimal.valueOf(amount));
    return parts;
  }

  @Test
  void should_roll_up_a_plan_without_areas() {
    CooperationFramework empty =
        RollupFixtures.plan(List.of(), List.of(jwp("J1", entry("S1", "X", List.of()))));

    RollupReport r = RollupFixtures.rollUp(empty, AS_OF);

    assertThat(r.root().children()).isEmpty();
    assertThat(r.root().progress().status(r.thresholds())).isEqualTo(ProgressStatus.NOT_APPLICABLE);
    assertThat(r.root().budget()).isEqualTo(BudgetAggregate.empty());
    assertThat(r.validation())
        .isEqualTo(
            RollupValidation.from(
                org.unsdcf.core.validation.Validator.standard()
                    .validate(
                        empty,
                        org.unsdcf.core.validation.ValidationOptions.builder()
                            .asOf(AS_OF)
                            .strictness(org.unsdcf.core.validation.Strictness.DRAFT)
                            .build())));
    assertThat(r.budget().byYear()).isEmpty();
    assertThat(r.budget().bySdgGoal()).isEmpty();
  }
}
