package org.unsdcf.core.validation;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

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

  private RuleInfo(
      String code,
      Severity draftSeverity,
      Severity publishSeverity,
      String summary,
      List<String> argumentKeys) {
    this.code = Objects.requireNonNull(code, "code");
    this.category = RuleCategory.ofCode(code);
    this.draftSeverity = Objects.requireNonNull(draftSeverity, "draftSeverity");
    this.publishSeverity = Objects.requireNonNull(publishSeverity, "publishSeverity");
    this.summary = Objects.requireNonNull(summary, "summary");
    this.argumentKeys = argumentKeys;
  }

  /**
   * Obtains the facts of a rule with one severity under both strictnesses.
   *
   * @param code the catalogue code, whose prefix gives the category
   * @param severity the severity under DRAFT and PUBLISH
   * @param summary what the rule checks, in one line
   * @param argumentKeys the keys every finding's arguments have, in any order
   * @return the rule's facts, the keys sorted and each once
   */
  static RuleInfo of(String code, Severity severity, String summary, String... argumentKeys) {
    return of(code, severity, severity, summary, argumentKeys);
  }

  /**
   * Obtains the facts of a rule.
   *
   * @param code the catalogue code, whose prefix gives the category
   * @param draftSeverity the severity under DRAFT
   * @param publishSeverity the severity under PUBLISH
   * @param summary what the rule checks, in one line
   * @param argumentKeys the keys every finding's arguments have, in any order
   * @return the rule's facts, the keys sorted and each once
   */
  static RuleInfo of(
      String code,
      Severity draftSeverity,
      Severity publishSeverity,
      String summary,
      String... argumentKeys) {
    return new RuleInfo(
        code,
        draftSeverity,
        publishSeverity,
        summary,
        List.copyOf(new TreeSet<>(List.of(argumentKeys))));
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
