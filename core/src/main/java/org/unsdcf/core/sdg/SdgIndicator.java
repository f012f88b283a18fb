package org.unsdcf.core.sdg;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One listing of an SDG indicator under a target: a row of the bundled {@code sdg-indicators.csv}.
 *
 * <p>Twelve indicators are listed under two or three targets; each listing is its own row with its
 * own code, and the listings of one indicator share {@link #unsdCode()} (see {@link
 * SdgCatalogue#repeatsOf(String)}).
 *
 * <pre>{@code
 * SdgIndicator i = SdgCatalogue.bundled().indicator("1.5.1").orElseThrow();
 * i.unsdCode();     // "C200303"
 * i.alsoListedAs(); // [11.5.1, 13.1.1]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the listing's code, e.g. {@code 5.2.1}
 * @param target the code of the target it is listed under, e.g. {@code 5.2}
 * @param goal the code of that target's goal, e.g. {@code 5}
 * @param unsdCode UNSD's code of the indicator, the same for every listing of a repeated indicator,
 *     e.g. {@code C050201}
 * @param alsoListedAs the codes of the indicator's other listings, in file order (the file's
 *     space-separated {@code also_listed_as} column); empty for most indicators
 * @param title the indicator's text
 * @param footnote the official footnote, if any (only 17.6.1 has one)
 */
public record SdgIndicator(
    String code,
    String target,
    String goal,
    String unsdCode,
    List<String> alsoListedAs,
    String title,
    Optional<String> footnote) {
  /**
   * Creates an indicator listing.
   *
   * @param code the listing's code
   * @param target the target code
   * @param goal the goal code
   * @param unsdCode UNSD's code of the indicator
   * @param alsoListedAs the codes of the other listings, copied
   * @param title the text
   * @param footnote the footnote, if any
   * @throws NullPointerException if any argument or element is null
   */
  public SdgIndicator {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(unsdCode, "unsdCode");
    alsoListedAs = List.copyOf(Objects.requireNonNull(alsoListedAs, "alsoListedAs"));
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(footnote, "footnote");
  }
}
