package org.unsdcf.core.rollup;

import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;

/**
 * The result of Open SDG's progress measure for a series ({@link OpenSdgProgress#assess}) or an
 * indicator ({@link OpenSdgProgress#combine}): a status, a score from −5 to 5 and, for a series,
 * the progress value (design.md §16, §20).
 *
 * <p>Invariants:
 *
 * <ul>
 *   <li>the score is present exactly when the status is not NOT_AVAILABLE, and lies in [−5, 5];
 *   <li>TARGET_ACHIEVED has the score 5;
 *   <li>a progress value is finite (an infinite or undefined one is absent).
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpenSdgResult {
  private static final String TYPE = "OpenSdgResult";

  OpenSdgResult() {}

  /**
   * Gets the status.
   *
   * @return the status
   */
  @Value.Parameter
  public abstract OpenSdgStatus status();

  /**
   * Gets the score, from −5 (deterioration) to 5 (target achieved or substantial progress).
   *
   * @return the score, empty exactly for NOT_AVAILABLE
   */
  @Value.Parameter
  public abstract OptionalDouble score();

  /**
   * Gets the progress value pv: the compound annual growth in the desired direction (method 1), or
   * its ratio to the growth the target needs (method 2).
   *
   * @return pv when it is finite; always empty for an indicator's combined result
   */
  @Value.Parameter
  public abstract OptionalDouble progressValue();

  /**
   * Obtains a result.
   *
   * @param status the status
   * @param score the score
   * @param progressValue the progress value
   * @return the result
   * @throws NullPointerException if an argument is null
   * @throws org.unsdcf.core.model.InvariantViolationException if the invariants do not hold
   */
  public static OpenSdgResult of(
      OpenSdgStatus status, OptionalDouble score, OptionalDouble progressValue) {
    return ImmutableOpenSdgResult.of(status, score, progressValue);
  }

  @Value.Check
  void check() {
    boolean available = status() != OpenSdgStatus.NOT_AVAILABLE;
    Checks.requireArgument(
        score().isPresent() == available,
        TYPE,
        "score",
        score().isPresent() ? score().getAsDouble() : "",
        available ? "is required for status %s" : "is not allowed for status %s",
        status());
    if (score().isPresent()) {
      double s = score().getAsDouble();
      Checks.requireArgument(s >= -5 && s <= 5, TYPE, "score", s, "must be from -5 to 5");
      Checks.requireArgument(
          status() != OpenSdgStatus.TARGET_ACHIEVED || s == 5,
          TYPE,
          "score",
          s,
          "must be 5 for status TARGET_ACHIEVED");
    }
    progressValue()
        .ifPresent(
            pv ->
                Checks.requireArgument(
                    Double.isFinite(pv), TYPE, "progressValue", pv, "must be finite"));
  }
}
