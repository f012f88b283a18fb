package org.unsdcf.core.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects the findings of one rule in one run, stamping each with the rule's code, category and
 * severity under the run's strictness. Not thread-safe: one per rule and run.
 */
final class Reporter {
  private final Rule rule;
  private final Severity severity;
  private final Set<String> keys;
  private final List<Finding> sink;

  Reporter(Rule rule, Strictness strictness, List<Finding> sink) {
    this.rule = rule;
    this.severity =
        strictness == Strictness.PUBLISH ? rule.publishSeverity() : rule.draftSeverity();
    this.keys = new TreeSet<>(rule.argumentKeys());
    this.sink = sink;
  }

  /**
   * Reports a finding of a rule without arguments.
   *
   * @param path the JSON pointer
   * @param subject the code of the nearest entity with a code
   * @param message the message
   */
  void report(String path, String subject, String message) {
    report(severity, path, subject, message, Map.of());
  }

  /**
   * Reports a finding.
   *
   * @param path the JSON pointer
   * @param subject the code of the nearest entity with a code
   * @param message the message
   * @param arguments exactly the rule's argument keys
   */
  void report(String path, String subject, String message, Map<String, String> arguments) {
    report(severity, path, subject, message, arguments);
  }

  /**
   * Reports a finding with a severity of its own (DIS-001's non-exhaustive case).
   *
   * @param severity the severity
   * @param path the JSON pointer
   * @param subject the code of the nearest entity with a code
   * @param message the message
   * @param arguments exactly the rule's argument keys
   */
  void report(
      Severity severity,
      String path,
      String subject,
      String message,
      Map<String, String> arguments) {
    if (!keys.equals(arguments.keySet())) {
      throw new AssertionError(
          "unsdcf bug: rule "
              + rule.code()
              + " reported arguments "
              + arguments.keySet()
              + ", but declares "
              + keys);
    }
    sink.add(
        Finding.builder()
            .code(rule.code())
            .severity(severity)
            .category(rule.category())
            .path(path)
            .message(message)
            .subject(subject)
            .putAllArguments(arguments)
            .build());
  }
}
