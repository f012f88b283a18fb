package org.unsdcf.core.rollup;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.DisaggregationDimension;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.units.IndicatorUnit;
import org.unsdcf.core.units.UnitKind;

/**
 * Takes the actual of a numeric indicator at an {@code asOf} date (design.md §7.2): per period the
 * headline or a derived headline, then the latest (LEVEL, CUMULATIVE) or the sum since the baseline
 * (PER_PERIOD), ratios combined as Σnumerators × k ÷ Σdenominators.
 */
final class Actuals {
  private Actuals() {}

  /**
   * The outcome: an actual with its date and whether it was computed (converted or combined from
   * ratios), no actual, or a reason it cannot be taken.
   */
  static final class Result {
    static final Result NONE = new Result(null, null, false, null);

    final BigDecimal value;
    final LocalDate date;
    final boolean computed;
    final ProgressReason failure;

    private Result(BigDecimal value, LocalDate date, boolean computed, ProgressReason failure) {
      this.value = value;
      this.date = date;
      this.computed = computed;
      this.failure = failure;
    }

    static Result of(BigDecimal value, LocalDate date, boolean computed) {
      return new Result(value, date, computed, null);
    }

    static Result failed(ProgressReason reason) {
      return new Result(null, null, false, reason);
    }
  }

  /**
   * One period's headline value, given or derived, with its position in the document; computed when
   * it was converted or combined from ratios.
   */
  private static final class Reading {
    final ReportingPeriod period;
    final BigDecimal value;
    final BigDecimal numerator;
    final BigDecimal denominator;
    final int position;
    final boolean computed;

    Reading(
        ReportingPeriod period,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        int position,
        boolean computed) {
      this.period = period;
      this.value = value;
      this.numerator = numerator;
      this.denominator = denominator;
      this.position = position;
      this.computed = computed;
    }

    boolean hasCounts() {
      return numerator != null;
    }

    boolean isAfter(Reading other) {
      int byEnd = period.end().compareTo(other.period.end());
      return byEnd > 0 || (byEnd == 0 && position > other.position);
    }
  }

  /** A measurement of a period, its value in the indicator's unit, converted or as given. */
  private static final class Cell {
    final int position;
    final Measurement measurement;
    final BigDecimal value;
    final boolean converted;

    Cell(int position, Measurement measurement, BigDecimal value, boolean converted) {
      this.position = position;
      this.measurement = measurement;
      this.value = value;
      this.converted = converted;
    }
  }

  /** The measurements of one period: the headline and the single-key cells, later ones winning. */
  private static final class Period {
    final ReportingPeriod period;
    Cell headline;
    final Map<String, Map<String, Cell>> singles = new HashMap<>();

    Period(ReportingPeriod period) {
      this.period = period;
    }

    void add(Cell cell) {
      Map<String, String> key = cell.measurement.disaggregation();
      if (key.isEmpty()) {
        headline = cell;
      } else if (key.size() == 1) {
        Map.Entry<String, String> only = key.entrySet().iterator().next();
        singles.computeIfAbsent(only.getKey(), k -> new HashMap<>()).put(only.getValue(), cell);
      }
    }

    Reading reading(Indicator indicator) {
      if (headline != null) {
        Measurement m = headline.measurement;
        return new Reading(
            period,
            headline.value,
            m.numerator().orElse(null),
            m.denominator().orElse(null),
            headline.position,
            headline.converted);
      }
      for (DisaggregationDimension d : indicator.disaggregations()) {
        Map<String, Cell> cells = singles.get(d.name());
        if (d.exhaustive() && cells != null && cells.keySet().containsAll(d.categories())) {
          return derive(indicator, d, cells);
        }
      }
      return null;
    }

    private Reading derive(
        Indicator indicator, DisaggregationDimension d, Map<String, Cell> cells) {
      UnitKind kind = indicator.unit().map(IndicatorUnit::kind).orElse(null);
      int position = -1;
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal numerators = BigDecimal.ZERO;
      BigDecimal denominators = BigDecimal.ZERO;
      boolean counts = true;
      boolean converted = false;
      for (String category : d.categories()) {
        Cell c = cells.get(category);
        position = Math.max(position, c.position);
        sum = sum.add(c.value);
        converted |= c.converted;
        if (c.measurement.numerator().isPresent()) {
          numerators = numerators.add(c.measurement.numerator().get());
          denominators = denominators.add(c.measurement.denominator().orElseThrow());
        } else {
          counts = false;
        }
      }
      if (kind == UnitKind.RATIO) {
        if (!counts) {
          return null;
        }
        BigDecimal value = ratio(numerators, denominators, indicator.unit().orElseThrow());
        return new Reading(period, value, numerators, denominators, position, true);
      }
      if (indicator.measure() == Measure.UNIT && kind != null && kind != UnitKind.SCORE) {
        return new Reading(period, sum, null, null, position, converted);
      }
      return null;
    }
  }

  /**
   * Takes the actual of a numeric indicator.
   *
   * @param indicator a UNIT, PERCENTAGE or ORDINAL indicator
   * @param asOf measurements ending after it are ignored
   * @param t0 the baseline day, if there is a baseline: PER_PERIOD sums periods starting after it
   * @return the actual, none, or UNIT_MISMATCH / NOT_AGGREGATABLE
   */
  static Result take(Indicator indicator, LocalDate asOf, Optional<LocalDate> t0) {
    Optional<IndicatorUnit> unit = indicator.unit();
    UnitKind kind = unit.map(IndicatorUnit::kind).orElse(null);
    Accumulation accumulation = indicator.accumulation().orElse(Accumulation.LEVEL);
    if (accumulation == Accumulation.PER_PERIOD && kind == UnitKind.SCORE) {
      return Result.failed(ProgressReason.NOT_AGGREGATABLE);
    }
    Map<ReportingPeriod, Period> periods = new LinkedHashMap<>();
    List<Measurement> measurements = indicator.measurements();
    for (int i = 0; i < measurements.size(); i++) {
      Measurement m = measurements.get(i);
      if (m.period().end().isAfter(asOf)) {
        continue;
      }
      BigDecimal value = Conversion.toIndicatorUnit(m.value(), m.unit(), unit);
      if (value == null) {
        return Result.failed(ProgressReason.UNIT_MISMATCH);
      }
      boolean converted = Conversion.converts(m.unit(), unit);
      periods.computeIfAbsent(m.period(), Period::new).add(new Cell(i, m, value, converted));
    }
    List<Reading> readings = new ArrayList<>();
    for (Period p : periods.values()) {
      Reading r = p.reading(indicator);
      if (r != null && (accumulation != Accumulation.PER_PERIOD || startsAfter(r, t0))) {
        readings.add(r);
      }
    }
    if (readings.isEmpty()) {
      return Result.NONE;
    }
    Reading latest = readings.get(0);
    for (Reading r : readings) {
      if (r.isAfter(latest)) {
        latest = r;
      }
    }
    if (accumulation != Accumulation.PER_PERIOD || readings.size() == 1) {
      return Result.of(latest.value, latest.period.end(), latest.computed);
    }
    IndicatorUnit own = unit.orElseThrow();
    BigDecimal total = sum(readings, own);
    if (total == null) {
      return Result.failed(ProgressReason.NOT_AGGREGATABLE);
    }
    boolean computed = own.kind() == UnitKind.RATIO;
    for (Reading r : readings) {
      computed |= r.computed;
    }
    return Result.of(total, latest.period.end(), computed);
  }

  private static boolean startsAfter(Reading r, Optional<LocalDate> t0) {
    return t0.isEmpty() || r.period.start().isAfter(t0.get());
  }

  /** Sums PER_PERIOD readings; null means a ratio reading without counts (NOT_AGGREGATABLE). */
  private static BigDecimal sum(List<Reading> readings, IndicatorUnit unit) {
    if (unit.kind() == UnitKind.RATIO) {
      BigDecimal numerators = BigDecimal.ZERO;
      BigDecimal denominators = BigDecimal.ZERO;
      for (Reading r : readings) {
        if (!r.hasCounts()) {
          return null;
        }
        numerators = numerators.add(r.numerator);
        denominators = denominators.add(r.denominator);
      }
      return ratio(numerators, denominators, unit);
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Reading r : readings) {
      sum = sum.add(r.value);
    }
    return sum;
  }

  /** Σnumerators × k ÷ Σdenominators, one division under DECIMAL128. */
  static BigDecimal ratio(BigDecimal numerators, BigDecimal denominators, IndicatorUnit unit) {
    return numerators
        .multiply(unit.ratioScale().orElseThrow())
        .divide(denominators, MathContext.DECIMAL128);
  }
}
