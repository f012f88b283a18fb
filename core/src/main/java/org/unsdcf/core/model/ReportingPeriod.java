package org.unsdcf.core.model;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;

/**
 * The inclusive date range a measurement covers; a single day is allowed.
 *
 * <pre>{@code
 * ReportingPeriod p = ReportingPeriod.of(LocalDate.of(2023, 8, 1), LocalDate.of(2023, 11, 30));
 * }</pre>
 *
 * <p>Invariant: {@code start <= end}, both from 1945-01-01 to 2100-12-31. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class ReportingPeriod implements WithReportingPeriod {
  ReportingPeriod() {}

  /**
   * Gets the first day.
   *
   * @return the first day
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * Gets the last day, included.
   *
   * @return the last day
   */
  @Value.Parameter
  public abstract LocalDate end();

  /**
   * Obtains a period.
   *
   * @param start the first day
   * @param end the last day, not before {@code start}
   * @return the period
   * @throws InvariantViolationException if {@code end} is before {@code start} or a date is out of
   *     range
   */
  public static ReportingPeriod of(LocalDate start, LocalDate end) {
    return ImmutableReportingPeriod.of(start, end);
  }

  /**
   * Obtains the period of a whole calendar year.
   *
   * @param year the year
   * @return 1 January to 31 December of {@code year}
   */
  public static ReportingPeriod ofYear(int year) {
    return of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Checks if a day is in the period.
   *
   * @param date the day
   * @return true if {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * Checks if this period shares at least one day with another.
   *
   * @param other the other period
   * @return true if they overlap
   */
  public boolean overlaps(ReportingPeriod other) {
    return !other.end().isBefore(start()) && !other.start().isAfter(end());
  }

  @Value.Check
  void check() {
    Checks.date("ReportingPeriod", "start", start());
    Checks.date("ReportingPeriod", "end", end());
    Checks.requireArgument(
        !end().isBefore(start()),
        "ReportingPeriod",
        "end",
        end(),
        "must not be before start %s",
        start());
  }

  @Override
  public String toString() {
    return start() + "/" + end();
  }
}
