package org.unsdcf.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;

/**
 * An outcome of a priority area (UN INFO "OC"): a change in people's lives the framework
 * contributes to, with its indicators and outputs.
 *
 * <pre>{@code
 * Outcome oc = Outcome.builder()
 *     .code("OC1.1")
 *     .title("People, including migrants and their families, use quality social services")
 *     .addSdgTargets("1.3", "10.7")
 *     .build();
 * }</pre>
 *
 * <p>Invariants: Codes and Names well formed; {@code sdgTargets} and {@code tags} are sets; tags
 * hold no SDG vocabulary. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Outcome implements WithOutcome {
  private static final String TYPE = "Outcome";

  Outcome() {}

  /**
   * Gets the outcome's code.
   *
   * @return a Code
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
   * Gets the outcome statement, if any.
   *
   * @return a Text
   */
  public abstract Optional<String> statement();

  /**
   * Gets the SDG targets the outcome contributes to.
   *
   * @return target codes, no duplicates
   */
  public abstract List<String> sdgTargets();

  /**
   * Gets the tags.
   *
   * @return the tags, no duplicates, no SDG vocabulary
   */
  public abstract List<Tag> tags();

  /**
   * Gets the outcome's own indicators.
   *
   * @return the indicators, in document order
   */
  public abstract List<Indicator> indicators();

  /**
   * Gets the outputs.
   *
   * @return the outputs, in document order
   */
  public abstract List<Output> outputs();

  /**
   * Gets the outcome's alignment: its SDG targets as tags, then its tags. Not serialised.
   *
   * @return the alignment tags
   */
  public List<Tag> alignment() {
    return Tags.alignment(sdgTargets(), tags());
  }

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
    statement().ifPresent(s -> Checks.text(TYPE, "statement", s));
    Tags.sdgTargets(TYPE, sdgTargets());
    Tags.check(TYPE, tags());
  }

  /** Builds an {@link Outcome}. */
  public static final class Builder extends ImmutableOutcome.Builder {
    Builder() {}
  }
}
