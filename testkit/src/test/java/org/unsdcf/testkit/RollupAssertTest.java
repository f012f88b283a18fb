package org.unsdcf.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.testkit.UnsdcfAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ResultLevel;
import org.unsdcf.core.rollup.OpenSdgStatus;
import org.unsdcf.core.rollup.ProgressReason;
import org.unsdcf.core.rollup.Rollup;
import org.unsdcf.core.rollup.RollupOptions;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.rollup.SdgAttribution;

/** The roll-up assertions on the design's worked example at 2024-06-30 (design.md §8). */
class RollupAssertTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  private static final RollupReport KGZ =
      Rollup.compute(SamplePlans.kyrgyzstan(), RollupOptions.builder().asOf(AS_OF).build());

  @Test
  void passes_for_the_numbers_of_the_worked_example() {
    assertThat(KGZ)
        .hasAsOf(AS_OF)
        .isValid()
        .hasValidationCounts(0, 0, 0)
        .hasIndicatorCount(2)
        .root()
        .hasLevel(ResultLevel.FRAMEWORK)
        .hasChildren("SP1")
        .hasStatus(ProgressStatus.ON_TRACK)
        .hasProgress("0.25")
        .hasPace("1")
        .hasCoverage(1, 1);
    assertThat(KGZ)
        .indicator("OC1.1-I1")
        .hasStatus(ProgressStatus.ON_TRACK)
        .hasNoReason()
        .hasLevel(ResultLevel.OUTCOME)
        .hasOwner("OC1.1")
        .hasBaseline("0")
        .hasTarget("2000")
        .hasActual("500")
        .hasActualDate(LocalDate.of(2023, 11, 30))
        .hasAchievement("0.25")
        .hasCappedAchievement("0.25")
        .hasExpected("0.1829")
        .hasPace("1.3668")
        .hasCappedPace("1")
        .hasWeight("1");
    assertThat(KGZ)
        .indicator("OP1.1.1-I1")
        .hasStatus(ProgressStatus.ACHIEVED)
        .hasAchievement("1.1")
        .hasCappedAchievement("1");
  }

  @Test
  void nodes_carry_progress_and_budget() {
    assertThat(KGZ)
        .node("SP1")
        .hasLevel(ResultLevel.PRIORITY_AREA)
        .hasStatus(ProgressStatus.ON_TRACK)
        .hasProgress("0.25")
        .hasCoverage(1, 1);
    assertThat(KGZ).node("OP1.1.1").hasStatus(ProgressStatus.ACHIEVED).hasChildren("1.1.1.01");
    assertThat(KGZ)
        .node("1.1.1.01")
        .hasLevel(ResultLevel.SUB_OUTPUT)
        .hasStatus(ProgressStatus.NOT_APPLICABLE)
        .hasNoProgress()
        .hasCoverage(0, 0)
        .hasChildren()
        .budget()
        .hasRequired(120000);
    assertThat(KGZ.root().progress())
        .hasIndicators(1)
        .hasAssessed(1)
        .hasAchieved(0)
        .hasStatusCount(ProgressStatus.ON_TRACK, 1)
        .hasStatusCount(ProgressStatus.ACHIEVED, 0)
        .hasCoverage("1")
        .hasStatus(ProgressStatus.ON_TRACK);
  }

  @Test
  void the_budget_and_its_groupings_hold_the_line_of_the_example() {
    assertThat(KGZ)
        .budget()
        .hasLines(1)
        .hasRequired(120000)
        .hasAvailable(80000)
        .hasExpenditure(60000)
        .hasToBeMobilised(40000)
        .hasFundingRate("0.6667")
        .hasFundingRate("0.6666666666666666666666666666666667")
        .hasDeliveryRate("0.75")
        .hasSkippedLines(0);
    assertThat(KGZ).budget().byYear("2023").hasLines(1).hasRequired(120000);
    assertThat(KGZ).budget().byAgency("IOM").hasAvailable(80000);
    assertThat(KGZ).budget().byContributingPartner("USAID").hasExpenditure(60000);
    assertThat(KGZ).budget().bySdgGoal("8").hasRequired(120000);
    assertThat(KGZ).budget().bySdgGoal("10").hasRequired(120000);
    assertThat(KGZ).budget().unlinked().hasLines(0).hasNoFundingRate().hasNoDeliveryRate();
  }

  @Test
  void equal_split_shares_show_as_exact_amounts() {
    RollupReport split =
        Rollup.compute(
            SamplePlans.kyrgyzstan(),
            RollupOptions.builder().asOf(AS_OF).sdgAttribution(SdgAttribution.EQUAL_SPLIT).build());
    assertThat(split).budget().bySdgGoal("8").hasLines(1).hasRequired("60000.0000");
    assertThat(split).budget().bySdgGoal("10").hasAvailable(40000).hasExpenditure(30000);
  }

  @Test
  void an_indicator_failure_names_the_indicator_the_expectation_and_the_actual() {
    assertThatThrownBy(
            () -> assertThat(KGZ).indicator("OC1.1-I1").hasStatus(ProgressStatus.AT_RISK))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting indicator OC1.1-I1 to have status AT_RISK, but was ON_TRACK");
    assertThatThrownBy(() -> assertThat(KGZ).indicator("OC1.1-I1").hasAchievement("0.3"))
        .hasMessage("Expecting indicator OC1.1-I1 to have achievement 0.3, but was 0.25");
    assertThatThrownBy(() -> assertThat(KGZ).indicator("OC1.1-I1").hasPace("1.3667"))
        .hasMessage("Expecting indicator OC1.1-I1 to have pace 1.3667, but was 1.3668");
    assertThatThrownBy(() -> assertThat(KGZ).indicator("OC1.1-I1").hasExpected("0.18291"))
        .hasMessage(
            "Expecting indicator OC1.1-I1 to have expected 0.18291, but was"
                + " 0.1829134720700985761226725082146769");
    assertThatThrownBy(() -> assertThat(KGZ).indicator("OC1.1-I1").hasNoAchievement())
        .hasMessage("Expecting indicator OC1.1-I1 to have no achievement, but was 0.25");
    assertThatThrownBy(
            () -> assertThat(KGZ).indicator("OC1.1-I1").hasReason(ProgressReason.NO_ACTUAL))
        .hasMessage(
            "Expecting indicator OC1.1-I1 to have reason NO_ACTUAL, but was absent (status"
                + " ON_TRACK)");
    assertThatThrownBy(() -> assertThat(KGZ).indicator("OC1.1-I1").hasBaseline("1"))
        .hasMessage("Expecting indicator OC1.1-I1 to have baseline 1, but was 0");
    assertThatThrownBy(
            () -> assertThat(KGZ).indicator("OC1.1-I1").hasActualDate(LocalDate.of(2024, 1, 1)))
        .hasMessage(
            "Expecting indicator OC1.1-I1 to have actual date 2024-01-01, but was 2023-11-30");
    assertThatThrownBy(() -> assertThat(KGZ).indicator("OC1.1-I1").hasOwner("OC9"))
        .hasMessage("Expecting indicator OC1.1-I1 to have owner OC9, but was OC1.1");
    assertThatThrownBy(() -> assertThat(KGZ).indicator("OC1.1-I1").hasLevel(ResultLevel.OUTPUT))
        .hasMessage("Expecting indicator OC1.1-I1 to have level OUTPUT, but was OUTCOME");
  }

  @Test
  void an_unassessed_indicator_shows_its_reason_and_absent_numbers() {
    RollupReport early =
        Rollup.compute(
            SamplePlans.kyrgyzstan(),
            RollupOptions.builder().asOf(LocalDate.of(2023, 6, 30)).build());
    assertThat(early)
        .indicator("OC1.1-I1")
        .hasStatus(ProgressStatus.NO_DATA)
        .hasReason(ProgressReason.NO_ACTUAL)
        .hasNoAchievement()
        .hasNoPace()
        .hasNoActual();
    assertThatThrownBy(
            () -> assertThat(early).indicator("OC1.1-I1").hasStatus(ProgressStatus.ON_TRACK))
        .hasMessage(
            "Expecting indicator OC1.1-I1 to have status ON_TRACK, but was NO_DATA (NO_ACTUAL)");
    assertThatThrownBy(() -> assertThat(early).indicator("OC1.1-I1").hasAchievement("0.25"))
        .hasMessage("Expecting indicator OC1.1-I1 to have achievement 0.25, but was absent");
    assertThatThrownBy(() -> assertThat(early).indicator("OC1.1-I1").hasNoReason())
        .hasMessage(
            "Expecting indicator OC1.1-I1 to have no reason, but was NO_ACTUAL (status NO_DATA)");
    assertThatThrownBy(() -> assertThat(early).root().hasNoProgress().hasProgress("0"))
        .hasMessage("Expecting node KGZ-2023-2027 to have progress 0, but was absent");
    // The counts depend on the rule set; the form of the message does not.
    assertThatThrownBy(() -> assertThat(early).isValid())
        .hasMessageMatching(
            "Expecting roll-up of KGZ-2023-2027 to be valid, but validation found errors [1-9]\\d*,"
                + " warnings \\d+, info \\d+");
  }

  @Test
  void a_node_failure_names_the_node() {
    assertThatThrownBy(() -> assertThat(KGZ).node("SP1").hasStatus(ProgressStatus.AT_RISK))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting node SP1 to have status AT_RISK, but was ON_TRACK");
    assertThatThrownBy(() -> assertThat(KGZ).node("SP1").hasProgress("0.5"))
        .hasMessage("Expecting node SP1 to have progress 0.5, but was 0.25");
    assertThatThrownBy(() -> assertThat(KGZ).node("SP1").hasCoverage(1, 2))
        .hasMessage("Expecting node SP1 to have coverage 1/2, but was 1/1");
    assertThatThrownBy(() -> assertThat(KGZ).node("SP1").hasPace("0.9"))
        .hasMessage("Expecting node SP1 to have pace 0.9, but was 1");
    assertThatThrownBy(() -> assertThat(KGZ).node("SP1").hasNoProgress())
        .hasMessage("Expecting node SP1 to have no progress, but was 0.25");
    assertThatThrownBy(() -> assertThat(KGZ).node("SP1").hasLevel(ResultLevel.OUTCOME))
        .hasMessage("Expecting node SP1 to have level OUTCOME, but was PRIORITY_AREA");
    assertThatThrownBy(() -> assertThat(KGZ).node("SP1").hasChildren())
        .hasMessage("Expecting node SP1 to have children [], but was [OC1.1]");
    assertThatThrownBy(() -> assertThat(KGZ).node("SP1").progress().hasAchieved(1))
        .hasMessage("Expecting node SP1 to have 1 achieved indicators, but was 0");
    assertThatThrownBy(
            () -> assertThat(KGZ).node("SP1").progress().hasStatusCount(ProgressStatus.AT_RISK, 1))
        .hasMessage("Expecting node SP1 to have 1 AT_RISK indicators, but was 0");
    assertThatThrownBy(() -> assertThat(KGZ).node("SP1").budget().hasRequired(1))
        .hasMessage("Expecting budget of node SP1 to have required 1, but was 120000");
  }

  @Test
  void a_budget_failure_names_the_budget() {
    assertThatThrownBy(() -> assertThat(KGZ).budget().hasRequired(100000))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting budget of KGZ-2023-2027 to have required 100000, but was 120000");
    assertThatThrownBy(() -> assertThat(KGZ).budget().hasFundingRate("0.666"))
        .hasMessage("Expecting budget of KGZ-2023-2027 to have fundingRate 0.666, but was 0.6667");
    assertThatThrownBy(() -> assertThat(KGZ).budget().hasNoDeliveryRate())
        .hasMessage("Expecting budget of KGZ-2023-2027 to have no deliveryRate, but was 0.75");
    assertThatThrownBy(() -> assertThat(KGZ).budget().hasLines(2))
        .hasMessage("Expecting budget of KGZ-2023-2027 to have 2 lines, but was 1");
    assertThatThrownBy(() -> assertThat(KGZ).budget().hasToBeMobilised(0))
        .hasMessage("Expecting budget of KGZ-2023-2027 to have toBeMobilised 0, but was 40000");
    assertThatThrownBy(() -> assertThat(KGZ).budget().hasSkippedLines(1))
        .hasMessage("Expecting budget of KGZ-2023-2027 to have 1 skipped lines, but was 0");
    assertThatThrownBy(() -> assertThat(KGZ).budget().byYear("2023").hasAvailable(1))
        .hasMessage("Expecting budget of year 2023 to have available 1, but was 80000");
    assertThatThrownBy(() -> assertThat(KGZ).budget().unlinked().hasDeliveryRate("1"))
        .hasMessage(
            "Expecting unlinked budget of KGZ-2023-2027 to have deliveryRate 1, but was absent");
  }

  @Test
  void a_missing_group_lists_the_keys_that_exist() {
    assertThatThrownBy(() -> assertThat(KGZ).budget().byYear("2024"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting budget of KGZ-2023-2027 to have year \"2024\", but its years are"
                + " [\"2023\"]");
    assertThatThrownBy(() -> assertThat(KGZ).budget().byAgency("UNDP"))
        .hasMessage(
            "Expecting budget of KGZ-2023-2027 to have agency \"UNDP\", but its agencies are"
                + " [\"IOM\"]");
    assertThatThrownBy(() -> assertThat(KGZ).budget().bySdgGoal("1"))
        .hasMessage(
            "Expecting budget of KGZ-2023-2027 to have SDG goal \"1\", but its SDG goals are"
                + " [\"8\", \"10\"]");
    assertThatThrownBy(() -> assertThat(KGZ).budget().byContributingPartner(""))
        .hasMessage(
            "Expecting budget of KGZ-2023-2027 to have contributing partner \"\", but its"
                + " contributing partners are [\"USAID\"]");
    assertThatThrownBy(() -> assertThat(KGZ.root().budget()).byYear("2023"))
        .hasMessage(
            "Expecting budget to come with groupings, but it does not: start from"
                + " assertThat(report).budget()");
  }

  @Test
  void a_missing_indicator_or_node_lists_the_codes_that_exist() {
    assertThatThrownBy(() -> assertThat(KGZ).indicator("X"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting roll-up of KGZ-2023-2027 to have indicator \"X\", but its indicators are"
                + " [OC1.1-I1, OP1.1.1-I1]");
    assertThatThrownBy(() -> assertThat(KGZ).node("X"))
        .hasMessage(
            "Expecting roll-up of KGZ-2023-2027 to have node \"X\", but its nodes are"
                + " [KGZ-2023-2027, SP1, OC1.1, OP1.1.1, 1.1.1.01]");
    assertThatThrownBy(() -> assertThat(KGZ).hasIndicatorCount(3))
        .hasMessage(
            "Expecting roll-up of KGZ-2023-2027 to have 3 indicators, but has 2: [OC1.1-I1,"
                + " OP1.1.1-I1]");
    assertThatThrownBy(() -> assertThat(KGZ).hasAsOf(LocalDate.of(2024, 7, 1)))
        .hasMessage(
            "Expecting roll-up of KGZ-2023-2027 to be as of 2024-07-01, but was 2024-06-30");
    assertThatThrownBy(() -> assertThat(KGZ).hasValidationCounts(0, 1, 0))
        .hasMessage(
            "Expecting roll-up of KGZ-2023-2027 to have validation errors 0, warnings 1, info 0,"
                + " but found errors 0, warnings 0, info 0");
  }

  @Test
  void null_subjects_fail_and_bad_numbers_are_rejected() {
    assertThatThrownBy(() -> assertThat((RollupReport) null).indicator("X"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(
            () ->
                assertThat((org.unsdcf.core.rollup.IndicatorProgress) null)
                    .hasStatus(ProgressStatus.ON_TRACK))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(
            () -> assertThat((org.unsdcf.core.rollup.ProgressAggregate) null).hasIndicators(0))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat((org.unsdcf.core.rollup.BudgetAggregate) null).hasLines(0))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(KGZ).indicator("OC1.1-I1").hasPace("fast"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected must be a number, but was 'fast'");
  }

  @Test
  void checks_the_open_sdg_view_of_indicators_and_nodes() {
    // OC1.1-I1 grows from a baseline of 0: Open SDG cannot measure growth from 0
    assertThat(KGZ)
        .indicator("OC1.1-I1")
        .hasStatus(ProgressStatus.ON_TRACK)
        .hasOpenSdgStatus(OpenSdgStatus.NOT_AVAILABLE);
    assertThat(KGZ)
        .indicator("OP1.1.1-I1")
        .hasOpenSdgStatus(OpenSdgStatus.TARGET_ACHIEVED)
        .hasOpenSdgScore("5")
        .hasOpenSdgProgressValue("6.5111");
    assertThat(KGZ).root().hasOpenSdgStatus(OpenSdgStatus.NOT_AVAILABLE);
    assertThat(KGZ)
        .node("OP1.1.1")
        .hasOpenSdgStatus(OpenSdgStatus.TARGET_ACHIEVED)
        .hasOpenSdgScore("5.0000");
    assertThat(KGZ).node("1.1.1.01").hasNoOpenSdg();
    assertThat(KGZ.root().progress()).hasOpenSdgStatus(OpenSdgStatus.NOT_AVAILABLE);
  }

  @Test
  void open_sdg_failures_name_the_subject_and_what_was_found() {
    assertThatThrownBy(
            () ->
                assertThat(KGZ)
                    .indicator("OP1.1.1-I1")
                    .hasOpenSdgStatus(OpenSdgStatus.DETERIORATION))
        .hasMessage(
            "Expecting indicator OP1.1.1-I1 to have Open SDG status DETERIORATION, but was"
                + " TARGET_ACHIEVED");
    assertThatThrownBy(() -> assertThat(KGZ).indicator("OP1.1.1-I1").hasOpenSdgScore("4.9"))
        .hasMessage("Expecting indicator OP1.1.1-I1 to have Open SDG score 4.9, but was 5");
    assertThatThrownBy(() -> assertThat(KGZ).indicator("OC1.1-I1").hasOpenSdgScore("1"))
        .hasMessage("Expecting indicator OC1.1-I1 to have Open SDG score 1, but was absent");
    assertThatThrownBy(
            () -> assertThat(KGZ).indicator("OP1.1.1-I1").hasOpenSdgProgressValue("6.51123456789"))
        .hasMessageStartingWith(
            "Expecting indicator OP1.1.1-I1 to have Open SDG progress value 6.51123456789, but"
                + " was 6.511");
    assertThatThrownBy(() -> assertThat(KGZ).indicator("OP1.1.1-I1").hasNoOpenSdg())
        .hasMessageStartingWith(
            "Expecting indicator OP1.1.1-I1 to have no Open SDG result, but was");
    assertThatThrownBy(
            () -> assertThat(KGZ).node("1.1.1.01").hasOpenSdgStatus(OpenSdgStatus.NOT_AVAILABLE))
        .hasMessage(
            "Expecting node 1.1.1.01 to have Open SDG status NOT_AVAILABLE, but was absent (no"
                + " indicator has an Open SDG result)");
    assertThatThrownBy(() -> assertThat(KGZ).node("OP1.1.1").hasOpenSdgScore("4"))
        .hasMessage("Expecting node OP1.1.1 to have Open SDG score 4, but was 5");
    assertThatThrownBy(() -> assertThat(KGZ).node("OP1.1.1").hasNoOpenSdg())
        .hasMessageStartingWith("Expecting node OP1.1.1 to have no Open SDG result, but was");
  }
}
