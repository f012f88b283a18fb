package org.unsdcf.uninfo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Text helpers shared by the reader and the writer. */
final class Cells {
  private static final Pattern NUMERIC = Pattern.compile("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?");
  private static final Pattern CONTROL_RUN = Pattern.compile("[\\t\\n\\r]+");

  private Cells() {}

  /** Checks if a trimmed cell means "absent": empty or UN INFO's {@code -}. */
  static boolean absent(String trimmed) {
    return trimmed.isEmpty() || trimmed.equals("-");
  }

  static boolean looksNumeric(String s) {
    return NUMERIC.matcher(s).matches();
  }

  /**
   * Gets the shortest decimal that reads back to the same double as {@code raw} ({@code
   * 77478.080000000002} → {@code 77478.08}); text that is not a finite number is returned as it is.
   */
  static String shortestDecimal(String raw) {
    if (raw == null || !looksNumeric(raw.strip())) {
      return raw == null ? "" : raw;
    }
    double d = Double.parseDouble(raw.strip());
    if (Double.isInfinite(d) || Double.isNaN(d)) {
      return raw;
    }
    if (d == 0) {
      return "0";
    }
    BigDecimal exact = new BigDecimal(d);
    for (int p = 1; p <= 17; p++) {
      BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (r.doubleValue() == d) {
        return plain(r);
      }
    }
    return plain(BigDecimal.valueOf(d));
  }

  static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    if (s.scale() < 0) {
      s = s.setScale(0);
    }
    return s.toPlainString();
  }

  /** Replaces each run of TAB, LF and CR by one space. */
  static String collapseControls(String s) {
    return CONTROL_RUN.matcher(s).replaceAll(" ");
  }

  static boolean hasLineControls(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  /**
   * Splits a list cell on {@code separator} outside parentheses; items trimmed, empty items and
   * {@code -} dropped. Duplicates are kept: the caller reports them.
   */
  static List<String> split(String cell, String separator) {
    List<String> items = new ArrayList<>();
    int depth = 0;
    int start = 0;
    int n = cell.length();
    char first = separator.charAt(0);
    for (int i = 0; i < n; i++) {
      char c = cell.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (depth == 0 && c == first && cell.startsWith(separator, i)) {
        add(items, cell.substring(start, i));
        start = i + separator.length();
        i = start - 1;
      }
    }
    add(items, cell.substring(start));
    return items;
  }

  private static void add(List<String> items, String raw) {
    String t = raw.strip();
    if (!absent(t)) {
      items.add(t);
    }
  }

  /**
   * Makes a Code from text: characters outside Code replaced by {@code -}, leading characters that
   * cannot start a Code dropped, at most 64 characters (as {@link #joinCode}); empty if nothing is
   * left.
   */
  static String toCode(String text) {
    return joinCode(codeChars(text));
  }

  /** As {@link #toCode} but without the length cap (for parts of a longer code). */
  static String codeChars(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      boolean other = c == '.' || c == '_' || c == ':' || c == '/' || c == '-';
      if (b.length() == 0 && !alnum) {
        continue;
      }
      b.append(alnum || other ? c : '-');
    }
    return b.toString();
  }

  /**
   * Joins parts into a Code; if longer than 64 characters, cuts it to 55 and appends {@code -} and
   * the first 8 hex digits of the whole's SHA-256, so distinct long codes stay distinct.
   */
  static String joinCode(String... parts) {
    String whole = String.join("", parts);
    if (whole.length() <= 64) {
      return whole;
    }
    try {
      byte[] h =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(whole.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return whole.substring(0, 55) + "-" + java.util.HexFormat.of().formatHex(h, 0, 4);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError("unsdcf bug: every JDK has SHA-256", e);
    }
  }

  /** Checks if text is a Code as design.md §3.1 defines it. */
  static boolean isCode(String s) {
    return !s.isEmpty() && s.length() <= 64 && toCode(s).equals(s);
  }

  /** Checks if a cell starts with a character a spreadsheet may run as a formula. */
  static boolean formulaLike(String s) {
    if (s.isEmpty() || s.equals("-")) {
      return false;
    }
    char c = s.charAt(0);
    return (c == '=' || c == '+' || c == '-' || c == '@') && !looksNumeric(s);
  }

  /** Drops the {@code '} the writer puts before a formula-like cell. */
  static String unguard(String s) {
    if (s.length() >= 2 && s.charAt(0) == '\'') {
      char c = s.charAt(1);
      if (c == '=' || c == '+' || c == '-' || c == '@') {
        return s.substring(1);
      }
    }
    return s;
  }
}
