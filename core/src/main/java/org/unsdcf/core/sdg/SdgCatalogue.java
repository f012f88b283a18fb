package org.unsdcf.core.sdg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.unsdcf.core.internal.BundledCsv;

/**
 * The SDG goals, targets and indicators bundled with unsdcf: the global indicator framework after
 * the 2025 Comprehensive Review (A/RES/71/313 Annex, United Nations Statistics Division), with goal
 * short titles from Open SDG.
 *
 * <p>The bundled catalogue has 17 goals, 169 targets (107 outcome, 62 means of implementation) and
 * 251 indicator listings of 235 distinct indicators: twelve indicators are listed under two or
 * three targets, each listing with its own code and a shared {@link SdgIndicator#unsdCode()}.
 *
 * <ul>
 *   <li>Codes are matched exactly: {@code 5.2}, {@code 5.a}, {@code 5.2.1}; no trimming or case
 *       folding.
 *   <li>An unknown or malformed code (well-formed {@code 5.9}, {@code ""}, {@code x}) gives an
 *       empty result, never an exception; only a null argument throws.
 *   <li>Lists are unmodifiable and in file order.
 * </ul>
 *
 * <pre>{@code
 * SdgCatalogue sdg = SdgCatalogue.bundled();
 * sdg.target("10.7").isPresent();   // true
 * sdg.goalOf("5.a.1").map(SdgGoal::code); // Optional[5]
 * sdg.repeatsOf("1.5.1");           // listings 1.5.1, 11.5.1, 13.1.1
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SdgCatalogue {
  private final List<SdgGoal> goals;
  private final List<SdgTarget> targets;
  private final List<SdgIndicator> indicators;
  private final Map<String, SdgGoal> goalsByCode;
  private final Map<String, SdgTarget> targetsByCode;
  private final Map<String, SdgIndicator> indicatorsByCode;
  private final Map<String, List<SdgIndicator>> listingsByUnsdCode;

  private SdgCatalogue(
      List<SdgGoal> goals, List<SdgTarget> targets, List<SdgIndicator> indicators) {
    this.goals = List.copyOf(goals);
    this.targets = List.copyOf(targets);
    this.indicators = List.copyOf(indicators);
    this.goalsByCode = index(goals, SdgGoal::code);
    this.targetsByCode = index(targets, SdgTarget::code);
    this.indicatorsByCode = index(indicators, SdgIndicator::code);
    Map<String, List<SdgIndicator>> byUnsd = new LinkedHashMap<>();
    for (SdgIndicator indicator : indicators) {
      byUnsd.computeIfAbsent(indicator.unsdCode(), k -> new ArrayList<>()).add(indicator);
    }
    Map<String, List<SdgIndicator>> frozen = new HashMap<>();
    byUnsd.forEach((code, listings) -> frozen.put(code, List.copyOf(listings)));
    this.listingsByUnsdCode = Map.copyOf(frozen);
    checkReferences();
  }

  /**
   * Obtains the catalogue bundled with unsdcf, read once on first use.
   *
   * @return the bundled catalogue, the same instance on every call
   */
  public static SdgCatalogue bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Obtains a goal by its code.
   *
   * @param code the goal code, {@code 1} to {@code 17}
   * @return the goal, or empty if there is none with this code
   * @throws NullPointerException if {@code code} is null
   */
  public Optional<SdgGoal> goal(String code) {
    return Optional.ofNullable(goalsByCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Obtains a target by its code.
   *
   * @param code the target code, e.g. {@code 5.2} or {@code 17.a}
   * @return the target, or empty if there is none with this code
   * @throws NullPointerException if {@code code} is null
   */
  public Optional<SdgTarget> target(String code) {
    return Optional.ofNullable(targetsByCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Obtains an indicator listing by its code.
   *
   * @param code the indicator code, e.g. {@code 5.2.1}
   * @return the listing, or empty if there is none with this code
   * @throws NullPointerException if {@code code} is null
   */
  public Optional<SdgIndicator> indicator(String code) {
    return Optional.ofNullable(indicatorsByCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Obtains the goal that a target or an indicator listing belongs to.
   *
   * <pre>{@code
   * goalOf("10.7");  // goal 10
   * goalOf("5.a.1"); // goal 5
   * goalOf("5");     // empty: a goal code is neither a target nor an indicator
   * }</pre>
   *
   * @param targetOrIndicatorCode a target code or an indicator code
   * @return the goal, or empty if the code is neither a known target nor a known indicator
   * @throws NullPointerException if {@code targetOrIndicatorCode} is null
   */
  public Optional<SdgGoal> goalOf(String targetOrIndicatorCode) {
    Objects.requireNonNull(targetOrIndicatorCode, "targetOrIndicatorCode");
    SdgTarget target = targetsByCode.get(targetOrIndicatorCode);
    if (target != null) {
      return goal(target.goal());
    }
    SdgIndicator indicator = indicatorsByCode.get(targetOrIndicatorCode);
    return indicator == null ? Optional.empty() : goal(indicator.goal());
  }

  /**
   * Gets every listing of the same indicator: the listings sharing the {@link
   * SdgIndicator#unsdCode()} of the given one, itself included, in file order.
   *
   * <pre>{@code
   * repeatsOf("11.5.1"); // 1.5.1, 11.5.1, 13.1.1
   * repeatsOf("5.2.1");  // 5.2.1 alone
   * }</pre>
   *
   * @param indicatorCode an indicator code
   * @return the listings, unmodifiable; empty if the code is not a known indicator
   * @throws NullPointerException if {@code indicatorCode} is null
   */
  public List<SdgIndicator> repeatsOf(String indicatorCode) {
    SdgIndicator indicator =
        indicatorsByCode.get(Objects.requireNonNull(indicatorCode, "indicatorCode"));
    return indicator == null ? List.of() : listingsByUnsdCode.get(indicator.unsdCode());
  }

  /**
   * Gets all goals.
   *
   * @return the 17 goals in file order, unmodifiable
   */
  public List<SdgGoal> goals() {
    return goals;
  }

  /**
   * Gets all targets.
   *
   * @return the targets in file order (by goal, then as UNSD lists them), unmodifiable
   */
  public List<SdgTarget> targets() {
    return targets;
  }

  /**
   * Gets all indicator listings, repeats included.
   *
   * @return the listings in file order (by goal, then as UNSD lists them), unmodifiable
   */
  public List<SdgIndicator> indicators() {
    return indicators;
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> code) {
    Map<String, T> map = new HashMap<>();
    for (T item : items) {
      if (map.put(code.apply(item), item) != null) {
        throw bug("duplicate code " + code.apply(item));
      }
    }
    return Map.copyOf(map);
  }

  private void checkReferences() {
    for (SdgTarget target : targets) {
      if (!goalsByCode.containsKey(target.goal())) {
        throw bug("target " + target.code() + " names unknown goal " + target.goal());
      }
    }
    for (SdgIndicator indicator : indicators) {
      SdgTarget target = targetsByCode.get(indicator.target());
      if (target == null || !target.goal().equals(indicator.goal())) {
        throw bug("indicator " + indicator.code() + " names an unknown target or wrong goal");
      }
      for (String other : indicator.alsoListedAs()) {
        SdgIndicator repeat = indicatorsByCode.get(other);
        if (repeat == null || !repeat.unsdCode().equals(indicator.unsdCode())) {
          throw bug("indicator " + indicator.code() + " is also listed as unknown " + other);
        }
      }
    }
  }

  private static AssertionError bug(String reason) {
    return new AssertionError("unsdcf bug: bundled SDG catalogue: " + reason);
  }

  private static SdgCatalogue load() {
    List<SdgGoal> goals = new ArrayList<>();
    for (List<String> r :
        BundledCsv.rows(
            SdgCatalogue.class, "sdg-goals.csv", "code", "short_title", "title", "footnote")) {
      goals.add(new SdgGoal(r.get(0), r.get(1), r.get(2), optional(r.get(3))));
    }
    List<SdgTarget> targets = new ArrayList<>();
    for (List<String> r :
        BundledCsv.rows(
            SdgCatalogue.class, "sdg-targets.csv", "code", "goal", "kind", "title", "footnote")) {
      targets.add(
          new SdgTarget(
              r.get(0), r.get(1), SdgTargetKind.ofCode(r.get(2)), r.get(3), optional(r.get(4))));
    }
    List<SdgIndicator> indicators = new ArrayList<>();
    for (List<String> r :
        BundledCsv.rows(
            SdgCatalogue.class,
            "sdg-indicators.csv",
            "code",
            "target",
            "goal",
            "unsd_code",
            "also_listed_as",
            "title",
            "footnote")) {
      indicators.add(
          new SdgIndicator(
              r.get(0),
              r.get(1),
              r.get(2),
              r.get(3),
              r.get(4).isEmpty() ? List.of() : List.of(r.get(4).split(" ")),
              r.get(5),
              optional(r.get(6))));
    }
    return new SdgCatalogue(goals, targets, indicators);
  }

  private static Optional<String> optional(String field) {
    return field.isEmpty() ? Optional.empty() : Optional.of(field);
  }

  /** Initialisation-on-demand holder: the JVM reads the files once, on first use, safely. */
  private static final class Bundled {
    static final SdgCatalogue INSTANCE = load();
  }
}
