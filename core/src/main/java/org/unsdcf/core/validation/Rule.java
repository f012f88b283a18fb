package org.unsdcf.core.validation;

import org.unsdcf.core.model.CooperationFramework;

/**
 * One validation rule of design.md §6.2. Rules are package-private (there is no public rule SPI in
 * version 1); each is a stateless final class named for what it checks, listed by {@link
 * StandardRules}. What the catalogue says about a rule (code, category, severities, summary,
 * argument keys) is its {@link #info()}; the rule itself only checks.
 *
 * <p>A rule never throws on a built plan and never reads the clock: {@code asOf}, the strictness,
 * the catalogues and the plan's indexes come in the {@link RuleContext}.
 */
interface Rule {
  /**
   * Gets the catalogue's facts about the rule.
   *
   * @return the rule's code, category, severities, summary and argument keys
   */
  RuleInfo info();

  /**
   * Checks a plan, reporting each finding.
   *
   * @param plan the plan
   * @param context the run's day, strictness, catalogues and indexes of the plan
   * @param reporter where findings go
   */
  void check(CooperationFramework plan, RuleContext context, FindingSink reporter);
}
