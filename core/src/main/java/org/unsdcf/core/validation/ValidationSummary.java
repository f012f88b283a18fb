package org.unsdcf.core.validation;

import java.util.List;
import java.util.Objects;

/**
 * The number of findings of a report by severity.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationSummary {
  private final int error;
  private final int warning;
  private final int info;

  private ValidationSummary(int error, int warning, int info) {
    this.error = error;
    this.warning = warning;
    this.info = info;
  }

  /**
   * Obtains the summary of findings.
   *
   * @param findings the findings
   * @return the counts by severity
   */
  public static ValidationSummary of(List<Finding> findings) {
    Objects.requireNonNull(findings, "findings");
    int e = 0;
    int w = 0;
    int i = 0;
    for (Finding f : findings) {
      switch (f.severity()) {
        case ERROR:
          e++;
          break;
        case WARNING:
          w++;
          break;
        default:
          i++;
          break;
      }
    }
    return new ValidationSummary(e, w, i);
  }

  /**
   * Gets the number of ERROR findings.
   *
   * @return the count
   */
  public int error() {
    return error;
  }

  /**
   * Gets the number of WARNING findings.
   *
   * @return the count
   */
  public int warning() {
    return warning;
  }

  /**
   * Gets the number of INFO findings.
   *
   * @return the count
   */
  public int info() {
    return info;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationSummary
        && ((ValidationSummary) other).error == error
        && ((ValidationSummary) other).warning == warning
        && ((ValidationSummary) other).info == info;
  }

  @Override
  public int hashCode() {
    return Objects.hash(error, warning, info);
  }

  /**
   * Returns the counts as text, such as {@code errors 0, warnings 1, info 0}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return "errors " + error + ", warnings " + warning + ", info " + info;
  }
}
