package org.unsdcf.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.unsdcf.core.model.JointWorkPlan;

/**
 * The one description of the plan form carries design.md §5.1's list caps (LIMIT_COLLECTION) and
 * §3.1's presences, which both JSON readers enforce.
 */
class PlanFormCapsTest {

  /** Every list and map member of the form reachable from the plan, as {@code Type.member}. */
  private static Map<String, Integer> caps() {
    Map<String, Integer> caps = new TreeMap<>();
    Set<FormType<?, ?>> seen = new LinkedHashSet<>();
    Deque<FormType<?, ?>> todo = new ArrayDeque<>();
    todo.add(PlanForm.PLAN);
    while (!todo.isEmpty()) {
      FormType<?, ?> type = todo.pop();
      if (!seen.add(type)) {
        continue;
      }
      for (FormMember m : type.members()) {
        if (m.presence().isArray() || m.presence() == FormPresence.MAP) {
          caps.put(type.name() + "." + m.name(), m.cap());
        }
        if (m.value() instanceof FormType<?, ?> nested) {
          todo.push(nested);
        }
      }
    }
    return caps;
  }

  @Test
  void should_cap_each_list_as_design_5_1_says() {
    Map<String, Integer> caps = caps();
    Map<String, Integer> named =
        Map.ofEntries(
            Map.entry("JointWorkPlan.entries", 50_000),
            Map.entry("Indicator.measurements", 10_000),
            Map.entry("SteeringCommittee.decisions", 10_000),
            Map.entry("Outcome.outputs", 500),
            Map.entry("Outcome.indicators", 500),
            Map.entry("Output.indicators", 500),
            Map.entry("SubOutput.indicators", 500),
            Map.entry("CooperationFramework.jointWorkPlans", 500),
            Map.entry("CooperationFramework.countries", 300),
            Map.entry("Indicator.targets", 200),
            Map.entry("CooperationFramework.priorityAreas", 100),
            Map.entry("PriorityArea.outcomes", 100),
            Map.entry("CooperationFramework.resultsGroups", 100),
            Map.entry("Indicator.disaggregations", 20));
    assertThat(caps).containsAllEntriesOf(named);
    caps.keySet().removeAll(named.keySet());
    assertThat(caps)
        .isNotEmpty()
        .allSatisfy((member, cap) -> assertThat(cap).as(member).isEqualTo(1_000));
  }

  @Test
  void should_bound_a_work_plans_version_from_one() {
    FormValue<?> version =
        PlanForm.JOINT_WORK_PLAN.members().stream()
            .filter(m -> m.name().equals("version"))
            .findFirst()
            .orElseThrow()
            .value();
    assertThat(version.kind()).isEqualTo(FormKind.INTEGER);
    assertThat(version.min()).isEqualTo(1);
    assertThat(version.max()).isEqualTo(JointWorkPlan.MAX_VERSION);
  }

  @ParameterizedTest
  @EnumSource(FormPresence.class)
  void should_hold_an_array_for_lists_and_sets_only(FormPresence presence) {
    Set<FormPresence> arrays =
        EnumSet.of(FormPresence.LIST, FormPresence.SET, FormPresence.NON_EMPTY_SET);
    Set<FormPresence> required = EnumSet.of(FormPresence.REQUIRED, FormPresence.NON_EMPTY_SET);
    assertThat(presence.isArray()).isEqualTo(arrays.contains(presence));
    assertThat(presence.isRequired()).isEqualTo(required.contains(presence));
  }
}
