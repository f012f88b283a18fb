package org.unsdcf.testkit;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.core.validation.ValidationReport;

/**
 * Assertions on the findings of one rule in a report, obtained from {@link
 * ReportAssert#hasFinding(String)}. Each method keeps the findings that match and fails if none
 * does, listing those it chose from; so {@code hasFinding("GOV-003").at(p).withSeverity(s)} passes
 * when one GOV-003 finding at {@code p} has severity {@code s}.
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, List<Finding>> {
  private final ValidationReport report;
  private final String code;
  private String narrowed = "";

  FindingAssert(ValidationReport report, String code, List<Finding> findings) {
    super(List.copyOf(findings), FindingAssert.class);
    this.report = report;
    this.code = code;
  }

  /**
   * Keeps the findings at a path.
   *
   * @param path the RFC 6901 pointer, such as {@code /jointWorkPlans/0/endorsement/date}
   * @return an assertion on the findings at that path
   */
  public FindingAssert at(String path) {
    Objects.requireNonNull(path, "path");
    return keep(" at " + path, f -> f.path().equals(path));
  }

  /**
   * Keeps the findings of a severity.
   *
   * @param severity the severity
   * @return an assertion on the findings of that severity
   */
  public FindingAssert withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return keep(" with severity " + severity, f -> f.severity() == severity);
  }

  /**
   * Keeps the findings with an argument.
   *
   * @param key the argument's key, such as {@code date}
   * @param value its value, such as {@code 2022-03-24}
   * @return an assertion on the findings with that argument
   */
  public FindingAssert withArgument(String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    return keep(" with argument " + key + "=" + value, f -> value.equals(f.arguments().get(key)));
  }

  /**
   * Keeps the findings about a subject.
   *
   * @param subject the code of the nearest entity with a code
   * @return an assertion on the findings with that subject
   */
  public FindingAssert withSubject(String subject) {
    Objects.requireNonNull(subject, "subject");
    return keep(" with subject " + subject, f -> f.subject().equals(subject));
  }

  private FindingAssert keep(String condition, Predicate<Finding> test) {
    List<Finding> kept = actual.stream().filter(test).collect(Collectors.toList());
    if (kept.isEmpty()) {
      failWithMessage(
          "%s",
          "Expecting report of "
              + report.framework()
              + " to have a finding "
              + code
              + narrowed
              + condition
              + ", but the findings "
              + code
              + narrowed
              + " are "
              + describe(actual));
    }
    FindingAssert next = new FindingAssert(report, code, kept);
    next.narrowed = narrowed + condition;
    return next;
  }

  private static String describe(List<Finding> findings) {
    return findings.stream()
        .map(
            f ->
                f.code()
                    + " "
                    + (f.path().isEmpty() ? "\"\"" : f.path())
                    + " "
                    + f.severity()
                    + " ["
                    + f.subject()
                    + "] "
                    + f.arguments())
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
