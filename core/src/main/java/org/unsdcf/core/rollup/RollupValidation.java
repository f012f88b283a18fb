package org.unsdcf.core.rollup;

import java.util.Objects;
import org.immutables.value.Value;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.ValidationSummary;

/**
 * The validation part of a roll-up report (§8 {@code "validation": {"valid", "summary"}}): the
 * verdict and counts of the DRAFT validation the roll-up runs at the same {@code asOf}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RollupValidation {
  RollupValidation() {}

  /**
   * Checks if the plan has no ERROR finding.
   *
   * @return true if valid
   */
  @Value.Parameter
  public abstract boolean valid();

  /**
   * Gets the number of findings by severity.
   *
   * @return the summary
   */
  @Value.Parameter
  public abstract ValidationSummary summary();

  /**
   * Obtains the validation part from a verdict and counts.
   *
   * @param valid whether the plan has no ERROR finding
   * @param summary the counts
   * @return the validation part
   * @throws NullPointerException if {@code summary} is null
   */
  public static RollupValidation of(boolean valid, ValidationSummary summary) {
    return ImmutableRollupValidation.of(valid, summary);
  }

  /**
   * Obtains the validation part of a validation report.
   *
   * @param report the report
   * @return its verdict and counts
   * @throws NullPointerException if {@code report} is null
   */
  public static RollupValidation from(ValidationReport report) {
    Objects.requireNonNull(report, "report");
    return of(report.valid(), report.summary());
  }
}
