package org.unsdcf.core.model;

import java.time.LocalDate;
import java.time.Year;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;

/**
 * An inclusive range of calendar years, such as a framework's 2023–2027 or a joint work plan's
 * 2023–2024.
 *
 * <pre>{@code
 * YearRange period = YearRange.of(Year.of(2023), Year.of(2027));
 * period.length();                        // 5
 * period.contains(Year.of(2025));         // true
 * period.lastDay();                       // 2027-12-31
 * }</pre>
 *
 * <p>Invariant: {@code start <= end}, both within 1945–2100. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class YearRange implements WithYearRange {
  YearRange() {}

  /**
   * Gets the first year of the range.
   *
   * @return the first year
   */
  @Value.Parameter
  public abstract Year start();

  /**
   * Gets the last year of the range, included.
   *
   * @return the last year
   */
  @Value.Parameter
  public abstract Year end();

  /**
   * Obtains a range from its first and last year.
   *
   * @param start the first year
   * @param end the last year, not before {@code start}
   * @return the range
   * @throws InvariantViolationException if {@code end} is before {@code start} or a year is outside
   *     1945–2100
   */
  public static YearRange of(Year start, Year end) {
    return ImmutableYearRange.of(start, end);
  }

  /**
   * Obtains a range from its first and last year given as numbers.
   *
   * @param start the first year
   * @param end the last year
   * @return the range
   * @throws InvariantViolationException if {@code end} is before {@code start} or a year is outside
   *     1945–2100
   */
  public static YearRange of(int start, int end) {
    return of(Year.of(start), Year.of(end));
  }

  /**
   * Gets the number of years in the range, at least 1.
   *
   * @return {@code end - start + 1}
   */
  public int length() {
    return end().getValue() - start().getValue() + 1;
  }

  /**
   * Checks if a year is in the range.
   *
   * @param year the year
   * @return true if {@code start <= year <= end}
   */
  public boolean contains(Year year) {
    return !year.isBefore(start()) && !year.isAfter(end());
  }

  /**
   * Checks if a date falls in one of the range's years.
   *
   * @param date the date
   * @return true if the date's year is in the range
   */
  public boolean contains(LocalDate date) {
    return contains(Year.from(date));
  }

  /**
   * Checks if another range lies wholly inside this one.
   *
   * @param other the other range
   * @return true if both its years are in this range
   */
  public boolean encloses(YearRange other) {
    return contains(other.start()) && contains(other.end());
  }

  /**
   * Checks if this range shares at least one year with another.
   *
   * @param other the other range
   * @return true if the ranges overlap
   */
  public boolean overlaps(YearRange other) {
    return !other.end().isBefore(start()) && !other.start().isAfter(end());
  }

  /**
   * Gets 1 January of the first year.
   *
   * @return the first day
   */
  public LocalDate firstDay() {
    return start().atDay(1);
  }

  /**
   * Gets 31 December of the last year.
   *
   * @return the last day
   */
  public LocalDate lastDay() {
    return end().atMonth(12).atEndOfMonth();
  }

  @Value.Check
  void check() {
    Checks.year("YearRange", "start", start());
    Checks.year("YearRange", "end", end());
    Checks.requireArgument(
        !end().isBefore(start()),
        "YearRange",
        "end",
        end(),
        "must not be before start %s",
        start());
  }

  @Override
  public String toString() {
    return start() + "-" + end();
  }
}
