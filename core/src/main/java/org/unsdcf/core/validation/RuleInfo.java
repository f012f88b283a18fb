package org.unsdcf.core.validation;

import java.util.List;
import java.util.Objects;

/**
 * What the catalogue says about one rule: its code, category, severity under each strictness, a
 * one-line summary and the keys of the arguments its findings carry.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleInfo {
  private final String code;
  private final RuleCategory category;
  private final Severity draftSeverity;
  private final Severity publishSeverity;
  private final String summary;
  private final List<String> argumentKeys;

  RuleInfo(Rule rule) {
    this.code = rule.code();
    this.category = rule.category();
    this.draftSeverity = rule.draftSeverity();
    this.publishSeverity = rule.publishSeverity();
    this.summary = rule.summary();
    this.argumentKeys = List.copyOf(rule.argumentKeys());
  }

  /**
   * Gets the rule's code, such as {@code IND-004}; codes are never reused.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Gets the rule's category, given by the code's prefix.
   *
   * @return the category
   */
  public RuleCategory category() {
    return category;
  }

  /**
   * Gets the severity of the rule's findings under {@link Strictness#DRAFT}.
   *
   * @return the severity
   */
  public Severity draftSeverity() {
    return draftSeverity;
  }

  /**
   * Gets the severity of the rule's findings under {@link Strictness#PUBLISH}.
   *
   * @return the severity
   */
  public Severity publishSeverity() {
    return publishSeverity;
  }

  /**
   * Gets the severity of the rule's findings under a strictness.
   *
   * @param strictness the strictness
   * @return the severity
   */
  public Severity severity(Strictness strictness) {
    Objects.requireNonNull(strictness, "strictness");
    return strictness == Strictness.PUBLISH ? publishSeverity : draftSeverity;
  }

  /**
   * Gets what the rule checks, in one line.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  /**
   * Gets the keys of the arguments every finding of the rule carries, sorted.
   *
   * @return the keys, possibly empty
   */
  public List<String> argumentKeys() {
    return argumentKeys;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof RuleInfo)) {
      return false;
    }
    RuleInfo r = (RuleInfo) other;
    return code.equals(r.code)
        && category == r.category
        && draftSeverity == r.draftSeverity
        && publishSeverity == r.publishSeverity
        && summary.equals(r.summary)
        && argumentKeys.equals(r.argumentKeys);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, category, draftSeverity, publishSeverity, summary, argumentKeys);
  }

  /**
   * Returns the code, severities and summary, such as {@code IND-001 INDICATORS WARNING/ERROR
   * non-qualitative indicator without baseline}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return code + " " + category + " " + draftSeverity + "/" + publishSeverity + " " + summary;
  }
}
