package org.unsdcf.core.model;

import java.time.Year;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;

/**
 * A sub-output's progress narrative for one year (UN INFO's "Progress narrative" per year).
 *
 * <pre>{@code
 * YearNarrative y2023 = YearNarrative.of(2023, "500 migrants were consulted online.");
 * }</pre>
 *
 * <p>Invariants: the year is a Year (1945–2100), the text a Text. A sub-output's narratives have
 * unique years in ascending order. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class YearNarrative implements WithYearNarrative {
  YearNarrative() {}

  /**
   * Gets the year the narrative reports on.
   *
   * @return the year
   */
  @Value.Parameter
  public abstract Year year();

  /**
   * Gets the narrative.
   *
   * @return a Text
   */
  @Value.Parameter
  public abstract String text();

  /**
   * Obtains a year narrative.
   *
   * @param year the year
   * @param text the narrative
   * @return the narrative
   * @throws InvariantViolationException if the year is outside 1945–2100 or the text not a Text
   */
  public static YearNarrative of(Year year, String text) {
    return ImmutableYearNarrative.of(year, text);
  }

  /**
   * Obtains a year narrative from a year number.
   *
   * @param year the year
   * @param text the narrative
   * @return the narrative
   * @throws InvariantViolationException if the year is outside 1945–2100 or the text not a Text
   */
  public static YearNarrative of(int year, String text) {
    return of(Year.of(year), text);
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
    Checks.year("YearNarrative", "year", year());
    Checks.text("YearNarrative", "text", text());
  }

  /** Builds a {@link YearNarrative}. */
  public static final class Builder extends ImmutableYearNarrative.Builder {
    Builder() {}

    /**
     * Sets the year from a number.
     *
     * @param year the year
     * @return this builder
     */
    public Builder year(int year) {
      return year(Year.of(year));
    }
  }
}
