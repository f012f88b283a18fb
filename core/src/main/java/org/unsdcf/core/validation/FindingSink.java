package org.unsdcf.core.validation;

import java.util.Map;

/**
 * Where a rule reports its findings. The rule gives the place, subject, message and arguments; the
 * sink stamps each finding with the rule's code and category and its severity under the run's
 * strictness, and checks the arguments against the rule's {@link RuleInfo#argumentKeys()}.
 */
interface FindingSink {
  /**
   * Reports a finding of a rule without arguments.
   *
   * @param path the JSON pointer
   * @param subject the code of the nearest entity with a code
   * @param message the message
   */
  void report(String path, String subject, String message);

  /**
   * Reports a finding.
   *
   * @param path the JSON pointer
   * @param subject the code of the nearest entity with a code
   * @param message the message
   * @param arguments exactly the rule's argument keys
   */
  void report(String path, String subject, String message, Map<String, String> arguments);

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
      Map<String, String> arguments);
}
