package org.unsdcf.core.units;

import java.util.EnumMap;
import java.util.Map;
import javax.measure.MetricPrefix;
import javax.measure.Unit;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.unit.Units;

/**
 * The Indriya unit of each {@link IndicatorUnit} (design.md §9), built once when first needed: the
 * class-initialisation lock makes the table safely published, and using a unit's symbol alone never
 * loads Indriya.
 */
final class IndriyaUnits {
  private static final Map<IndicatorUnit, Unit<?>> UNITS = build();

  private IndriyaUnits() {}

  static Unit<?> of(IndicatorUnit unit) {
    return UNITS.get(unit);
  }

  private static Map<IndicatorUnit, Unit<?>> build() {
    Map<IndicatorUnit, Unit<?>> units = new EnumMap<>(IndicatorUnit.class);
    for (IndicatorUnit unit : IndicatorUnit.values()) {
      units.put(unit, create(unit));
    }
    return units;
  }

  private static Unit<?> create(IndicatorUnit unit) {
    return switch (unit) {
      case COUNT, SCORE -> AbstractUnit.ONE;
      case PERCENT -> Units.PERCENT;
      case PER_MILLE, PER_THOUSAND -> AbstractUnit.ONE.divide(1000);
      case PER_HUNDRED_THOUSAND -> AbstractUnit.ONE.divide(100000);
      case METRE -> Units.METRE;
      case KILOMETRE -> MetricPrefix.KILO(Units.METRE);
      case SQUARE_METRE -> Units.SQUARE_METRE;
      case HECTARE -> Units.SQUARE_METRE.multiply(10000);
      case SQUARE_KILOMETRE -> Units.SQUARE_METRE.multiply(1000000);
      case CUBIC_METRE -> Units.CUBIC_METRE;
      case KILOGRAM -> Units.KILOGRAM;
      case TONNE, TONNE_CO2E -> Units.KILOGRAM.multiply(1000);
      case HOUR -> Units.HOUR;
      case DAY -> Units.DAY;
      case YEAR -> Units.YEAR;
      case KILOWATT_HOUR -> MetricPrefix.KILO(Units.WATT).multiply(Units.HOUR);
      case GIGAWATT_HOUR -> MetricPrefix.GIGA(Units.WATT).multiply(Units.HOUR);
      case MEGAWATT -> MetricPrefix.MEGA(Units.WATT);
    };
  }
}
