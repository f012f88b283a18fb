package org.unsdcf.core.model;

import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;
import org.unsdcf.core.internal.JsonText;

/**
 * A code from a named vocabulary attached to a result, e.g. GCM objective 3.
 *
 * <pre>{@code
 * Tag gcm = Tag.of(Tag.GCM_OBJECTIVE, "3");
 * }</pre>
 *
 * <p>Built-in vocabularies are {@value #SDG_TARGET}, {@value #SDG_INDICATOR} and {@value
 * #GCM_OBJECTIVE}; any other vocabulary (a national strategy's list, say) is data and never
 * checked. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Tag implements WithTag {
  /** The vocabulary of SDG target codes such as {@code 5.2}. */
  public static final String SDG_TARGET = "SDG_TARGET";

  /** The vocabulary of SDG indicator codes such as {@code 5.2.1}. */
  public static final String SDG_INDICATOR = "SDG_INDICATOR";

  /**
   * The vocabulary of the 23 objectives of the Global Compact for Migration, {@code 1}…{@code 23}.
   */
  public static final String GCM_OBJECTIVE = "GCM_OBJECTIVE";

  Tag() {}

  /**
   * Gets the vocabulary: upper-case letters, digits and underscores, at most 32 characters.
   *
   * @return the vocabulary, e.g. {@code GCM_OBJECTIVE}
   */
  @Value.Parameter
  public abstract String vocabulary();

  /**
   * Gets the code within the vocabulary.
   *
   * @return the code, e.g. {@code 3}
   */
  @Value.Parameter
  public abstract String code();

  /**
   * Obtains a tag.
   *
   * @param vocabulary the vocabulary
   * @param code the code
   * @return the tag
   * @throws InvariantViolationException if the vocabulary or code is malformed
   */
  public static Tag of(String vocabulary, String code) {
    return ImmutableTag.of(vocabulary, code);
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
    Checks.pattern(
        "Tag", "vocabulary", vocabulary(), Checks.VOCABULARY, "upper-case letters, digits and _");
    Checks.code("Tag", "code", code());
    switch (vocabulary()) {
      case SDG_TARGET:
        Checks.pattern("Tag", "code", code(), Checks.SDG_TARGET, "an SDG target code such as 5.2");
        break;
      case SDG_INDICATOR:
        Checks.pattern(
            "Tag", "code", code(), Checks.SDG_INDICATOR, "an SDG indicator code such as 5.2.1");
        break;
      case GCM_OBJECTIVE:
        Checks.pattern("Tag", "code", code(), Checks.GCM_OBJECTIVE, "a GCM objective number");
        break;
      default:
        break;
    }
  }

  /**
   * Returns the tag in its compact JSON form, e.g. {@code
   * {"vocabulary":"GCM_OBJECTIVE","code":"3"}}.
   *
   * @return the JSON form
   */
  @Override
  public String toString() {
    return JsonText.object("vocabulary", vocabulary(), "code", code());
  }

  /** Builds a {@link Tag}. */
  public static final class Builder extends ImmutableTag.Builder {
    Builder() {}
  }
}
