package org.unsdcf.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A small, strict RFC 4180 reader: records end in CRLF or LF, fields are separated by commas, and a
 * field in double quotes may hold commas, line breaks and doubled quotes ({@code ""} for one {@code
 * "}). A final line break is optional; a blank line is a record of one empty field.
 *
 * <p>Anything RFC 4180 does not allow is rejected with the line and column: a quote inside an
 * unquoted field, text after a closing quote, an unterminated quoted field, a bare CR outside
 * quotes.
 *
 * <pre>{@code
 * Csv.parse("code,title\r\n1,\"End poverty, everywhere\"\r\n");
 * // [[code, title], [1, End poverty, everywhere]]
 * }</pre>
 */
public final class Csv {
  private Csv() {}

  /**
   * Parses CSV text into records of fields, keeping every character of a field as given.
   *
   * @param text the whole CSV text
   * @return the records in order, each an unmodifiable list of fields; empty for empty text
   * @throws IllegalArgumentException if the text is not RFC 4180 CSV, naming the line and column
   * @throws NullPointerException if {@code text} is null
   */
  public static List<List<String>> parse(CharSequence text) {
    return new Parser(text).records();
  }

  private static final class Parser {
    private final CharSequence text;
    private final List<List<String>> records = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private List<String> record = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    Parser(CharSequence text) {
      this.text = Objects.requireNonNull(text, "text");
    }

    List<List<String>> records() {
      int n = text.length();
      while (pos < n) {
        if (text.charAt(pos) == '"') {
          quoted();
        } else {
          unquoted();
        }
        if (pos == n) {
          endRecord();
        } else if (text.charAt(pos) == ',') {
          endField();
          pos++;
          if (pos == n) {
            endRecord();
          }
        } else {
          lineBreak();
          endRecord();
        }
      }
      return List.copyOf(records);
    }

    private void unquoted() {
      int n = text.length();
      while (pos < n) {
        char c = text.charAt(pos);
        if (c == ',' || c == '\n' || c == '\r') {
          return;
        }
        if (c == '"') {
          throw error("a quote may appear only inside a quoted field");
        }
        field.append(c);
        pos++;
      }
    }

    private void quoted() {
      int openLine = line;
      int openColumn = pos - lineStart + 1;
      pos++;
      int n = text.length();
      while (pos < n) {
        char c = text.charAt(pos);
        if (c == '"') {
          if (pos + 1 < n && text.charAt(pos + 1) == '"') {
            field.append('"');
            pos += 2;
            continue;
          }
          pos++;
          if (pos < n
              && text.charAt(pos) != ','
              && text.charAt(pos) != '\n'
              && text.charAt(pos) != '\r') {
            throw error("a closing quote must end the field");
          }
          return;
        }
        if (c == '\n') {
          line++;
          lineStart = pos + 1;
        }
        field.append(c);
        pos++;
      }
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "CSV line %d, column %d: quoted field is not closed",
              openLine,
              openColumn));
    }

    private void lineBreak() {
      if (text.charAt(pos) == '\r') {
        if (pos + 1 >= text.length() || text.charAt(pos + 1) != '\n') {
          throw error("a CR must be followed by LF");
        }
        pos++;
      }
      pos++;
      line++;
      lineStart = pos;
    }

    private void endField() {
      record.add(field.toString());
      field.setLength(0);
    }

    private void endRecord() {
      endField();
      records.add(List.copyOf(record));
      record = new ArrayList<>();
    }

    private IllegalArgumentException error(String reason) {
      return new IllegalArgumentException(
          String.format(
              Locale.ROOT, "CSV line %d, column %d: %s", line, pos - lineStart + 1, reason));
    }
  }
}
