package org.unsdcf.core.validation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to validate: the day to validate for ({@code asOf}, required: rules never read the clock),
 * the {@link Strictness} (default {@link Strictness#DRAFT}) and rules to leave out.
 *
 * <pre>{@code
 * ValidationOptions options = ValidationOptions.builder()
 *     .asOf(LocalDate.of(2024, 6, 30))
 *     .strictness(Strictness.PUBLISH)
 *     .disabledRules(Set.of("TAG-008"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationOptions {
  private final LocalDate asOf;
  private final Strictness strictness;
  private final Set<String> disabledRules;

  private ValidationOptions(LocalDate asOf, Strictness strictness, Set<String> disabledRules) {
    this.asOf = asOf;
    this.strictness = strictness;
    this.disabledRules = disabledRules;
  }

  /**
   * Obtains options for a day, DRAFT strictness, every rule enabled.
   *
   * @param asOf the day to validate for
   * @return the options
   */
  public static ValidationOptions of(LocalDate asOf) {
    return builder().asOf(asOf).build();
  }

  /**
   * Obtains a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the day to validate for: what is "passed" is before it.
   *
   * @return the day
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Gets the strictness.
   *
   * @return the strictness
   */
  public Strictness strictness() {
    return strictness;
  }

  /**
   * Gets the codes of the rules left out.
   *
   * @return an unmodifiable sorted set of catalogue codes
   */
  public Set<String> disabledRules() {
    return disabledRules;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ValidationOptions)) {
      return false;
    }
    ValidationOptions o = (ValidationOptions) other;
    return asOf.equals(o.asOf)
        && strictness == o.strictness
        && disabledRules.equals(o.disabledRules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, strictness, disabledRules);
  }

  @Override
  public String toString() {
    return "ValidationOptions{asOf="
        + asOf
        + ", strictness="
        + strictness
        + ", disabledRules="
        + disabledRules
        + "}";
  }

  /** Builds {@link ValidationOptions}; {@code asOf} is required. */
  public static final class Builder {
    private LocalDate asOf;
    private Strictness strictness = Strictness.DRAFT;
    private Set<String> disabledRules = Set.of();

    Builder() {}

    /**
     * Sets the day to validate for.
     *
     * @param asOf the day
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Sets the strictness; DRAFT if not set.
     *
     * @param strictness the strictness
     * @return this builder
     */
    public Builder strictness(Strictness strictness) {
      this.strictness = Objects.requireNonNull(strictness, "strictness");
      return this;
    }

    /**
     * Sets the rules to leave out, replacing any set before.
     *
     * @param codes catalogue codes such as {@code TAG-008}
     * @return this builder
     * @throws IllegalArgumentException if a code is not in {@link RuleCatalogue#rules()}
     */
    public Builder disabledRules(Set<String> codes) {
      Objects.requireNonNull(codes, "disabledRules");
      Set<String> sorted = new TreeSet<>();
      for (String code : codes) {
        Objects.requireNonNull(code, "disabledRules element");
        if (RuleCatalogue.rule(code).isEmpty()) {
          throw new IllegalArgumentException("disabledRules: no rule has the code '" + code + "'");
        }
        sorted.add(code);
      }
      this.disabledRules = Collections.unmodifiableSet(sorted);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws IllegalStateException if {@code asOf} was not set
     */
    public ValidationOptions build() {
      if (asOf == null) {
        throw new IllegalStateException(
            "Cannot build ValidationOptions, some of required attributes are not set [asOf]");
      }
      return new ValidationOptions(asOf, strictness, disabledRules);
    }
  }
}
