package org.unsdcf.core.internal;

import java.util.Locale;

/**
 * Renders small values in their compact JSON form, for invariant messages that quote a value as
 * JSON writes it. Core parses and writes no documents; this is only for messages.
 */
public final class JsonText {
  private JsonText() {}

  /**
   * Quotes a string as JSON, with only the required escapes.
   *
   * @param s the string
   * @return the JSON string literal
   */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }

  /**
   * Renders an object of string members, skipping absent ones.
   *
   * @param namesAndValues alternating member names and values; a {@code null} value is skipped
   * @return the compact JSON object
   */
  public static String object(String... namesAndValues) {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        continue;
      }
      if (out.length() > 1) {
        out.append(',');
      }
      out.append(quote(namesAndValues[i])).append(':').append(quote(namesAndValues[i + 1]));
    }
    return out.append('}').toString();
  }
}
