package org.unsdcf.iati;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/** Texts and codes of other systems made to fit the model's Name, Text and Code kinds (§3.1). */
final class ImportTexts {
  static final int NAME_MAX = 1_000;
  static final int TEXT_MAX = 100_000;
  private static final Pattern NOT_CODE = Pattern.compile("[^A-Za-z0-9._:/-]");
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\n\\r]+");

  private ImportTexts() {}

  /** A cleaned text and whether cleaning changed more than surrounding white space. */
  record Cleaned(String value, boolean changed) {}

  /** Whether {@code s} is exactly {@code n} ASCII digits (what {@code [0-9]{n}} matches). */
  static boolean isDigits(String s, int n) {
    if (s.length() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} is a Code: what {@code [A-Za-z0-9][A-Za-z0-9._:/-]{0,63}} matches. */
  static boolean isCode(String s) {
    int n = s.length();
    if (n == 0 || n > 64 || !isAlphanumeric(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (!isAlphanumeric(c) && c != '.' && c != '_' && c != ':' && c != '/' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * The §20 entry code of an identifier: itself if a Code, else characters outside Code replaced by
   * {@code -}, and when longer than 64 cut to 55 plus {@code -} and 8 hex digits of its SHA-256.
   */
  static String code(String identifier) {
    if (isCode(identifier)) {
      return identifier;
    }
    String replaced = NOT_CODE.matcher(identifier).replaceAll("-");
    if (replaced.isEmpty()
        || !Character.isLetterOrDigit(replaced.charAt(0))
        || replaced.charAt(0) > 'z') {
      replaced = "X" + replaced;
    }
    if (replaced.length() > 64) {
      replaced = replaced.substring(0, 55) + "-" + sha256(identifier).substring(0, 8);
    }
    return replaced;
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("unsdcf bug: SHA-256 is in every JDK", e);
    }
  }

  /**
   * A Name, kept verbatim (blank is absent): line breaks and other controls become one space, cut
   * to 1,000 code points.
   */
  static Optional<Cleaned> name(String raw) {
    String s = raw;
    if (s.isBlank()) {
      return Optional.empty();
    }
    String t = s;
    if (!isPlain(s)) {
      t = hasLineBreak(s) ? LINE_BREAKS.matcher(s).replaceAll(" ") : s;
      t = replaceControls(t, false);
    }
    boolean changed = !t.equals(s);
    // A string has at least as many chars as code points: only a long one can be over.
    if (t.length() > NAME_MAX && t.codePointCount(0, t.length()) > NAME_MAX) {
      t = t.substring(0, t.offsetByCodePoints(0, NAME_MAX));
      changed = true;
    }
    return t.isBlank() ? Optional.empty() : Optional.of(new Cleaned(t, changed));
  }

  /**
   * Whether {@code s} has no control character, no DEL and no surrogate: the common case, which
   * neither a Name nor a Text changes, found in one pass.
   */
  private static boolean isPlain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7F || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLineBreak(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  /**
   * A Text, kept verbatim (blank is absent): controls other than TAB, LF and CR become a space, cut
   * to 100,000 code points.
   */
  static Optional<Cleaned> text(String raw) {
    String s = raw;
    if (s.isBlank()) {
      return Optional.empty();
    }
    String t = isPlain(s) ? s : replaceControls(s, true);
    boolean changed = !t.equals(s);
    if (t.length() > TEXT_MAX && t.codePointCount(0, t.length()) > TEXT_MAX) {
      t = t.substring(0, t.offsetByCodePoints(0, TEXT_MAX));
      changed = true;
    }
    return t.isBlank() ? Optional.empty() : Optional.of(new Cleaned(t, changed));
  }

  private static String replaceControls(String s, boolean keepLineBreaks) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean lineBreak = c == '\t' || c == '\n' || c == '\r';
      boolean bad =
          (c < 0x20 && !(keepLineBreaks && lineBreak))
              || c == 0x7F
              || (Character.isSurrogate(c) && !pairedAt(s, i));
      if (bad && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        b.append(bad ? ' ' : c);
      }
    }
    return b == null ? s : b.toString();
  }

  private static boolean pairedAt(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /** A message on one line: control characters escaped, long quoted values cut. */
  static String oneLine(String message) {
    StringBuilder b = new StringBuilder(message.length());
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** A value quoted in a message, at most 200 characters. */
  static String quote(String value) {
    String v = value.length() > 200 ? value.substring(0, 200) + "…" : value;
    return "'" + v + "'";
  }
}
