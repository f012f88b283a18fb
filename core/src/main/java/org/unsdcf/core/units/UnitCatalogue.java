package org.unsdcf.core.units;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Looks up the closed catalogue of {@link IndicatorUnit}s by symbol (design.md §9).
 *
 * <p>Look-up is exact and case-sensitive: no trimming, no aliases, no parsing, so {@code "km"} is
 * found and {@code "KM"}, {@code " km"} and {@code "kilometre"} are not. Indriya's unit parsers are
 * never used.
 *
 * <pre>{@code
 * UnitCatalogue.lookup("km2");     // Optional[SQUARE_KILOMETRE]
 * UnitCatalogue.lookup("furlong"); // Optional.empty
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnitCatalogue {
  private static final List<IndicatorUnit> UNITS = List.of(IndicatorUnit.values());
  private static final Map<String, IndicatorUnit> BY_SYMBOL = bySymbol();

  private UnitCatalogue() {}

  /**
   * Obtains the unit with exactly the given symbol.
   *
   * @param symbol the symbol, e.g. {@code km2} or {@code per 100000}
   * @return the unit, or empty if no unit has exactly this symbol
   * @throws NullPointerException if {@code symbol} is null
   */
  public static Optional<IndicatorUnit> lookup(String symbol) {
    return Optional.ofNullable(BY_SYMBOL.get(Objects.requireNonNull(symbol, "symbol")));
  }

  /**
   * Gets every unit of the catalogue.
   *
   * @return the units in declaration order, unmodifiable
   */
  public static List<IndicatorUnit> units() {
    return UNITS;
  }

  private static Map<String, IndicatorUnit> bySymbol() {
    Map<String, IndicatorUnit> map = new HashMap<>();
    for (IndicatorUnit unit : IndicatorUnit.values()) {
      if (map.put(unit.symbol(), unit) != null) {
        throw new AssertionError("unsdcf bug: two units with symbol " + unit.symbol());
      }
    }
    return Map.copyOf(map);
  }
}
