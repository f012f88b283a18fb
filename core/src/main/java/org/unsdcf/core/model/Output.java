package org.unsdcf.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;

/**
 * An output of an outcome (UN INFO "OU"): what the UN entities deliver together.
 *
 * <pre>{@code
 * Output op = Output.builder()
 *     .code("OP1.1.1")
 *     .title("Migrants have access to information, legal aid and psychosocial support")
 *     .addContributingEntities("IOM", "UN-Women")
 *     .addSdgTarget("10.7")
 *     .build();
 * }</pre>
 *
 * <p>Invariants: Codes and Names well formed; {@code contributingEntities}, {@code sdgTargets} and
 * {@code tags} are sets; tags hold no SDG vocabulary. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Output implements WithOutput {
  private static final String TYPE = "Output";

  Output() {}

  /**
   * Gets the output's code.
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
   * Gets a description, if any.
   *
   * @return a Text
   */
  public abstract Optional<String> description();

  /**
   * Gets the codes of the UN entities that contribute.
   *
   * @return Codes, no duplicates
   */
  public abstract List<String> contributingEntities();

  /**
   * Gets the SDG targets the output contributes to.
   *
   * @return target codes such as {@code 10.7}, no duplicates
   */
  public abstract List<String> sdgTargets();

  /**
   * Gets the tags.
   *
   * @return the tags, no duplicates, no SDG vocabulary
   */
  public abstract List<Tag> tags();

  /**
   * Gets the output's own indicators.
   *
   * @return the indicators, in document order
   */
  public abstract List<Indicator> indicators();

  /**
   * Gets the output's alignment: its SDG targets as tags, then its tags. Not serialised.
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
    description().ifPresent(d -> Checks.text(TYPE, "description", d));
    Checks.codeSet(TYPE, "contributingEntities", contributingEntities());
    Tags.sdgTargets(TYPE, sdgTargets());
    Tags.check(TYPE, tags());
  }

  /** Builds an {@link Output}. */
  public static final class Builder extends ImmutableOutput.Builder {
    Builder() {}
  }
}
