package org.unsdcf.uninfo;

import java.util.Objects;
import org.unsdcf.core.validation.Severity;

/**
 * One thing the reader could not map as it is, located by file row and column.
 *
 * <p>{@code row} counts as a spreadsheet does: the header is row 1, the first record row 2, also
 * for CSV records that span lines; 0 means the file as a whole (and {@code column} is then empty).
 * {@code value} is the cell's text, cut to 200 characters. {@link #toString()} is one line: control
 * characters in the message are escaped. This class is immutable and thread-safe.
 */
public final class UnInfoProblem {
  /** The longest {@link #value()} kept, in characters. */
  public static final int MAX_VALUE_LENGTH = 200;

  private final UnInfoProblemCode code;
  private final Severity severity;
  private final int row;
  private final String column;
  private final String value;
  private final String message;

  private UnInfoProblem(
      UnInfoProblemCode code,
      Severity severity,
      int row,
      String column,
      String value,
      String message) {
    this.code = Objects.requireNonNull(code, "code");
    this.severity = Objects.requireNonNull(severity, "severity");
    if (row < 0) {
      throw new IllegalArgumentException("UnInfoProblem.row: must not be negative, but was " + row);
    }
    this.row = row;
    this.column = Objects.requireNonNull(column, "column");
    String v = Objects.requireNonNull(value, "value");
    this.value = v.length() > MAX_VALUE_LENGTH ? cut(v) : v;
    this.message = escape(Objects.requireNonNull(message, "message"));
  }

  /**
   * Obtains a problem.
   *
   * @param code what went wrong
   * @param severity how bad it is
   * @param row the file row (header = 1), or 0 for the whole file
   * @param column the header name of the cell's column, or empty
   * @param value the cell's text (cut to 200 characters), or empty
   * @param message what was found and what the reader did
   * @return the problem
   * @throws IllegalArgumentException if {@code row} is negative
   */
  public static UnInfoProblem of(
      UnInfoProblemCode code,
      Severity severity,
      int row,
      String column,
      String value,
      String message) {
    return new UnInfoProblem(code, severity, row, column, value, message);
  }

  /**
   * Gets the problem code.
   *
   * @return the code
   */
  public UnInfoProblemCode code() {
    return code;
  }

  /**
   * Gets the severity: ERROR where data could not be imported, WARNING where it was imported in a
   * changed or partial form, INFO where the mapping made a documented choice.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Gets the file row, as a spreadsheet numbers it (header = 1); 0 for the whole file.
   *
   * @return the row
   */
  public int row() {
    return row;
  }

  /**
   * Gets the header name of the cell's column, or an empty string.
   *
   * @return the column
   */
  public String column() {
    return column;
  }

  /**
   * Gets the cell's text, at most 200 characters, or an empty string.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * Gets the message, one line.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnInfoProblem p
        && code == p.code
        && severity == p.severity
        && row == p.row
        && column.equals(p.column)
        && value.equals(p.value)
        && message.equals(p.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, row, column, value, message);
  }

  /**
   * Returns {@code row <r>, column '<column>': <message> [<CODE>]}.
   *
   * @return one line
   */
  @Override
  public String toString() {
    return "row " + row + ", column '" + escape(column) + "': " + message + " [" + code + "]";
  }

  private static String cut(String v) {
    int end = MAX_VALUE_LENGTH;
    if (Character.isHighSurrogate(v.charAt(end - 1))) {
      end--;
    }
    return v.substring(0, end);
  }

  /** Escapes control characters so that a message is one line. */
  static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029 || c == 0x85) {
        if (b == null) {
          b = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        switch (c) {
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          case '\t' -> b.append("\\t");
          default -> b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }
}
