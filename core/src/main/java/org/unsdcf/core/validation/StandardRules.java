package org.unsdcf.core.validation;

import java.util.List;

/** The standard rules of design.md §6.2, in catalogue order. */
final class StandardRules {
  /** Every rule, each code once. */
  static final List<Rule> ALL = List.of(new EndorsementWithoutDecision());

  private StandardRules() {}
}
