package org.unsdcf.testkit.validation;

import java.time.LocalDate;
import org.unsdcf.core.model.CoChair;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SteeringCommittee;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.testkit.SamplePlans;

/**
 * The parts of testkit's worked example of design.md §4.2 ({@link SamplePlans#kyrgyzstan()}), taken
 * out of the plan, with one-line ways to swap a part so that each rule's test is a single change of
 * it.
 */
final class KyrgyzParts {
  /** The day the worked example is valid at with no findings. */
  static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  /** The period of the consultations the example's measurements report. */
  static final ReportingPeriod CONSULTATIONS = outcomeIndicator().measurements().get(0).period();

  private KyrgyzParts() {}

  /** Gets the §4.2 plan. */
  static CooperationFramework plan() {
    return SamplePlans.kyrgyzstan();
  }

  static PriorityArea area() {
    return plan().priorityAreas().get(0);
  }

  static Outcome outcome() {
    return area().outcomes().get(0);
  }

  static Indicator outcomeIndicator() {
    return outcome().indicators().get(0);
  }

  static Output output() {
    return outcome().outputs().get(0);
  }

  static Indicator outputIndicator() {
    return output().indicators().get(0);
  }

  static ResultsGroup group() {
    return plan().resultsGroups().get(0);
  }

  /** Gets a UN co-chair serving from 2023-01-01, as the example's two are. */
  static CoChair unCoChair(String entity) {
    return group().coChairs().get(0).withEntity(entity);
  }

  static JointWorkPlan jwp() {
    return plan().jointWorkPlans().get(0);
  }

  static SubOutput subOutput() {
    return jwp().entries().get(0);
  }

  static FundingLine fundingLine() {
    return subOutput().funding().get(0);
  }

  static SteeringCommittee committee() {
    return plan().steeringCommittee().orElseThrow();
  }

  /** Gets the plan with another outcome in the area. */
  static CooperationFramework withOutcome(Outcome outcome) {
    return plan().withPriorityAreas(area().withOutcomes(outcome));
  }

  /** Gets the plan with another output in the outcome. */
  static CooperationFramework withOutput(Output output) {
    return withOutcome(outcome().withOutputs(output));
  }

  /** Gets the plan with another outcome indicator. */
  static CooperationFramework withOutcomeIndicator(Indicator indicator) {
    return withOutcome(outcome().withIndicators(indicator));
  }

  /** Gets the plan with another output indicator. */
  static CooperationFramework withOutputIndicator(Indicator indicator) {
    return withOutput(output().withIndicators(indicator));
  }

  /** Gets the plan with another results group. */
  static CooperationFramework withGroup(ResultsGroup group) {
    return plan().withResultsGroups(group);
  }

  /** Gets the plan with another JWP. */
  static CooperationFramework withJwp(JointWorkPlan jwp) {
    return plan().withJointWorkPlans(jwp);
  }

  /** Gets the plan with another sub-output in the JWP. */
  static CooperationFramework withSubOutput(SubOutput subOutput) {
    return withJwp(jwp().withEntries(subOutput));
  }

  /** Gets the plan with another funding line in the sub-output. */
  static CooperationFramework withFundingLine(FundingLine line) {
    return withSubOutput(subOutput().withFunding(line));
  }

  /** Gets the plan with the JWP endorsed on another day, as IOM's copy has it. */
  static CooperationFramework endorsedOn(LocalDate date) {
    return withJwp(jwp().withEndorsement(Endorsement.of(date)));
  }

  /**
   * Gets the plan whose JWP holds a sub-output but is superseded by a revision without entries, so
   * the sub-output belongs to no current JWP.
   */
  static CooperationFramework superseded(SubOutput subOutput) {
    JointWorkPlan old = jwp().withEntries(subOutput);
    return plan().withJointWorkPlans(old, old.revise("JWP-RG1-2023-2024-v2").withEntries());
  }
}
