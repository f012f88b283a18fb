package org.unsdcf.core.validation;

import java.util.List;
import org.unsdcf.core.model.CooperationFramework;

/**
 * One validation rule of design.md §6.2. Rules are package-private (there is no public rule SPI in
 * version 1); each is a stateless final class named for what it checks, listed by {@link
 * StandardRules}.
 *
 * <p>A rule never throws on a built plan and never reads the clock: {@code asOf}, the strictness,
 * the catalogues and the plan's indexes come in the {@link RuleContext}.
 */
interface Rule {
  /**
   * Gets the rule's code.
   *
   * @return a catalogue code such as {@code IND-004}
   */
  String code();

  /**
   * Gets the category, given by the code's prefix.
   *
   * @return the category
   */
  RuleCategory category();

  /**
   * Gets the severity under DRAFT.
   *
   * @return the severity
   */
  Severity draftSeverity();

  /**
   * Gets the severity under PUBLISH.
   *
   * @return the severity
   */
  Severity publishSeverity();

  /**
   * Gets what the rule checks, in one line.
   *
   * @return the summary
   */
  String summary();

  /**
   * Gets the keys every finding's arguments have, sorted.
   *
   * @return the keys
   */
  List<String> argumentKeys();

  /**
   * Checks a plan, reporting each finding.
   *
   * @param plan the plan
   * @param context the run's day, strictness, catalogues and indexes of the plan
   * @param reporter where findings go
   */
  void check(CooperationFramework plan, RuleContext context, Reporter reporter);
}
