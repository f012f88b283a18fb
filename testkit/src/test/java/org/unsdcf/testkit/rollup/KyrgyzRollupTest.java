package org.unsdcf.testkit.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ResultLevel;
import org.unsdcf.core.rollup.BudgetAggregate;
import org.unsdcf.core.rollup.BudgetBreakdown;
import org.unsdcf.core.rollup.BudgetGroup;
import org.unsdcf.core.rollup.IndicatorProgress;
import org.unsdcf.core.rollup.ProgressAggregate;
import org.unsdcf.core.rollup.ProgressThresholds;
import org.unsdcf.core.rollup.Ratios;
import org.unsdcf.core.rollup.Rollup;
import org.unsdcf.core.rollup.RollupNode;
import org.unsdcf.core.rollup.RollupOptions;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.rollup.SdgAttribution;
import org.unsdcf.core.validation.ValidationSummary;
import org.unsdcf.testkit.SamplePlans;

/**
 * The roll-up of the worked example of design.md §4.2 (testkit's {@link SamplePlans#kyrgyzstan()}):
 * §7.5 example 4 and §8 to the digit, then determinism and null arguments. Core's {@code
 * WorkedExamplesTest}, {@code RollupTreeTest} and {@code RollupValuesTest} keep the hand-built
 * plans.
 */
class KyrgyzRollupTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  private static RollupReport rollUp(LocalDate asOf) {
    return Rollup.compute(SamplePlans.kyrgyzstan(), RollupOptions.builder().asOf(asOf).build());
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  private static void assertScale4(Optional<BigDecimal> actual, String expected) {
    assertThat(actual).isPresent();
    assertThat(Ratios.scale4(actual.get())).isEqualTo(dec(expected));
  }

  @Test
  void example_4_the_kyrgyz_line() {
    RollupReport report = rollUp(AS_OF);
    BudgetAggregate root = report.root().budget();

    assertThat(root.lines()).isEqualTo(1);
    assertThat(root.required()).isEqualTo(dec("120000"));
    assertThat(root.available()).isEqualTo(dec("80000"));
    assertThat(root.expenditure()).isEqualTo(dec("60000"));
    assertThat(root.toBeMobilised()).isEqualTo(dec("40000"));
    assertScale4(root.fundingRate(), "0.6667");
    assertThat(root.deliveryRate()).contains(dec("0.75"));
    assertThat(report.budget().bySdgGoal()).extracting(BudgetGroup::key).containsExactly("8", "10");
    assertThat(report.budget().bySdgGoal())
        .allSatisfy(g -> assertThat(g.budget().required()).isEqualTo(dec("120000")));
  }

  @Test
  void example_4_equal_split_halves_the_kyrgyz_line() {
    RollupReport report =
        Rollup.compute(
            SamplePlans.kyrgyzstan(),
            RollupOptions.builder().asOf(AS_OF).sdgAttribution(SdgAttribution.EQUAL_SPLIT).build());

    assertThat(report.budget().bySdgGoal()).extracting(BudgetGroup::key).containsExactly("8", "10");
    assertThat(report.budget().bySdgGoal())
        .allSatisfy(
            g -> {
              assertThat(g.budget().lines()).isEqualTo(1);
              assertThat(g.budget().required()).isEqualTo(dec("60000"));
              assertThat(g.budget().available()).isEqualTo(dec("40000"));
              assertThat(g.budget().expenditure()).isEqualTo(dec("30000"));
            });
  }

  @Test
  void section_8_kyrgyz_roll_up_at_2024_06_30() {
    RollupReport report = rollUp(AS_OF);
    RollupNode root = report.root();
    ProgressAggregate p = root.progress();

    assertThat(report.framework()).isEqualTo("KGZ-2023-2027");
    assertThat(report.asOf()).isEqualTo(AS_OF);
    assertThat(report.currency()).isEqualTo("USD");
    assertThat(report.thresholds()).isEqualTo(ProgressThresholds.defaults());
    assertThat(report.sdgAttribution()).isEqualTo(SdgAttribution.FULL);
    assertThat(report.validation().valid()).isTrue();
    assertThat(report.validation().summary()).isEqualTo(ValidationSummary.of(List.of()));
    assertThat(root.level()).isEqualTo(ResultLevel.FRAMEWORK);
    assertThat(root.code()).isEqualTo("KGZ-2023-2027");
    assertThat(p.indicators()).isEqualTo(1);
    assertThat(p.assessed()).isEqualTo(1);
    assertThat(p.achieved()).isZero();
    assertThat(p.progress()).contains(dec("0.25"));
    assertThat(p.pace()).contains(BigDecimal.ONE);
    assertThat(p.coverage()).contains(BigDecimal.ONE);
    assertThat(p.status(report.thresholds())).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(p.statusCounts()).containsExactly(Map.entry(ProgressStatus.ON_TRACK, 1));
    assertThat(root.budget().lines()).isEqualTo(1);

    IndicatorProgress consultations = report.indicator("OC1.1-I1").orElseThrow();
    assertThat(consultations.level()).isEqualTo(ResultLevel.OUTCOME);
    assertThat(consultations.owner()).isEqualTo("OC1.1");
    assertThat(consultations.achievement()).contains(dec("0.25"));
    assertScale4(consultations.expected(), "0.1829");
    assertScale4(consultations.pace(), "1.3668");
    assertThat(consultations.status()).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(consultations.actual()).contains(dec("500"));
    assertThat(consultations.actualDate()).contains(LocalDate.of(2023, 11, 30));

    IndicatorProgress women = report.indicator("OP1.1.1-I1").orElseThrow();
    assertThat(women.level()).isEqualTo(ResultLevel.OUTPUT);
    assertThat(women.owner()).isEqualTo("OP1.1.1");
    assertThat(women.achievement()).contains(dec("1.1"));
    assertThat(women.status()).isEqualTo(ProgressStatus.ACHIEVED);

    RollupNode subOutput = report.node("1.1.1.01").orElseThrow();
    assertThat(subOutput.level()).isEqualTo(ResultLevel.SUB_OUTPUT);
    assertThat(subOutput.progress().status(report.thresholds()))
        .isEqualTo(ProgressStatus.NOT_APPLICABLE);
    assertThat(subOutput.children()).isEmpty();
  }

  @Test
  void section_8_kyrgyz_tree_shape_and_groupings() {
    RollupReport report = rollUp(AS_OF);

    assertThat(report.indicators())
        .extracting(IndicatorProgress::code)
        .containsExactly("OC1.1-I1", "OP1.1.1-I1");
    RollupNode area = report.root().children().get(0);
    RollupNode outcome = area.children().get(0);
    RollupNode output = outcome.children().get(0);
    assertThat(List.of(area.level(), outcome.level(), output.level()))
        .containsExactly(ResultLevel.PRIORITY_AREA, ResultLevel.OUTCOME, ResultLevel.OUTPUT);
    assertThat(output.children()).extracting(RollupNode::code).containsExactly("1.1.1.01");
    assertThat(outcome.progress().indicators()).isEqualTo(1);
    assertThat(output.progress().status(report.thresholds())).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(output.budget()).isEqualTo(report.root().budget());
    BudgetBreakdown budget = report.budget();
    assertThat(budget.skippedLines()).isZero();
    assertThat(budget.unlinked()).isEqualTo(BudgetAggregate.empty());
    assertThat(budget.byYear()).extracting(BudgetGroup::key).containsExactly("2023");
    assertThat(budget.byAgency()).extracting(BudgetGroup::key).containsExactly("IOM");
    assertThat(budget.byContributingPartner())
        .extracting(BudgetGroup::key)
        .containsExactly("USAID");
  }

  @Test
  void should_be_deterministic() {
    RollupOptions options = RollupOptions.builder().asOf(AS_OF).build();

    assertThat(Rollup.compute(SamplePlans.kyrgyzstan(), options))
        .isEqualTo(Rollup.compute(SamplePlans.kyrgyzstan(), options));
  }

  @Test
  void should_reject_a_null_plan_or_options() {
    RollupOptions o = RollupOptions.builder().asOf(LocalDate.of(2024, 6, 30)).build();

    assertThatThrownBy(() -> Rollup.compute(null, o))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("plan");
    assertThatThrownBy(() -> Rollup.compute(SamplePlans.kyrgyzstan(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("options");
  }
}
