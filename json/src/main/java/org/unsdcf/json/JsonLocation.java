package org.unsdcf.json;

/**
 * A line and column in a JSON document, counted as design.md §5.2 counts them: 1-based, columns in
 * code points after strict UTF-8 decoding, a leading byte order mark excluded, LF, CR and CR LF
 * each ending a line.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param line the 1-based line
 * @param column the 1-based column, in code points
 */
public record JsonLocation(int line, int column) {
  /**
   * Obtains a location.
   *
   * @param line the 1-based line
   * @param column the 1-based column, in code points
   * @throws IllegalArgumentException if {@code line} or {@code column} is below 1
   */
  public JsonLocation {
    if (line < 1) {
      throw new IllegalArgumentException(
          "JsonLocation.line: must be at least 1, but was '" + line + "'");
    }
    if (column < 1) {
      throw new IllegalArgumentException(
          "JsonLocation.column: must be at least 1, but was '" + column + "'");
    }
  }
}
