package org.unsdcf.json.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The scalar rules of design.md §3.1 as plain predicates and conversions, written by hand (no
 * regular expressions: they run once per value of every document). Both readers use them: {@link
 * Scalars} to report what fails, {@link OnePassReader} to decide whether a document is clean.
 */
final class ScalarRules {
  static final int NAME_MAX = 1_000;
  static final int TEXT_MAX = 100_000;
  static final LocalDate MIN_DATE = LocalDate.of(1945, 1, 1);
  static final LocalDate MAX_DATE = LocalDate.of(2100, 12, 31);
  static final BigDecimal DECIMAL_LIMIT = BigDecimal.TEN.pow(15);
  private static final int CODE_MAX = 64;
  private static final int VOCABULARY_MAX = 32;

  private ScalarRules() {}

  /** {@code [A-Za-z0-9][A-Za-z0-9._:/-]{0,63}}. */
  static boolean isCode(String s) {
    int n = s.length();
    if (n == 0 || n > CODE_MAX || !isAlnum(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (!isAlnum(c) && c != '.' && c != '_' && c != ':' && c != '/' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** {@code [A-Z]{3}}: ISO 3166-1 alpha-3 and ISO 4217 codes. */
  static boolean isThreeLetters(String s) {
    return s.length() == 3 && isUpper(s.charAt(0)) && isUpper(s.charAt(1)) && isUpper(s.charAt(2));
  }

  /** {@code (1[0-7]|[1-9])\.([1-9][0-9]?|[a-z])}, e.g. {@code 5.2} or {@code 16.a}. */
  static boolean isSdgTarget(String s) {
    int dot = goal(s);
    return dot > 0 && targetEnd(s, dot + 1) == s.length();
  }

  /** {@code (1[0-7]|[1-9])\.([1-9][0-9]?|[a-z])\.[1-9][0-9]?}, e.g. {@code 5.2.1}. */
  static boolean isSdgIndicator(String s) {
    int dot = goal(s);
    if (dot < 0) {
      return false;
    }
    int end = targetEnd(s, dot + 1);
    return end > 0 && end < s.length() && s.charAt(end) == '.' && isSmallNumber(s, end + 1);
  }

  /** {@code [1-9][0-9]?}. */
  static boolean isGcmObjective(String s) {
    return isSmallNumber(s, 0);
  }

  /** {@code [A-Z][A-Z0-9_]{0,31}}. */
  static boolean isVocabulary(String s) {
    int n = s.length();
    if (n == 0 || n > VOCABULARY_MAX || !isUpper(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (!isUpper(c) && !isDigit(c) && c != '_') {
        return false;
      }
    }
    return true;
  }

  /** {@code yyyy-MM-dd} with four, two and two ASCII digits. */
  static boolean isDateShape(String s) {
    return s.length() == 10
        && s.charAt(4) == '-'
        && s.charAt(7) == '-'
        && digits(s, 0, 4)
        && digits(s, 5, 7)
        && digits(s, 8, 10);
  }

  /**
   * Reads a date of {@link #isDateShape the right shape}.
   *
   * @return the date, or null if it is not a calendar date
   */
  static LocalDate calendarDate(String s) {
    try {
      return LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Whether a date lies within 1945-01-01 … 2100-12-31. */
  static boolean inDateRange(LocalDate date) {
    return !date.isBefore(MIN_DATE) && !date.isAfter(MAX_DATE);
  }

  /**
   * Reads a Date completely: shape, calendar and range.
   *
   * @return the date, or null if any rule fails
   */
  static LocalDate date(String s) {
    if (!isDateShape(s)) {
      return null;
    }
    LocalDate date = calendarDate(s);
    return date != null && inDateRange(date) ? date : null;
  }

  /**
   * Reads a Decimal literal completely: bounded precision and scale, below 10^15, normalised.
   *
   * @return the value, or null if any rule fails
   */
  static BigDecimal decimal(String literal) {
    if (!Scalars.boundedLiteral(literal)) {
      return null;
    }
    BigDecimal value = new BigDecimal(literal);
    return value.abs().compareTo(DECIMAL_LIMIT) >= 0 ? null : Scalars.normalise(value);
  }

  /** Where the SDG goal number's dot is, or -1. */
  private static int goal(String s) {
    int n = s.length();
    if (n >= 2 && s.charAt(0) >= '1' && s.charAt(0) <= '9' && s.charAt(1) == '.') {
      return 1;
    }
    if (n >= 3 && s.charAt(0) == '1' && s.charAt(1) >= '0' && s.charAt(1) <= '7') {
      return s.charAt(2) == '.' ? 2 : -1;
    }
    return -1;
  }

  /** The end of a target part {@code [1-9][0-9]?|[a-z]} from {@code i}, or -1. */
  private static int targetEnd(String s, int i) {
    int n = s.length();
    if (i >= n) {
      return -1;
    }
    char c = s.charAt(i);
    if (c >= 'a' && c <= 'z') {
      return i + 1;
    }
    if (c < '1' || c > '9') {
      return -1;
    }
    return i + 1 < n && isDigit(s.charAt(i + 1)) ? i + 2 : i + 1;
  }

  /** {@code [1-9][0-9]?} from {@code i} to the end. */
  private static boolean isSmallNumber(String s, int i) {
    int left = s.length() - i;
    return (left == 1 || left == 2)
        && s.charAt(i) >= '1'
        && s.charAt(i) <= '9'
        && (left == 1 || isDigit(s.charAt(i + 1)));
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int number(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (s.charAt(i) - '0');
    }
    return value;
  }

  private static boolean isAlnum(char c) {
    return isDigit(c) || isUpper(c) || (c >= 'a' && c <= 'z');
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
