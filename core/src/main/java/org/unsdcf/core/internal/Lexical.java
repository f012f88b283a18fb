package org.unsdcf.core.internal;

/**
 * The patterns of design.md §3.1 matched by hand: the checks run once per value of every plan built
 * or read, where a regular expression's matcher would dominate. Tests hold each to its regular
 * expression.
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
