package org.unsdcf.core.validation;

/** Holds the rule's one {@link RuleInfo}; the subclass supplies {@link #check}. */
abstract class BaseRule implements Rule {
  private final RuleInfo info;

  BaseRule(RuleInfo info) {
    this.info = info;
  }

  @Override
  public final RuleInfo info() {
    return info;
  }
}
