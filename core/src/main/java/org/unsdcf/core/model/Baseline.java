package org.unsdcf.core.model;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * Where an indicator starts: its value in a baseline year, optionally on an exact date.
 *
 * <pre>{@code
 * Baseline b = Baseline.of(2022, Value.numeric(40));
 * }</pre>
 *
 * <p>Invariant: the date, if given, falls in the year. The value's own unit, if given, is kept as
 * given; conversion happens only in rules and roll-ups. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Baseline implements WithBaseline {
  Baseline() {}

  /**
   * Gets the baseline year.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * Gets the exact date of the baseline, if known; otherwise 31 December of the year is used.
   *
   * @return a date in {@link #year()}
   */
  public abstract Optional<LocalDate> date();

  /**
   * Gets the baseline value.
   *
   * @return the value
   */
  public abstract org.unsdcf.core.model.Value value();

  /**
   * Gets the value's own unit, if it differs from the indicator's.
   *
   * @return the unit
   */
  public abstract Optional<IndicatorUnit> unit();

  /**
   * Gets a comment, if any.
   *
   * @return a Text
   */
  public abstract Optional<String> comment();

  /**
   * Gets the day the baseline stands for: {@link #date()}, else 31 December of {@link #year()}.
   *
   * @return the baseline day
   */
  public LocalDate day() {
    return date().orElseGet(() -> year().atMonth(12).atEndOfMonth());
  }

  /**
   * Obtains a baseline for a year.
   *
   * @param year the year
   * @param value the value
   * @return the baseline
   */
  public static Baseline of(int year, org.unsdcf.core.model.Value value) {
    return builder().year(year).value(value).build();
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
    Checks.year("Baseline", "year", year());
    date()
        .ifPresent(
            d -> {
              Checks.date("Baseline", "date", d);
              Checks.requireArgument(
                  Year.from(d).equals(year()),
                  "Baseline",
                  "date",
                  d,
                  "must fall in the baseline year %s",
                  year());
            });
    comment().ifPresent(c -> Checks.text("Baseline", "comment", c));
  }

  /** Builds a {@link Baseline}. */
  public static final class Builder extends ImmutableBaseline.Builder {
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
