package org.unsdcf.core.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unsdcf.core.model.DisaggregationDimension;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.units.UnitKind;

/**
 * How design.md §7.2 combines disaggregated measurements, for DIS-001 and DIS-002: which indicators
 * can be summed, and the measurements of each period.
 */
final class Disaggregations {
  /** How an indicator's values combine across categories. */
  enum Sum {
    /** UNIT with an additive kind: values add up. */
    VALUES,
    /** A ratio unit: numerators and denominators add up. */
    RATIO,
    /** Never summed (SCORE, ORDINAL, NOMINAL, QUALITATIVE). */
    NONE
  }

  private Disaggregations() {}

  /** Gets how an indicator's values combine. */
  static Sum sum(Indicator indicator) {
    if (!indicator.measure().hasUnit() || indicator.unit().isEmpty()) {
      return Sum.NONE;
    }
    UnitKind kind = indicator.unit().get().kind();
    if (kind == UnitKind.RATIO) {
      return Sum.RATIO;
    }
    return indicator.measure() == Measure.UNIT && kind != UnitKind.SCORE ? Sum.VALUES : Sum.NONE;
  }

  /** Gets the indexes of the measurements of each period, periods in document order. */
  static Map<ReportingPeriod, List<Integer>> byPeriod(List<Measurement> ms) {
    Map<ReportingPeriod, List<Integer>> periods = new LinkedHashMap<>();
    for (int m = 0; m < ms.size(); m++) {
      periods.computeIfAbsent(ms.get(m).period(), k -> new ArrayList<>()).add(m);
    }
    return periods;
  }

  /**
   * Gets the first single-key measurement of each category of a dimension among some measurements,
   * by category.
   */
  static Map<String, Measurement> singleKey(
      DisaggregationDimension dimension, List<Integer> indexes, List<Measurement> ms) {
    Map<String, Measurement> cells = new HashMap<>();
    for (int i : indexes) {
      Map<String, String> d = ms.get(i).disaggregation();
      if (d.size() == 1 && d.containsKey(dimension.name())) {
        cells.putIfAbsent(d.get(dimension.name()), ms.get(i));
      }
    }
    return cells;
  }

  /** Checks if a measurement has both numerator and denominator. */
  static boolean hasRatio(Measurement m) {
    return m.numerator().isPresent() && m.denominator().isPresent();
  }

  /**
   * Checks if a period's headline can be derived: a summable indicator and an exhaustive dimension
   * with a single-key measurement for every category (with numerator and denominator for a ratio).
   */
  static boolean derivable(Indicator indicator, List<Integer> indexes, List<Measurement> ms) {
    Sum sum = sum(indicator);
    if (sum == Sum.NONE) {
      return false;
    }
    for (DisaggregationDimension d : indicator.disaggregations()) {
      if (!d.exhaustive()) {
        continue;
      }
      Map<String, Measurement> cells = singleKey(d, indexes, ms);
      if (cells.size() == d.categories().size()
          && (sum == Sum.VALUES || cells.values().stream().allMatch(Disaggregations::hasRatio))) {
        return true;
      }
    }
    return false;
  }

  /** Adds the amounts in the indicator's unit, or null if one cannot be converted. */
  static BigDecimal total(Indicator indicator, Iterable<Measurement> cells) {
    BigDecimal total = BigDecimal.ZERO;
    for (Measurement m : cells) {
      BigDecimal amount = Values.amount(indicator, m.value(), m.unit());
      if (amount == null) {
        return null;
      }
      total = total.add(amount);
    }
    return total;
  }
}
