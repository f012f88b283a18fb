package org.unsdcf.json;

import java.util.Objects;

/**
 * One problem found while reading a document.
 *
 * <p>The path is an RFC 6901 JSON pointer ({@code ""} is the root); line and column are 1-based and
 * count code points after UTF-8 decoding, the byte order mark excluded, with LF, CR or CR LF ending
 * a line.
 *
 * @param code what is wrong
 * @param path where, as a JSON pointer
 * @param line the line, from 1
 * @param column the column, from 1
 * @param message what is wrong in words, quoting the value
 */
public record ReadProblem(ReadProblemCode code, String path, int line, int column, String message) {
  /**
   * Creates a problem.
   *
   * @param code what is wrong
   * @param path where, as a JSON pointer
   * @param line the line, from 1
   * @param column the column, from 1
   * @param message what is wrong in words
   * @throws NullPointerException if an argument is null
   */
  public ReadProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the problem as {@code <path> (line L, column C): <message> [<CODE>]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return path + " (line " + line + ", column " + column + "): " + message + " [" + code + "]";
  }
}
