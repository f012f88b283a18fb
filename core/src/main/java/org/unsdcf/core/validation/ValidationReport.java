package org.unsdcf.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of validating one plan: its code, the day and strictness of the run, and every finding
 * in document order.
 *
 * <p>Findings are ordered by the document order of their {@link Finding#path() path} (a pre-order
 * walk of the plan's canonical JSON form, an absent member sitting where it would be written), then
 * by code, subject and message. The plan is {@link #valid()} when no finding is an ERROR.
 *
 * <pre>{@code
 * ValidationReport report = Validator.standard()
 *     .validate(plan, ValidationOptions.builder().asOf(LocalDate.of(2024, 6, 30)).build());
 * if (!report.valid()) {
 *   report.findings().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationReport {
  private final String framework;
  private final LocalDate asOf;
  private final Strictness strictness;
  private final List<Finding> findings;
  private final ValidationSummary summary;

  private ValidationReport(
      String framework, LocalDate asOf, Strictness strictness, List<Finding> findings) {
    this.framework = framework;
    this.asOf = asOf;
    this.strictness = strictness;
    this.findings = findings;
    this.summary = ValidationSummary.of(findings);
  }

  /**
   * Obtains a report of findings, which it puts in report order.
   *
   * @param framework the plan's code
   * @param asOf the day the plan was validated for
   * @param strictness the strictness of the run
   * @param findings the findings, in any order
   * @return the report
   */
  public static ValidationReport of(
      String framework, LocalDate asOf, Strictness strictness, List<Finding> findings) {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(strictness, "strictness");
    List<Finding> copy = new ArrayList<>(Objects.requireNonNull(findings, "findings"));
    copy.forEach(f -> Objects.requireNonNull(f, "findings element"));
    return new ValidationReport(framework, asOf, strictness, List.copyOf(FindingOrder.sort(copy)));
  }

  /**
   * Gets the code of the validated plan.
   *
   * @return the framework's code
   */
  public String framework() {
    return framework;
  }

  /**
   * Gets the day the plan was validated for.
   *
   * @return the day
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Gets the strictness of the run.
   *
   * @return the strictness
   */
  public Strictness strictness() {
    return strictness;
  }

  /**
   * Checks if the plan is valid: no finding is an ERROR.
   *
   * @return true if there is no ERROR finding
   */
  public boolean valid() {
    return summary.error() == 0;
  }

  /**
   * Gets the number of findings by severity.
   *
   * @return the summary
   */
  public ValidationSummary summary() {
    return summary;
  }

  /**
   * Gets the findings in report order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Finding> findings() {
    return findings;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ValidationReport)) {
      return false;
    }
    ValidationReport r = (ValidationReport) other;
    return framework.equals(r.framework)
        && asOf.equals(r.asOf)
        && strictness == r.strictness
        && findings.equals(r.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(framework, asOf, strictness, findings);
  }

  /**
   * Returns the report as the command line prints it: one line per finding, then {@code
   * <framework>: <VALID|INVALID> as of <asOf>, strictness <S>, errors <e>, warnings <w>, info <i>}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (Finding f : findings) {
      s.append(f).append('\n');
    }
    return s.append(framework)
        .append(": ")
        .append(valid() ? "VALID" : "INVALID")
        .append(" as of ")
        .append(asOf)
        .append(", strictness ")
        .append(strictness)
        .append(", ")
        .append(summary)
        .toString();
  }
}
