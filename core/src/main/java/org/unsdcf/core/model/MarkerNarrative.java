package org.unsdcf.core.model;

import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;

/**
 * The text a sub-output gives to explain one of its markers (UN INFO's "Gender equality marker
 * justification" and similar columns).
 *
 * <pre>{@code
 * MarkerNarrative why = MarkerNarrative.of(MarkerKind.GENDER_EQUALITY, "Targets women migrants.");
 * }</pre>
 *
 * <p>Invariant: the text is a Text. A sub-output holds at most one narrative per marker. This class
 * is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MarkerNarrative implements WithMarkerNarrative {
  MarkerNarrative() {}

  /**
   * Gets the marker the narrative explains.
   *
   * @return the marker
   */
  @Value.Parameter
  public abstract MarkerKind marker();

  /**
   * Gets the narrative.
   *
   * @return a Text
   */
  @Value.Parameter
  public abstract String text();

  /**
   * Obtains a marker narrative.
   *
   * @param marker the marker
   * @param text the narrative
   * @return the narrative
   * @throws InvariantViolationException if the text is not a Text
   */
  public static MarkerNarrative of(MarkerKind marker, String text) {
    return ImmutableMarkerNarrative.of(marker, text);
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
  void check() {
    Checks.text("MarkerNarrative", "text", text());
  }

  /** Builds a {@link MarkerNarrative}. */
  public static final class Builder extends ImmutableMarkerNarrative.Builder {
    Builder() {}
  }
}
