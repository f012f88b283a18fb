package org.unsdcf.core.validation;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One finding of the validator: a rule that fired at one place of a plan.
 *
 * <p>A finding has the rule's {@link #code()}, the {@link #severity()} under the strictness of the
 * run, the rule's {@link #category()}, the {@link #path()} as an RFC 6901 JSON pointer into the
 * plan's JSON form (it may name a member that is absent, such as a missing {@code baseline}), a
 * plain-language {@link #message()}, the {@link #subject()} (the code of the nearest entity with a
 * code: framework, priority area, outcome, output, indicator, results group, JWP or sub-output) and
 * the rule's {@link #arguments()}, sorted by key. Message texts are not API; codes, paths, subjects
 * and argument keys are.
 *
 * <pre>{@code
 * Finding f = report.findings().get(0);
 * f.code();       // "GOV-003"
 * f.path();       // "/jointWorkPlans/0/endorsement/date"
 * f.arguments();  // {date=2022-03-24}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Finding {
  private final String code;
  private final Severity severity;
  private final RuleCategory category;
  private final String path;
  private final String message;
  private final String subject;
  private final Map<String, String> arguments;

  private Finding(Builder b) {
    this.code = required(b.code, "code");
    this.severity = required(b.severity, "severity");
    this.category = required(b.category, "category");
    this.path = required(b.path, "path");
    this.message = required(b.message, "message");
    this.subject = required(b.subject, "subject");
    this.arguments = Collections.unmodifiableMap(new TreeMap<>(b.arguments));
  }

  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalStateException("Cannot build Finding, attribute not set: " + name);
    }
    return value;
  }

  /**
   * Obtains a builder, for tools that create findings of their own (tests, report writers).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the rule's code, such as {@code GOV-003}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Gets the severity under the run's strictness.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Gets the rule's category.
   *
   * @return the category
   */
  public RuleCategory category() {
    return category;
  }

  /**
   * Gets the RFC 6901 JSON pointer into the plan's JSON form, such as {@code
   * /jointWorkPlans/0/endorsement/date}; {@code ""} is the root. It may name an absent member.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Gets the message, naming the value and the rule in plain words.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Gets the code of the nearest entity with a code enclosing the path (the framework's code for
   * framework-level findings).
   *
   * @return the subject's code
   */
  public String subject() {
    return subject;
  }

  /**
   * Gets the rule's arguments, iterated in key order; the keys of each rule are listed by {@link
   * RuleInfo#argumentKeys()}.
   *
   * @return an unmodifiable map sorted by key
   */
  public Map<String, String> arguments() {
    return arguments;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Finding)) {
      return false;
    }
    Finding f = (Finding) other;
    return code.equals(f.code)
        && severity == f.severity
        && category == f.category
        && path.equals(f.path)
        && message.equals(f.message)
        && subject.equals(f.subject)
        && arguments.equals(f.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, category, path, message, subject, arguments);
  }

  /**
   * Returns the finding as the command line prints it: {@code <SEVERITY> <code> <path> [<subject>]
   * <message>}, an empty path printed {@code ""}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return severity
        + " "
        + code
        + " "
        + (path.isEmpty() ? "\"\"" : path)
        + " ["
        + subject
        + "] "
        + message;
  }

  /** Builds a {@link Finding}; every attribute but the arguments is required. */
  public static final class Builder {
    private String code;
    private Severity severity;
    private RuleCategory category;
    private String path;
    private String message;
    private String subject;
    private final Map<String, String> arguments = new TreeMap<>();

    Builder() {}

    /**
     * Sets the rule code.
     *
     * @param code the code
     * @return this builder
     */
    public Builder code(String code) {
      this.code = Objects.requireNonNull(code, "code");
      return this;
    }

    /**
     * Sets the severity.
     *
     * @param severity the severity
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /**
     * Sets the category.
     *
     * @param category the category
     * @return this builder
     */
    public Builder category(RuleCategory category) {
      this.category = Objects.requireNonNull(category, "category");
      return this;
    }

    /**
     * Sets the JSON pointer.
     *
     * @param path an RFC 6901 pointer, {@code ""} for the root
     * @return this builder
     */
    public Builder path(String path) {
      this.path = Objects.requireNonNull(path, "path");
      return this;
    }

    /**
     * Sets the message.
     *
     * @param message the message
     * @return this builder
     */
    public Builder message(String message) {
      this.message = Objects.requireNonNull(message, "message");
      return this;
    }

    /**
     * Sets the subject's code.
     *
     * @param subject the code
     * @return this builder
     */
    public Builder subject(String subject) {
      this.subject = Objects.requireNonNull(subject, "subject");
      return this;
    }

    /**
     * Adds an argument.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putArgument(String key, String value) {
      arguments.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds arguments.
     *
     * @param arguments the arguments, none null
     * @return this builder
     */
    public Builder putAllArguments(Map<String, String> arguments) {
      Objects.requireNonNull(arguments, "arguments").forEach(this::putArgument);
      return this;
    }

    /**
     * Builds the finding.
     *
     * @return the finding
     * @throws IllegalStateException if a required attribute was not set, naming it
     */
    public Finding build() {
      return new Finding(this);
    }
  }
}
