package org.unsdcf.core.validation;

import java.util.List;
import java.util.Map;

/**
 * Collects the findings of one rule in one run, stamping each with the rule's code, category and
 * severity under the run's strictness. It knows the rule only by its {@link RuleInfo}. Not
 * thread-safe: one per rule and run.
 */
final class Reporter implements FindingSink {
  private final RuleInfo rule;
  private final Severity severity;
  private final List<Finding> sink;

  Reporter(RuleInfo rule, Strictness strictness, List<Finding> sink) {
    this.rule = rule;
    this.severity = rule.severity(strictness);
    this.sink = sink;
  }

  @Override
  public void report(String path, String subject, String message) {
    report(severity, path, subject, message, Map.of());
  }

  @Override
  public void report(String path, String subject, String message, Map<String, String> arguments) {
    report(severity, path, subject, message, arguments);
  }

  @Override
  public void report(
      Severity severity,
      String path,
      String subject,
      String message,
      Map<String, String> arguments) {
    List<String> keys = rule.argumentKeys();
    // Both hold distinct keys, so equal sizes and containment mean equal key sets.
    if (arguments.size() != keys.size() || !arguments.keySet().containsAll(keys)) {
      throw new AssertionError(
          "unsdcf bug: rule "
              + rule.code()
              + " reported arguments "
              + arguments.keySet()
              + ", but declares "
              + keys);
    }
    sink.add(
        new Finding(rule.code(), severity, rule.category(), path, message, subject, arguments));
  }
}
