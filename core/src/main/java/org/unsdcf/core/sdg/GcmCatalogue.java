package org.unsdcf.core.sdg;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unsdcf.core.internal.BundledCsv;

/**
 * The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (GCM), adopted by
 * the UN General Assembly in resolution A/RES/73/195, paragraph 16, as bundled with unsdcf.
 * Cooperation Frameworks tag work with {@code GCM_OBJECTIVE} codes, checked against this list.
 *
 * <pre>{@code
 * GcmCatalogue.bundled().objective(3);  // Optional[GcmObjective[code=3, title=Provide accurate ...]]
 * GcmCatalogue.bundled().objective(24); // Optional.empty
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GcmCatalogue {
  private final List<GcmObjective> objectives;

  private GcmCatalogue(List<GcmObjective> objectives) {
    this.objectives = List.copyOf(objectives);
  }

  /**
   * Obtains the catalogue bundled with unsdcf, read once on first use.
   *
   * @return the bundled catalogue, the same instance on every call
   */
  public static GcmCatalogue bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Obtains an objective by its number.
   *
   * @param code the objective number
   * @return the objective, or empty unless {@code code} is 1 to 23
   */
  public Optional<GcmObjective> objective(int code) {
    return code >= 1 && code <= objectives.size()
        ? Optional.of(objectives.get(code - 1))
        : Optional.empty();
  }

  /**
   * Gets all objectives.
   *
   * @return the 23 objectives in order of their numbers, unmodifiable
   */
  public List<GcmObjective> objectives() {
    return objectives;
  }

  private static GcmCatalogue load() {
    List<GcmObjective> objectives = new ArrayList<>();
    for (List<String> r :
        BundledCsv.rows(GcmCatalogue.class, "gcm-objectives.csv", "code", "title")) {
      int expected = objectives.size() + 1;
      if (!r.get(0).equals(Integer.toString(expected))) {
        throw new AssertionError(
            "unsdcf bug: bundled gcm-objectives.csv: row " + expected + " has code " + r.get(0));
      }
      objectives.add(new GcmObjective(expected, r.get(1)));
    }
    return new GcmCatalogue(objectives);
  }

  /** Initialisation-on-demand holder: the JVM reads the file once, on first use, safely. */
  private static final class Bundled {
    static final GcmCatalogue INSTANCE = load();
  }
}
