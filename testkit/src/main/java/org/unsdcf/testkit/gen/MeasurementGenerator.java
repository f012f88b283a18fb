package org.unsdcf.testkit.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.unsdcf.core.model.DisaggregationDimension;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.YearRange;
import org.unsdcf.core.units.IndicatorUnit;
import org.unsdcf.core.units.UnitKind;

/**
 * Generates {@link Measurement}s and disaggregation dimensions. A measurement made for an indicator
 * fits it (value kind, own unit of the indicator's kind, numerator and denominator only for ratio
 * units, assessed status only for QUALITATIVE and NOMINAL, declared disaggregation cells, period
 * inside the framework's); {@link #next()} makes one for a random indicator shape.
 *
 * <p>Not thread-safe; deterministic per seed and size.
 */
public final class MeasurementGenerator implements Generator<Measurement> {
  /** The reader's cap on {@code disaggregations} per indicator (design.md §5.1). */
  static final int MAX_DIMENSIONS = 20;

  private static final List<String> DIMENSIONS =
      List.of("sex", "age", "disability", "location", "migratory-status", "income_quintile");

  private static final List<ProgressStatus> ASSESSED =
      List.of(
          ProgressStatus.ACHIEVED,
          ProgressStatus.ON_TRACK,
          ProgressStatus.AT_RISK,
          ProgressStatus.OFF_TRACK,
          ProgressStatus.DETERIORATING);

  private final Kit kit;

  /**
   * Obtains a generator.
   *
   * @param random the source of randomness, e.g. {@code new SplittableRandom(seed)}
   * @param size how large values get, at least 1
   * @throws IllegalArgumentException if size is below 1
   */
  public MeasurementGenerator(RandomGenerator random, int size) {
    this(new Kit(random, size));
  }

  MeasurementGenerator(Kit kit) {
    this.kit = kit;
  }

  @Override
  public Measurement next() {
    Draw draw = kit.draw;
    Measure measure = draw.pick(Measure.class);
    Optional<IndicatorUnit> unit = IndicatorGenerator.unitFor(draw, measure);
    return measurement(measure, unit, dimensions(), draw.frameworkPeriod());
  }

  /** A measurement that fits an indicator of this shape. */
  Measurement measurement(
      Measure measure,
      Optional<IndicatorUnit> unit,
      List<DisaggregationDimension> dimensions,
      YearRange period) {
    Draw draw = kit.draw;
    Measurement.Builder b =
        Measurement.builder().period(draw.reportingPeriod(period)).value(kit.values.value(measure));
    if (!dimensions.isEmpty() && draw.coin()) {
      for (DisaggregationDimension d : dimensions) {
        if (draw.coin()) {
          b.putDisaggregation(d.name(), draw.pick(d.categories()));
        }
      }
    }
    if (unit.isPresent() && measure != Measure.QUALITATIVE) {
      b.unit(draw.maybe(() -> draw.pick(sameKind(unit.get()))));
      if (unit.get().kind() == UnitKind.RATIO && draw.coin()) {
        b.numerator(kit.values.nonNegativeDecimal()).denominator(kit.values.positiveDecimal());
      }
    }
    if (measure == Measure.QUALITATIVE || measure == Measure.NOMINAL) {
      b.assessedStatus(draw.maybe(() -> draw.pick(ASSESSED)));
    }
    b.source(draw.maybe(kit.text::name));
    b.comment(draw.maybe(kit.text::text));
    return b.build();
  }

  /**
   * Dimensions with distinct names, each with distinct categories; at most {@link #MAX_DIMENSIONS},
   * the reader's list cap (design.md §5.1), so that every generated plan reads.
   */
  List<DisaggregationDimension> dimensions() {
    Draw draw = kit.draw;
    int n = Math.min(draw.count(0), MAX_DIMENSIONS);
    List<DisaggregationDimension> dimensions = new ArrayList<>(n);
    List<String> names = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String name = draw.coin() ? draw.pick(DIMENSIONS) : kit.text.code();
      if (names.contains(name)) {
        continue;
      }
      names.add(name);
      if (name.equals("sex")) {
        dimensions.add(DisaggregationDimension.of(name, draw.chance(0.8), "female", "male"));
      } else {
        dimensions.add(
            DisaggregationDimension.builder()
                .name(name)
                .exhaustive(draw.coin())
                .categories(draw.set(1, kit.text::code))
                .build());
      }
    }
    return dimensions;
  }

  /** The catalogue's units of the same kind, in catalogue order. */
  static List<IndicatorUnit> sameKind(IndicatorUnit unit) {
    List<IndicatorUnit> units = new ArrayList<>();
    for (IndicatorUnit u : IndicatorUnit.values()) {
      if (u.kind() == unit.kind()) {
        units.add(u);
      }
    }
    return units;
  }
}
