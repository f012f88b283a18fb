package org.unsdcf.core.sdg;

import java.util.Objects;
import java.util.Optional;

/**
 * One of the 169 SDG targets: a row of the bundled {@code sdg-targets.csv}.
 *
 * <pre>{@code
 * SdgTarget target = SdgCatalogue.bundled().target("10.7").orElseThrow();
 * target.goal(); // "10"
 * target.kind(); // OUTCOME
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the target code, e.g. {@code 5.2} or {@code 5.a}
 * @param goal the code of the goal it belongs to, e.g. {@code 5}
 * @param kind whether the target is an outcome or a means of implementation
 * @param title the target's text
 * @param footnote the official footnote to the target, if any (only 14.6 has one)
 */
public record SdgTarget(
    String code, String goal, SdgTargetKind kind, String title, Optional<String> footnote) {
  /**
   * Creates a target.
   *
   * @param code the target code
   * @param goal the goal code
   * @param kind the kind
   * @param title the text
   * @param footnote the footnote, if any
   * @throws NullPointerException if any argument is null
   */
  public SdgTarget {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(footnote, "footnote");
  }
}
