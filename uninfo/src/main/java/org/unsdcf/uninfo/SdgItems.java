package org.unsdcf.uninfo;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SDG Targets and SDG Goals cells into items and reads each item's leading code, by hand:
 * these ran as regular expressions with look-ahead over every character of the longest cells of
 * every row. Each method does exactly what the regular expression in its Javadoc does ({@code \s}
 * is space, TAB, LF, VT, FF or CR, as in {@link java.util.regex.Pattern} without Unicode classes).
 */
final class SdgItems {
  private SdgItems() {}

  /**
   * Splits as {@code Pattern.compile("[,;](?=\\s*[0-9]{1,2}\\.[0-9a-z]{1,2} )").split(cell)} does,
   * but keeps empty items (the callers drop empty and blank items).
   */
  static List<String> splitTargets(String cell) {
    return split(cell, true);
  }

  /**
   * Splits as {@code Pattern.compile("[,;](?=\\s*[0-9]{1,2} )").split(cell)} does, but keeps empty
   * items (the callers drop empty and blank items).
   */
  static List<String> splitGoals(String cell) {
    return split(cell, false);
  }

  private static List<String> split(String cell, boolean targets) {
    List<String> items = new ArrayList<>();
    int start = 0;
    for (int i = 0, n = cell.length(); i < n; i++) {
      char c = cell.charAt(i);
      if ((c == ',' || c == ';') && (targets ? targetAhead(cell, i + 1) : goalAhead(cell, i + 1))) {
        items.add(cell.substring(start, i));
        start = i + 1;
      }
    }
    items.add(cell.substring(start));
    return items;
  }

  /** Checks {@code \s*[0-9]{1,2}\.[0-9a-z]{1,2} } at {@code from}. */
  private static boolean targetAhead(String s, int from) {
    int i = skipSpace(s, from);
    int dot = digitsThen(s, i, '.');
    if (dot < 0) {
      return false;
    }
    int q = dot + 1;
    if (!lowerOrDigit(s, q)) {
      return false;
    }
    return at(s, q + 1, ' ') || (lowerOrDigit(s, q + 1) && at(s, q + 2, ' '));
  }

  /** Checks {@code \s*[0-9]{1,2} } at {@code from}. */
  private static boolean goalAhead(String s, int from) {
    return digitsThen(s, skipSpace(s, from), ' ') >= 0;
  }

  /** Gets the index of {@code end} after one or two digits at {@code i}, or -1. */
  private static int digitsThen(String s, int i, char end) {
    if (!digit(s, i)) {
      return -1;
    }
    if (at(s, i + 1, end)) {
      return i + 1;
    }
    return digit(s, i + 1) && at(s, i + 2, end) ? i + 2 : -1;
  }

  /**
   * Gets the target code an item begins with, as group 1 of {@code
   * ((?:1[0-7]|[1-9])\.(?:[1-9][0-9]?|[a-z]))(?:\s.*)?} matching the whole item (DOTALL), or null.
   */
  static String target(String item) {
    int dot = goalEnd(item);
    if (dot < 0 || !at(item, dot, '.')) {
      return null;
    }
    int q = dot + 1;
    int end;
    if (q < item.length() && item.charAt(q) >= '1' && item.charAt(q) <= '9') {
      end = digit(item, q + 1) ? q + 2 : q + 1;
    } else if (q < item.length() && item.charAt(q) >= 'a' && item.charAt(q) <= 'z') {
      end = q + 1;
    } else {
      return null;
    }
    return endsOrSpace(item, end) ? item.substring(0, end) : null;
  }

  /**
   * Gets the goal number an item begins with, as group 1 of {@code (1[0-7]|[1-9])(?:\s.*)?}
   * matching the whole item (DOTALL), or null.
   */
  static String goal(String item) {
    int end = goalEnd(item);
    if (end == 2 && endsOrSpace(item, 2)) {
      return item.substring(0, 2);
    }
    if (end == 1 && endsOrSpace(item, 1)) {
      return item.substring(0, 1);
    }
    return null;
  }

  /**
   * Gets the end of {@code 1[0-7]} at the start if a dot or the item's end-or-space follows as the
   * caller needs, else of {@code [1-9]}, or -1: the goal alternatives in the order the regular
   * expressions try them.
   */
  private static int goalEnd(String s) {
    if (at(s, 0, '1') && s.length() > 1 && s.charAt(1) >= '0' && s.charAt(1) <= '7') {
      return 2;
    }
    return s.length() > 0 && s.charAt(0) >= '1' && s.charAt(0) <= '9' ? 1 : -1;
  }

  private static boolean endsOrSpace(String s, int i) {
    return i == s.length() || space(s.charAt(i));
  }

  private static int skipSpace(String s, int from) {
    int i = from;
    while (i < s.length() && space(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  private static boolean at(String s, int i, char c) {
    return i < s.length() && s.charAt(i) == c;
  }

  private static boolean digit(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  private static boolean lowerOrDigit(String s, int i) {
    return i < s.length()
        && ((s.charAt(i) >= '0' && s.charAt(i) <= '9')
            || (s.charAt(i) >= 'a' && s.charAt(i) <= 'z'));
  }
}
