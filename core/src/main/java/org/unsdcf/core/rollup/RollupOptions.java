package org.unsdcf.core.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;
import org.unsdcf.core.validation.RuleCatalogue;

/**
 * What a roll-up needs besides the plan: the {@code asOf} date, the progress thresholds, indicator
 * weights and how funding is attributed to SDG goals (design.md §7).
 *
 * <pre>{@code
 * RollupOptions options = RollupOptions.builder()
 *     .asOf(LocalDate.of(2024, 6, 30))
 *     .putWeight("OC1.1-I1", new BigDecimal("2"))
 *     .sdgAttribution(SdgAttribution.EQUAL_SPLIT)
 *     .build();
 * }</pre>
 *
 * <p>Defaults: {@link ProgressThresholds#defaults()}, weight 1 for every indicator not in {@link
 * #weights()}, {@link SdgAttribution#FULL}, no rule disabled. Invariants: every weight is at least
 * 0 (a Decimal, normalised); every disabled rule is a catalogue code (else {@link
 * IllegalArgumentException}). {@code asOf} is required: the roll-up never reads the clock. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RollupOptions implements WithRollupOptions {
  RollupOptions() {}

  /**
   * Gets the day the roll-up is computed for: measurements ending after it are ignored.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Gets the progress thresholds.
   *
   * @return the thresholds, {@link ProgressThresholds#defaults()} unless set
   */
  @Value.Default
  public ProgressThresholds thresholds() {
    return ProgressThresholds.defaults();
  }

  /**
   * Gets the weights by indicator code; an indicator not listed weighs 1.
   *
   * @return the weights, each at least 0
   */
  public abstract Map<String, BigDecimal> weights();

  /**
   * Gets how a funding line is attributed to the SDG goals of its sub-output.
   *
   * @return the attribution, {@link SdgAttribution#FULL} unless set
   */
  @Value.Default
  public SdgAttribution sdgAttribution() {
    return SdgAttribution.FULL;
  }

  /**
   * Gets the rules the roll-up's own validation (which fills {@link RollupReport#validation()})
   * leaves out, as {@link org.unsdcf.core.validation.ValidationOptions#disabledRules()} does for
   * {@code Validator}; e.g. STR-002, STR-003 and STR-007, which fire on every plan imported from a
   * UN INFO activity report.
   *
   * @return catalogue codes, none unless set
   */
  public abstract Set<String> disabledRules();

  /**
   * Gets the weight of an indicator: its entry in {@link #weights()}, else 1.
   *
   * @param indicatorCode the indicator's code
   * @return the weight, at least 0
   * @throws NullPointerException if {@code indicatorCode} is null
   */
  public BigDecimal weightOf(String indicatorCode) {
    BigDecimal w = weights().get(indicatorCode);
    return w == null ? BigDecimal.ONE : w;
  }

  /**
   * Obtains a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  RollupOptions normalise() {
    for (String code : disabledRules()) {
      if (RuleCatalogue.rule(code).isEmpty()) {
        throw new IllegalArgumentException("disabledRules: no rule has the code '" + code + "'");
      }
    }
    Map<String, BigDecimal> normal = new LinkedHashMap<>();
    boolean changed = false;
    for (Map.Entry<String, BigDecimal> e : weights().entrySet()) {
      BigDecimal w = Checks.decimal("RollupOptions", "weights/" + e.getKey(), e.getValue());
      Checks.requireArgument(
          w.signum() >= 0, "RollupOptions", "weights/" + e.getKey(), w, "must not be negative");
      changed |= !w.equals(e.getValue());
      normal.put(e.getKey(), w);
    }
    return changed ? ImmutableRollupOptions.copyOf(this).withWeights(normal) : this;
  }

  /** Builds {@link RollupOptions}. */
  public static final class Builder extends ImmutableRollupOptions.Builder {
    Builder() {}
  }
}
