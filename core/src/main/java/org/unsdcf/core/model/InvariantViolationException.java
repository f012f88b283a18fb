package org.unsdcf.core.model;

import java.util.Objects;

/**
 * Thrown when a value of the model would be meaningless: a reversed range, a blank name, a
 * duplicate inside a set, a value kind that the indicator's measure forbids.
 *
 * <p>The message reads {@code "<Type>.<field>: <reason>, but was '<value>'"}, for example {@code
 * ReportingPeriod.end: must not be before start 2023-12-01, but was '2023-11-30'}. Plans that are
 * merely inconsistent (duplicate codes, dangling references) are not invariant violations: they
 * build, and the validator reports them.
 */
public final class InvariantViolationException extends IllegalArgumentException {
  /** The simple name of the checked type. */
  private final String type;

  /** The relative pointer to the offending member. */
  private final String field;

  /** The offending value as JSON writes it. */
  private final String value;

  /** What is wrong. */
  private final String reason;

  /**
   * Creates an exception for a broken invariant.
   *
   * @param type the simple name of the checked type, e.g. {@code ReportingPeriod}
   * @param field the relative JSON pointer from the checked object to the offending member, e.g.
   *     {@code end} or {@code agencies/2}
   * @param value the offending value as JSON writes it
   * @param reason what is wrong, e.g. {@code must not be before start 2023-12-01}
   */
  public InvariantViolationException(String type, String field, String value, String reason) {
    super(
        Objects.requireNonNull(type, "type")
            + "."
            + Objects.requireNonNull(field, "field")
            + ": "
            + Objects.requireNonNull(reason, "reason")
            + ", but was '"
            + Objects.requireNonNull(value, "value")
            + "'");
    this.type = type;
    this.field = field;
    this.value = value;
    this.reason = reason;
  }

  /**
   * Gets the simple name of the type whose invariant is broken.
   *
   * @return the type name, e.g. {@code ReportingPeriod}
   */
  public String type() {
    return type;
  }

  /**
   * Gets the relative JSON pointer from the checked object to the offending member: the later
   * member of an ordering ({@code end}, {@code max}, {@code until}), the conditional member of a
   * presence rule, or the duplicate element of a set ({@code agencies/2}).
   *
   * @return the field, never empty
   */
  public String field() {
    return field;
  }

  /**
   * Gets the offending value as JSON writes it.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * Gets the reason without type, field or value, e.g. {@code must not be before start 2023-12-01}.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
