package org.unsdcf.core.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The patterns of design.md §3.1 matched by hand: the checks run once per value of every plan built
 * or read, where a regular expression's matcher would dominate. Tests hold each to its regular
 * expression. The JSON reader uses them too (the package is exported to it alone).
 */
public final class Lexical {
  private static final int CODE_MAX = 64;
  private static final int VOCABULARY_MAX = 32;

  private Lexical() {}

  /**
   * Matches {@code [A-Za-z0-9][A-Za-z0-9._:/-]{0,63}}.
   *
   * @param s the string
   * @return true if it matches
   */
  public static boolean isCode(String s) {
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

  /**
   * Matches {@code [A-Z]{3}}.
   *
   * @param s the string
   * @return true if it matches
   */
  public static boolean isThreeLetters(String s) {
    return s.length() == 3 && isUpper(s.charAt(0)) && isUpper(s.charAt(1)) && isUpper(s.charAt(2));
  }

  /**
   * Matches {@code (1[0-7]|[1-9])\.([1-9][0-9]?|[a-z])}.
   *
   * @param s the string
   * @return true if it matches
   */
  public static boolean isSdgTarget(String s) {
    int dot = goal(s);
    return dot > 0 && targetEnd(s, dot + 1) == s.length();
  }

  /**
   * Matches {@code (1[0-7]|[1-9])\.([1-9][0-9]?|[a-z])\.[1-9][0-9]?}.
   *
   * @param s the string
   * @return true if it matches
   */
  public static boolean isSdgIndicator(String s) {
    int dot = goal(s);
    if (dot < 0) {
      return false;
    }
    int end = targetEnd(s, dot + 1);
    return end > 0 && end < s.length() && s.charAt(end) == '.' && isSmallNumber(s, end + 1);
  }

  /**
   * Matches {@code [1-9][0-9]?}.
   *
   * @param s the string
   * @return true if it matches
   */
  public static boolean isGcmObjective(String s) {
    return isSmallNumber(s, 0);
  }

  /**
   * Matches {@code [A-Z][A-Z0-9_]{0,31}}.
   *
   * @param s the string
   * @return true if it matches
   */
  public static boolean isVocabulary(String s) {
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

  /**
   * Matches {@code yyyy-MM-dd} with four, two and two ASCII digits.
   *
   * @param s the string
   * @return true if it has a date's shape
   */
  public static boolean isDateShape(String s) {
    return s.length() == 10
        && s.charAt(4) == '-'
        && s.charAt(7) == '-'
        && digits(s, 0, 4)
        && digits(s, 5, 7)
        && digits(s, 8, 10);
  }

  /**
   * Reads a string of {@link #isDateShape a date's shape} as a calendar date.
   *
   * @param s the string, of a date's shape
   * @return the date, or null if it is not a calendar date
   */
  public static LocalDate calendarDate(String s) {
    try {
      return LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Reads a Date completely: shape, calendar and the range of {@link Checks#isInDateRange}.
   *
   * @param s the string
   * @return the date, or null if any rule fails
   */
  public static LocalDate date(String s) {
    if (!isDateShape(s)) {
      return null;
    }
    LocalDate date = calendarDate(s);
    return date != null && Checks.isInDateRange(date) ? date : null;
  }

  /**
   * Checks a decimal number literal (JSON's grammar) before any arithmetic: at most 34 significant
   * digits, a scale within ±20 and an exponent that fits an int.
   *
   * @param literal a number literal as JSON writes it
   * @return true if it is within the bounds of a Decimal
   */
  public static boolean isBoundedDecimal(String literal) {
    int i = 0;
    int length = literal.length();
    if (i < length && literal.charAt(i) == '-') {
      i++;
    }
    int digits = 0;
    int fraction = 0;
    boolean leading = true;
    boolean inFraction = false;
    for (; i < length; i++) {
      char c = literal.charAt(i);
      if (c == '.') {
        inFraction = true;
      } else if (isDigit(c)) {
        if (inFraction) {
          fraction++;
        }
        if (c != '0' || !leading) {
          leading = false;
          digits++;
        }
      } else {
        break;
      }
    }
    long exponent = 0;
    if (i < length) {
      String e = literal.substring(i + 1);
      if (e.startsWith("+")) {
        e = e.substring(1);
      }
      try {
        exponent = Integer.parseInt(e);
      } catch (NumberFormatException tooLarge) {
        return false;
      }
    }
    long scale = fraction - exponent;
    return Math.max(digits, 1) <= Checks.MAX_PRECISION
        && scale >= -Checks.MAX_SCALE
        && scale <= Checks.MAX_SCALE;
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
