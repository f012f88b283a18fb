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
 *
 * @param code the rule's code, such as {@code GOV-003}
 * @param severity the severity under the run's strictness
 * @param category the rule's category
 * @param path the RFC 6901 JSON pointer into the plan's JSON form, such as {@code
 *     /jointWorkPlans/0/endorsement/date}; {@code ""} is the root. It may name an absent member.
 * @param message the message, naming the value and the rule in plain words
 * @param subject the code of the nearest entity with a code enclosing the path (the framework's
 *     code for framework-level findings)
 * @param arguments the rule's arguments, iterated in key order; the keys of each rule are listed by
 *     {@link RuleInfo#argumentKeys()}. The accessor returns an unmodifiable map sorted by key.
 */
public record Finding(
    String code,
    Severity severity,
    RuleCategory category,
    String path,
    String message,
    String subject,
    Map<String, String> arguments) {

  /**
   * Obtains a finding; {@link #builder()} is the usual way to make one.
   *
   * @param code the rule's code
   * @param severity the severity
   * @param category the rule's category
   * @param path an RFC 6901 pointer, {@code ""} for the root
   * @param message the message
   * @param subject the subject's code
   * @param arguments the arguments, in any order; copied and sorted by key
   * @throws NullPointerException if an argument, or a key or value of the arguments, is null
   */
  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(subject, "subject");
    arguments = sorted(arguments);
  }

  private static Map<String, String> sorted(Map<String, String> arguments) {
    Map<String, String> copy = new TreeMap<>();
    Objects.requireNonNull(arguments, "arguments")
        .forEach(
            (key, value) ->
                copy.put(
                    Objects.requireNonNull(key, "arguments key"),
                    Objects.requireNonNull(value, "arguments value")));
    return Collections.unmodifiableMap(copy);
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
      return new Finding(
          required(code, "code"),
          required(severity, "severity"),
          required(category, "category"),
          required(path, "path"),
          required(message, "message"),
          required(subject, "subject"),
          arguments);
    }
  }
}
