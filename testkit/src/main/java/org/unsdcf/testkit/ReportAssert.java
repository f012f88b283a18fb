package org.unsdcf.testkit;

import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.core.validation.ValidationReport;

/**
 * Assertions on a {@link ValidationReport}. A failure names the plan and lists the findings the
 * report holds as {@code <code> <path>}, e.g. {@code Expecting report of KGZ-2023-2027 to have a
 * finding GOV-004, but its findings are [GOV-003 /jointWorkPlans/0/endorsement/date]}. Obtain one
 * with {@link UnsdcfAssertions#assertThat(ValidationReport)}.
 *
 * <pre>{@code
 * assertThat(report)
 *     .isValid()
 *     .hasFinding("GOV-003")
 *     .at("/jointWorkPlans/0/endorsement/date")
 *     .withSeverity(Severity.WARNING)
 *     .withArgument("date", "2022-03-24");
 * }</pre>
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, ValidationReport> {
  ReportAssert(ValidationReport actual) {
    super(actual, ReportAssert.class);
  }

  /**
   * Verifies that the report is valid: no finding is an ERROR.
   *
   * @return this assertion
   */
  public ReportAssert isValid() {
    isNotNull();
    if (!actual.valid()) {
      fail(
          "Expecting report of "
              + actual.framework()
              + " to be valid, but it has ERROR findings "
              + list(bySeverity(Severity.ERROR)));
    }
    return this;
  }

  /**
   * Verifies that the report is not valid: some finding is an ERROR.
   *
   * @return this assertion
   */
  public ReportAssert isNotValid() {
    isNotNull();
    if (actual.valid()) {
      fail(
          "Expecting report of "
              + actual.framework()
              + " not to be valid, but it has no ERROR finding; its findings are "
              + list(actual.findings()));
    }
    return this;
  }

  /**
   * Verifies that no finding is an ERROR; the same as {@link #isValid()}, named for reading.
   *
   * @return this assertion
   */
  public ReportAssert hasNoErrors() {
    return isValid();
  }

  /**
   * Verifies that the report has no finding at all.
   *
   * @return this assertion
   */
  public ReportAssert hasNoFindings() {
    isNotNull();
    if (!actual.findings().isEmpty()) {
      fail(
          "Expecting report of "
              + actual.framework()
              + " to have no findings, but its findings are "
              + list(actual.findings()));
    }
    return this;
  }

  /**
   * Verifies that the report has at least one finding of a rule, and returns an assertion on the
   * findings of that rule, to narrow down by path, severity, arguments and subject.
   *
   * @param code the rule's code, such as {@code GOV-003}
   * @return an assertion on the findings with that code
   */
  public FindingAssert hasFinding(String code) {
    isNotNull();
    List<Finding> found = withCode(code);
    if (found.isEmpty()) {
      fail(
          "Expecting report of "
              + actual.framework()
              + " to have a finding "
              + code
              + ", but its findings are "
              + list(actual.findings()));
    }
    return new FindingAssert(actual, code, found);
  }

  /**
   * Verifies that every finding of the report is of one rule (at least one), and returns an
   * assertion on them.
   *
   * @param code the rule's code
   * @return an assertion on the findings with that code
   */
  public FindingAssert hasOnlyFinding(String code) {
    isNotNull();
    List<Finding> found = withCode(code);
    if (found.isEmpty() || found.size() != actual.findings().size()) {
      fail(
          "Expecting report of "
              + actual.framework()
              + " to have only findings "
              + code
              + ", but its findings are "
              + list(actual.findings()));
    }
    return new FindingAssert(actual, code, found);
  }

  /**
   * Verifies that the report has no finding of a rule.
   *
   * @param code the rule's code
   * @return this assertion
   */
  public ReportAssert hasNoFinding(String code) {
    isNotNull();
    List<Finding> found = withCode(code);
    if (!found.isEmpty()) {
      fail(
          "Expecting report of "
              + actual.framework()
              + " to have no finding "
              + code
              + ", but it has "
              + list(found));
    }
    return this;
  }

  private List<Finding> withCode(String code) {
    return actual.findings().stream()
        .filter(f -> f.code().equals(code))
        .collect(Collectors.toList());
  }

  private List<Finding> bySeverity(Severity severity) {
    return actual.findings().stream()
        .filter(f -> f.severity() == severity)
        .collect(Collectors.toList());
  }

  /** Lists findings as {@code [<code> <path>, …]}, an empty path shown {@code ""}. */
  static String list(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.code() + " " + (f.path().isEmpty() ? "\"\"" : f.path()))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /** Fails without format processing, so a path or message holding {@code %} is shown as is. */
  private void fail(String message) {
    failWithMessage("%s", message);
  }
}
