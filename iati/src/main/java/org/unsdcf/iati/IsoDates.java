package org.unsdcf.iati;

import java.time.LocalDate;
import java.time.Year;

/**
 * Dates as {@code xsd:date} text ({@code 2024-01-01}), each exactly as {@link LocalDate#toString()}
 * writes it. An export writes the first and last day of a year at every budget, transaction and
 * target period, so those are made once for the years a plan can hold (design §3.1: 1945–2100).
 * This class is immutable and thread-safe.
 */
final class IsoDates {
  private static final int FIRST_YEAR = 1945;
  private static final int LAST_YEAR = 2100;
  private static final String[] FIRST_DAYS = new String[LAST_YEAR - FIRST_YEAR + 1];
  private static final String[] LAST_DAYS = new String[LAST_YEAR - FIRST_YEAR + 1];

  static {
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      FIRST_DAYS[year - FIRST_YEAR] = LocalDate.of(year, 1, 1).toString();
      LAST_DAYS[year - FIRST_YEAR] = LocalDate.of(year, 12, 31).toString();
    }
  }

  private IsoDates() {}

  /** Gets the text of 1 January of a year. */
  static String firstDay(Year year) {
    int value = year.getValue();
    return inTable(value) ? FIRST_DAYS[value - FIRST_YEAR] : year.atDay(1).toString();
  }

  /** Gets the text of 31 December of a year. */
  static String lastDay(Year year) {
    int value = year.getValue();
    return inTable(value)
        ? LAST_DAYS[value - FIRST_YEAR]
        : year.atMonth(12).atEndOfMonth().toString();
  }

  /** Gets the text of a date. */
  static String of(LocalDate date) {
    int value = date.getYear();
    if (inTable(value) && date.getMonthValue() == 1 && date.getDayOfMonth() == 1) {
      return FIRST_DAYS[value - FIRST_YEAR];
    }
    if (inTable(value) && date.getMonthValue() == 12 && date.getDayOfMonth() == 31) {
      return LAST_DAYS[value - FIRST_YEAR];
    }
    return date.toString();
  }

  private static boolean inTable(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }
}
