package org.unsdcf.core.validation;

import java.util.List;
import java.util.Objects;
import org.unsdcf.core.internal.Checks;

/**
 * The number of findings of a report by severity.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param error the number of ERROR findings
 * @param warning the number of WARNING findings
 * @param info the number of INFO findings
 */
public record ValidationSummary(int error, int warning, int info) {

  /**
   * Obtains a summary from its counts; {@link #of(List)} counts a report's findings.
   *
   * @param error the number of ERROR findings
   * @param warning the number of WARNING findings
   * @param info the number of INFO findings
   * @throws org.unsdcf.core.model.InvariantViolationException if a count is negative
   */
  public ValidationSummary {
    Checks.requireArgument(error >= 0, "ValidationSummary", "error", error, "must not be negative");
    Checks.requireArgument(
        warning >= 0, "ValidationSummary", "warning", warning, "must not be negative");
    Checks.requireArgument(info >= 0, "ValidationSummary", "info", info, "must not be negative");
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
   * Returns the counts as text, such as {@code errors 0, warnings 1, info 0}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return "errors " + error + ", warnings " + warning + ", info " + info;
  }
}
