package org.unsdcf.core.rollup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ResultLevel;
import org.unsdcf.core.model.SubOutput;

/**
 * One roll-up of one plan: walks the plan once in canonical document order, assessing indicators
 * and summing funding lines, then folds the tree bottom-up. Confined to the calling thread.
 *
 * <p>Among entities of one kind with the same code the first in document order wins: a later
 * priority area, outcome or output with a repeated code is left out with everything under it, a
 * later sub-output of the current JWPs with a repeated code is left out, and a later indicator with
 * a repeated code is neither listed nor aggregated. Sub-outputs of superseded JWPs never count.
 */
final class RollupComputation {
  private final CooperationFramework plan;
  private final RollupOptions options;
  private final IndicatorAssessor assessor;
  private final Set<String> indicatorCodes = new HashSet<>();
  private final List<IndicatorProgress> indicators = new ArrayList<>();
  private final BudgetGroupings groupings;
  private BudgetAggregate unlinked = BudgetAggregate.empty();
  private int skippedLines;

  /** A node under construction. */
  private static final class Draft {
    final ResultLevel level;
    final String code;
    final List<Draft> children = new ArrayList<>();
    ProgressAggregate progress = ProgressAggregate.empty();
    BudgetAggregate budget = BudgetAggregate.empty();

    Draft(ResultLevel level, String code) {
      this.level = level;
      this.code = code;
    }

    Draft child(ResultLevel childLevel, String childCode) {
      Draft child = new Draft(childLevel, childCode);
      children.add(child);
      return child;
    }
  }

  RollupComputation(CooperationFramework plan, RollupOptions options) {
    this.plan = plan;
    this.options = options;
    this.assessor = new IndicatorAssessor(options);
    this.groupings = new BudgetGroupings(options.sdgAttribution());
  }

  RollupReport run(RollupValidation validation) {
    Draft root = new Draft(ResultLevel.FRAMEWORK, plan.code());
    Map<String, Draft> outputs = results(root);
    subOutputs(outputs);
    return RollupReport.builder()
        .framework(plan.code())
        .asOf(options.asOf())
        .currency(plan.currency())
        .thresholds(options.thresholds())
        .sdgAttribution(options.sdgAttribution())
        .validation(validation)
        .root(fold(root))
        .indicators(indicators)
        .budget(
            BudgetBreakdown.builder()
                .skippedLines(skippedLines)
                .byYear(groupings.byYear())
                .byAgency(groupings.byAgency())
                .byContributingPartner(groupings.byContributingPartner())
                .bySdgGoal(groupings.bySdgGoal())
                .unlinked(unlinked)
                .build())
        .build();
  }

  /** Areas, outcomes and outputs in document order; returns the outputs of the tree by code. */
  private Map<String, Draft> results(Draft root) {
    Set<String> areaCodes = new HashSet<>();
    Set<String> outcomeCodes = new HashSet<>();
    Map<String, Draft> outputs = new HashMap<>();
    for (PriorityArea a : plan.priorityAreas()) {
      if (!areaCodes.add(a.code())) {
        continue;
      }
      Draft area = root.child(ResultLevel.PRIORITY_AREA, a.code());
      for (Outcome o : a.outcomes()) {
        if (!outcomeCodes.add(o.code())) {
          continue;
        }
        Draft outcome = area.child(ResultLevel.OUTCOME, o.code());
        outcome.progress = own(o.indicators(), ResultLevel.OUTCOME, o.code());
        for (Output u : o.outputs()) {
          if (outputs.containsKey(u.code())) {
            continue;
          }
          Draft output = outcome.child(ResultLevel.OUTPUT, u.code());
          output.progress = own(u.indicators(), ResultLevel.OUTPUT, u.code());
          outputs.put(u.code(), output);
        }
      }
    }
    return outputs;
  }

  /** Sub-outputs of the current JWPs, by JWP then entry: under their output, or unlinked. */
  private void subOutputs(Map<String, Draft> outputs) {
    Set<String> codes = new HashSet<>();
    for (JointWorkPlan jwp : plan.currentJointWorkPlans()) {
      for (SubOutput s : jwp.entries()) {
        if (!codes.add(s.code())) {
          continue;
        }
        ProgressAggregate progress = own(s.indicators(), ResultLevel.SUB_OUTPUT, s.code());
        BudgetAggregate budget = funding(s);
        Draft output = outputs.get(s.outputCode());
        if (output == null) {
          unlinked = unlinked.plus(budget);
        } else {
          Draft node = output.child(ResultLevel.SUB_OUTPUT, s.code());
          node.progress = progress;
          node.budget = budget;
        }
      }
    }
  }

  private ProgressAggregate own(List<Indicator> list, ResultLevel level, String owner) {
    ProgressAggregate aggregate = ProgressAggregate.empty();
    for (Indicator i : list) {
      if (indicatorCodes.add(i.code())) {
        IndicatorProgress progress = assessor.assess(i, level, owner);
        indicators.add(progress);
        aggregate = aggregate.plus(ProgressAggregate.of(progress));
      }
    }
    return aggregate;
  }

  private BudgetAggregate funding(SubOutput s) {
    int goals = 0;
    for (String target : s.sdgTargets()) {
      goals |= 1 << goal(target);
    }
    BudgetSum budget = new BudgetSum();
    for (FundingLine line : s.funding()) {
      if (isForeign(line)) {
        skippedLines++;
        continue;
      }
      BudgetAggregate whole = BudgetAggregate.of(line);
      budget.add(whole);
      groupings.add(line, whole, goals);
    }
    return budget.total();
  }

  /**
   * Gets the goal of an SDG target, the number before its dot ({@code "17.a"} → 17): the model
   * admits only targets of goals 1 to 17, so it fits a bit of an {@code int}.
   */
  static int goal(String target) {
    int goal = 0;
    for (int i = 0; target.charAt(i) != '.'; i++) {
      goal = goal * 10 + target.charAt(i) - '0';
    }
    return goal;
  }

  private boolean isForeign(FundingLine line) {
    return isForeign(line.required())
        || isForeign(line.available())
        || line.expenditure().map(this::isForeign).orElse(false);
  }

  private boolean isForeign(Money money) {
    return !money.currency().equals(plan.currency());
  }

  /** Builds the immutable tree: areas and the framework merge their children's progress. */
  private static RollupNode fold(Draft draft) {
    List<RollupNode> children = new ArrayList<>(draft.children.size());
    ProgressAggregate merged = ProgressAggregate.empty();
    BudgetAggregate budget =
        draft.level == ResultLevel.SUB_OUTPUT ? draft.budget : BudgetAggregate.empty();
    for (Draft c : draft.children) {
      RollupNode child = fold(c);
      children.add(child);
      merged = merged.plus(child.progress());
      budget = budget.plus(child.budget());
    }
    boolean merges =
        draft.level == ResultLevel.FRAMEWORK || draft.level == ResultLevel.PRIORITY_AREA;
    return RollupNode.builder()
        .level(draft.level)
        .code(draft.code)
        .progress(merges ? merged : draft.progress)
        .budget(budget)
        .children(children)
        .build();
  }
}
