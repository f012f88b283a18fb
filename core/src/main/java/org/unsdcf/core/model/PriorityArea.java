package org.unsdcf.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;

/**
 * A priority area of the framework (UN INFO's strategic priority, "SP"), grouping outcomes.
 *
 * <pre>{@code
 * PriorityArea sp1 = PriorityArea.builder()
 *     .code("SP1").title("Quality social services").addOutcome(oc11).build();
 * }</pre>
 *
 * <p>Invariants: Code and Name well formed; tags a set without SDG vocabularies. A priority area
 * without outcomes builds; the validator reports it (STR-001). This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class PriorityArea implements WithPriorityArea {
  private static final String TYPE = "PriorityArea";

  PriorityArea() {}

  /**
   * Gets the priority area's code.
   *
   * @return a Code, e.g. {@code SP1}
   */
  public abstract String code();

  /**
   * Gets the code as the source system shows it, if it differs from {@link #code()}: free text such
   * as {@code "1.1."} or {@code "5 (ext. from 2021)"}, never an identity.
   *
   * @return a Name
   */
  public abstract Optional<String> displayCode();

  /**
   * Gets the title.
   *
   * @return a Name
   */
  public abstract String title();

  /**
   * Gets a description, if any.
   *
   * @return a Text
   */
  public abstract Optional<String> description();

  /**
   * Gets the tags.
   *
   * @return the tags, no duplicates, no SDG vocabulary
   */
  public abstract List<Tag> tags();

  /**
   * Gets the outcomes.
   *
   * @return the outcomes, in document order
   */
  public abstract List<Outcome> outcomes();

  /**
   * Obtains a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.code(TYPE, "code", code());
    displayCode().ifPresent(d -> Checks.name(TYPE, "displayCode", d));
    Checks.name(TYPE, "title", title());
    description().ifPresent(d -> Checks.text(TYPE, "description", d));
    Tags.check(TYPE, tags());
  }

  /** Builds a {@link PriorityArea}. */
  public static final class Builder extends ImmutablePriorityArea.Builder {
    Builder() {}
  }
}
