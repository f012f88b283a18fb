package org.unsdcf.core.validation;

import java.util.List;
import java.util.TreeSet;

/** The catalogue facts every rule carries; the subclass supplies {@link #check}. */
abstract class BaseRule implements Rule {
  private final String code;
  private final RuleCategory category;
  private final Severity draftSeverity;
  private final Severity publishSeverity;
  private final String summary;
  private final List<String> argumentKeys;

  BaseRule(String code, Severity severity, String summary, String... argumentKeys) {
    this(code, severity, severity, summary, argumentKeys);
  }

  BaseRule(
      String code,
      Severity draftSeverity,
      Severity publishSeverity,
      String summary,
      String... argumentKeys) {
    this.code = code;
    this.category = categoryOf(code);
    this.draftSeverity = draftSeverity;
    this.publishSeverity = publishSeverity;
    this.summary = summary;
    this.argumentKeys = List.copyOf(new TreeSet<>(List.of(argumentKeys)));
  }

  static RuleCategory categoryOf(String code) {
    switch (code.substring(0, 3)) {
      case "STR":
        return RuleCategory.STRUCTURE;
      case "GOV":
        return RuleCategory.GOVERNANCE;
      case "DAT":
        return RuleCategory.DATES;
      case "STA":
      case "JWP":
        return RuleCategory.STATUS;
      case "TAG":
        return RuleCategory.COMPLETENESS;
      case "SDG":
      case "ALN":
        return RuleCategory.ALIGNMENT;
      case "IND":
        return RuleCategory.INDICATORS;
      case "DIS":
        return RuleCategory.DISAGGREGATION;
      case "FIN":
        return RuleCategory.FINANCE;
      default:
        throw new AssertionError("unsdcf bug: no category for rule code " + code);
    }
  }

  @Override
  public final String code() {
    return code;
  }

  @Override
  public final RuleCategory category() {
    return category;
  }

  @Override
  public final Severity draftSeverity() {
    return draftSeverity;
  }

  @Override
  public final Severity publishSeverity() {
    return publishSeverity;
  }

  @Override
  public final String summary() {
    return summary;
  }

  @Override
  public final List<String> argumentKeys() {
    return argumentKeys;
  }
}
