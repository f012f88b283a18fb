package org.unsdcf.core.sdg;

import java.util.Objects;

/**
 * One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration
 * (A/RES/73/195, para. 16): a row of the bundled {@code gcm-objectives.csv}.
 *
 * <pre>{@code
 * GcmCatalogue.bundled().objective(3).orElseThrow().title();
 * // "Provide accurate and timely information at all stages of migration"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the objective number, 1 to 23
 * @param title the objective as the resolution words it
 */
public record GcmObjective(int code, String title) {
  /**
   * Creates an objective.
   *
   * @param code the objective number
   * @param title the title
   * @throws NullPointerException if {@code title} is null
   */
  public GcmObjective {
    Objects.requireNonNull(title, "title");
  }
}
