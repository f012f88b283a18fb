package org.unsdcf.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SubOutput;

/**
 * Assertions on a {@link CooperationFramework}, by code. A failure names the plan and lists the
 * codes that exist, e.g. {@code Expecting plan KGZ-2023-2027 to have priority area "SP9", but its
 * priority areas are [SP1]}. Obtain one with {@link
 * UnsdcfAssertions#assertThat(CooperationFramework)}.
 */
public final class PlanAssert extends AbstractAssert<PlanAssert, CooperationFramework> {
  PlanAssert(CooperationFramework actual) {
    super(actual, PlanAssert.class);
  }

  /**
   * Verifies that the plan has this code.
   *
   * @param code the expected code
   * @return this assertion
   */
  public PlanAssert hasCode(String code) {
    isNotNull();
    if (!actual.code().equals(code)) {
      failWithMessage("Expecting plan to have code \"%s\", but was \"%s\"", code, actual.code());
    }
    return this;
  }

  /**
   * Verifies that the plan covers a country.
   *
   * @param country the ISO 3166-1 alpha-3 code
   * @return this assertion
   */
  public PlanAssert hasCountry(String country) {
    return has("country", country, subject().countries());
  }

  /**
   * Verifies the plan's currency.
   *
   * @param currency the ISO 4217 code
   * @return this assertion
   */
  public PlanAssert hasCurrency(String currency) {
    isNotNull();
    if (!actual.currency().equals(currency)) {
      failWithMessage(
          "Expecting plan %s to have currency \"%s\", but was \"%s\"",
          actual.code(), currency, actual.currency());
    }
    return this;
  }

  /**
   * Verifies that the plan has a priority area with this code.
   *
   * @param code the area's code
   * @return this assertion
   */
  public PlanAssert hasPriorityArea(String code) {
    return has("priority area", code, codes(areas(), PriorityArea::code));
  }

  /**
   * Verifies that the plan has an outcome with this code.
   *
   * @param code the outcome's code
   * @return this assertion
   */
  public PlanAssert hasOutcome(String code) {
    return has("outcome", code, codes(outcomes(), Outcome::code));
  }

  /**
   * Verifies that the plan has an output with this code.
   *
   * @param code the output's code
   * @return this assertion
   */
  public PlanAssert hasOutput(String code) {
    return has("output", code, codes(outputs(), Output::code));
  }

  /**
   * Verifies that the plan has an indicator with this code, on an outcome, an output or a
   * sub-output.
   *
   * @param code the indicator's code
   * @return this assertion
   */
  public PlanAssert hasIndicator(String code) {
    return has("indicator", code, codes(indicators(), Indicator::code));
  }

  /**
   * Verifies that the plan has a results group with this code.
   *
   * @param code the group's code
   * @return this assertion
   */
  public PlanAssert hasResultsGroup(String code) {
    return has("results group", code, codes(subject().resultsGroups(), ResultsGroup::code));
  }

  /**
   * Verifies that the plan has a joint work plan with this code.
   *
   * @param code the JWP's code
   * @return this assertion
   */
  public PlanAssert hasJointWorkPlan(String code) {
    return has("joint work plan", code, codes(subject().jointWorkPlans(), JointWorkPlan::code));
  }

  /**
   * Verifies that a joint work plan of the plan has a sub-output with this code.
   *
   * @param code the sub-output's code
   * @return this assertion
   */
  public PlanAssert hasSubOutput(String code) {
    return has("sub-output", code, codes(subOutputs(), SubOutput::code));
  }

  /**
   * Verifies the number of priority areas.
   *
   * @param expected the expected count
   * @return this assertion
   */
  public PlanAssert hasPriorityAreaCount(int expected) {
    isNotNull();
    if (actual.priorityAreas().size() != expected) {
      failWithMessage(
          "Expecting plan %s to have %s priority areas, but has %s: %s",
          actual.code(),
          expected,
          actual.priorityAreas().size(),
          codes(areas(), PriorityArea::code));
    }
    return this;
  }

  /**
   * Navigates to the first indicator with this code, failing if there is none.
   *
   * @param code the indicator's code
   * @return an assertion on that indicator
   */
  public IndicatorAssert indicator(String code) {
    hasIndicator(code);
    Optional<Indicator> found =
        indicators().stream().filter(i -> i.code().equals(code)).findFirst();
    return new IndicatorAssert(found.orElseThrow());
  }

  private PlanAssert has(String what, String code, List<String> existing) {
    isNotNull();
    if (!existing.contains(code)) {
      failWithMessage(
          "Expecting plan %s to have %s \"%s\", but its %s are %s",
          actual.code(), what, code, what.equals("country") ? "countries" : what + "s", existing);
    }
    return this;
  }

  private CooperationFramework subject() {
    isNotNull();
    return actual;
  }

  private List<PriorityArea> areas() {
    return subject().priorityAreas();
  }

  private List<Outcome> outcomes() {
    List<Outcome> all = new ArrayList<>();
    areas().forEach(a -> all.addAll(a.outcomes()));
    return all;
  }

  private List<Output> outputs() {
    List<Output> all = new ArrayList<>();
    outcomes().forEach(o -> all.addAll(o.outputs()));
    return all;
  }

  private List<SubOutput> subOutputs() {
    List<SubOutput> all = new ArrayList<>();
    subject().jointWorkPlans().forEach(j -> all.addAll(j.entries()));
    return all;
  }

  private List<Indicator> indicators() {
    List<Indicator> all = new ArrayList<>();
    for (Outcome o : outcomes()) {
      all.addAll(o.indicators());
      o.outputs().forEach(p -> all.addAll(p.indicators()));
    }
    subOutputs().forEach(s -> all.addAll(s.indicators()));
    return all;
  }

  private static <T> List<String> codes(List<T> entities, Function<T, String> code) {
    List<String> codes = new ArrayList<>(entities.size());
    entities.forEach(e -> codes.add(code.apply(e)));
    return codes;
  }
}
