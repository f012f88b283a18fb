package org.unsdcf.testkit.gen;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.validation.RuleCatalogue;
import org.unsdcf.core.validation.RuleInfo;
import org.unsdcf.testkit.gen.FaultKit.Ctx;
import org.unsdcf.testkit.gen.FaultKit.Mutator;

/**
 * The single-fault catalogue: for every rule of {@link RuleCatalogue#rules()}, a mutation that puts
 * exactly that fault into a plan at a place chosen at random, and says where the validator is to
 * report it. Meant for plans that are clean for the rule, such as those of {@link PlanGenerator}
 * and {@code SamplePlans}:
 *
 * <pre>{@code
 * Optional<Fault> fault = SingleFaults.mutate("GOV-003", plan, asOf, new SplittableRandom(seed));
 * fault.ifPresent(f -> assertThat(validator.validate(f.plan(), ValidationOptions.of(asOf)))
 *     .hasFinding(f.code()).at(f.path()));
 * }</pre>
 *
 * <p>A mutation changes as little as it can and avoids setting off other ERROR rules: it appends
 * new elements after the existing ones (so no path moves), gives new entities codes the plan does
 * not use, and keeps dates on the right side of {@code asOf} and {@code signedOn}. Some rules need
 * a place the plan may lack (an indicator with a baseline, a current JWP with a sub-output, a
 * funding line…); then {@link #mutate} returns empty. DIS-001 is put in with an exhaustive
 * dimension, so its finding is an ERROR.
 *
 * <p>Stateless and thread-safe; deterministic for a given random generator state.
 */
public final class SingleFaults {
  private static final Map<String, Mutator> MUTATORS = mutators();

  private SingleFaults() {}

  /**
   * Gets the codes there is a mutation for: every code of {@link RuleCatalogue#rules()}, in
   * catalogue order.
   *
   * @return the codes
   */
  public static List<String> codes() {
    return List.copyOf(MUTATORS.keySet());
  }

  /**
   * Puts one fault into a plan.
   *
   * @param code the rule to break, one of {@link #codes()}
   * @param plan the plan, best one clean for that rule
   * @param asOf the day the caller validates at (date-dependent rules need it)
   * @param random chooses the place
   * @return the mutated plan with the code and the path of the finding it is to give, or empty if
   *     the plan has no place for that fault (such as IND-001 in a plan without indicators)
   * @throws IllegalArgumentException if the code is not in the catalogue
   * @throws NullPointerException if an argument is null
   */
  public static Optional<Fault> mutate(
      String code, CooperationFramework plan, LocalDate asOf, RandomGenerator random) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(random, "random");
    Mutator mutator = MUTATORS.get(code);
    if (mutator == null) {
      throw new IllegalArgumentException("no rule has the code '" + code + "'");
    }
    return mutator.apply(new Ctx(code, plan, asOf, random));
  }

  private static Map<String, Mutator> mutators() {
    // One package-private class per rule category holds that category's mutations; FaultKit holds
    // what they share.
    Map<String, Mutator> m = new LinkedHashMap<>();
    StructureFaults.register(m);
    GovernanceFaults.register(m);
    DateFaults.register(m);
    StatusFaults.register(m);
    CompletenessFaults.register(m);
    AlignmentFaults.register(m);
    IndicatorFaults.register(m);
    MeasurementFaults.register(m);
    DisaggregationFaults.register(m);
    FinanceFaults.register(m);
    for (RuleInfo rule : RuleCatalogue.rules()) {
      if (!m.containsKey(rule.code())) {
        throw new IllegalStateException("no single-fault mutation for " + rule.code());
      }
    }
    Map<String, Mutator> ordered = new LinkedHashMap<>();
    for (RuleInfo rule : RuleCatalogue.rules()) {
      ordered.put(rule.code(), m.get(rule.code()));
    }
    return ordered;
  }
}
