package org.unsdcf.iati;

import java.util.Objects;
import org.unsdcf.core.validation.Severity;

/**
 * One thing the importer noticed in an activity file: where (an XPath with positions, and the line
 * and column of the element's start tag as the parser reports them), what, and how bad.
 *
 * <p>{@link #toString()} is {@code <xpath> (line L, column C): <message> [<CODE>]}. This class is
 * immutable and thread-safe.
 *
 * @param code what kind of problem
 * @param severity how bad it is
 * @param xpath where, e.g. {@code /iati-activities/iati-activity[3]/result[1]/indicator[2]}
 * @param line the line of the element, 1-based
 * @param column the column of the element, 1-based
 * @param message what is wrong, one line
 */
public record IatiProblem(
    IatiProblemCode code, Severity severity, String xpath, int line, int column, String message) {

  /**
   * Creates a problem.
   *
   * @param code what kind of problem
   * @param severity how bad it is
   * @param xpath where
   * @param line the line, 1-based
   * @param column the column, 1-based
   * @param message what is wrong, one line
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a position is below 1 or the message spans lines
   */
  public IatiProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(xpath, "xpath");
    Objects.requireNonNull(message, "message");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "IatiProblem.line: must be at least 1, but was '" + Math.min(line, column) + "'");
    }
    if (message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          "IatiProblem.message: must be one line, but was '" + message + "'");
    }
  }

  /**
   * Returns {@code <xpath> (line L, column C): <message> [<CODE>]}.
   *
   * @return the problem as one line
   */
  @Override
  public String toString() {
    return xpath + " (line " + line + ", column " + column + "): " + message + " [" + code + "]";
  }
}
