package org.unsdcf.core.sdg;

import java.util.Objects;
import java.util.Optional;

/**
 * One of the 17 Sustainable Development Goals: a row of the bundled {@code sdg-goals.csv}.
 *
 * <pre>{@code
 * SdgGoal goal = SdgCatalogue.bundled().goal("5").orElseThrow();
 * goal.shortTitle(); // "Gender equality"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the goal number as text, {@code 1} to {@code 17}
 * @param shortTitle the short title, e.g. {@code No poverty} (from Open SDG)
 * @param title the goal's full text
 * @param footnote the official footnote to the goal, if any (only Goal 13 has one)
 */
public record SdgGoal(String code, String shortTitle, String title, Optional<String> footnote) {
  /**
   * Creates a goal.
   *
   * @param code the goal number as text
   * @param shortTitle the short title
   * @param title the full text
   * @param footnote the footnote, if any
   * @throws NullPointerException if any argument is null
   */
  public SdgGoal {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(shortTitle, "shortTitle");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(footnote, "footnote");
  }
}
