package org.unsdcf.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SubOutput;

/** Walks a plan for the tests: its codes in the one namespace, and its indicators. */
final class PlanCodes {
  private PlanCodes() {}

  /** Every code of the namespace (design.md STR-004), in document order, repeats kept. */
  static List<String> all(CooperationFramework plan) {
    List<String> codes = new ArrayList<>();
    codes.add(plan.code());
    for (PriorityArea area : plan.priorityAreas()) {
      codes.add(area.code());
      for (Outcome outcome : area.outcomes()) {
        codes.add(outcome.code());
        outcome.indicators().forEach(i -> codes.add(i.code()));
        for (Output output : outcome.outputs()) {
          codes.add(output.code());
          output.indicators().forEach(i -> codes.add(i.code()));
        }
      }
    }
    plan.resultsGroups().stream().map(ResultsGroup::code).forEach(codes::add);
    for (JointWorkPlan jwp : plan.jointWorkPlans()) {
      codes.add(jwp.code());
      for (SubOutput entry : jwp.entries()) {
        codes.add(entry.code());
        entry.indicators().forEach(i -> codes.add(i.code()));
      }
    }
    return codes;
  }

  /** Every indicator of the plan: outcomes', outputs' and sub-outputs'. */
  static Stream<Indicator> indicators(CooperationFramework plan) {
    Stream<Indicator> results =
        plan.priorityAreas().stream()
            .flatMap(a -> a.outcomes().stream())
            .flatMap(
                o ->
                    Stream.concat(
                        o.indicators().stream(),
                        o.outputs().stream().flatMap(p -> p.indicators().stream())));
    Stream<Indicator> entries =
        plan.jointWorkPlans().stream()
            .flatMap(j -> j.entries().stream())
            .flatMap(s -> s.indicators().stream());
    return Stream.concat(results, entries);
  }
}
