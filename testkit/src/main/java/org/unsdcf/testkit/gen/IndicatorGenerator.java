package org.unsdcf.testkit.gen;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.DisaggregationDimension;
import org.unsdcf.core.model.Frequency;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.NumericRange;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.YearRange;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * Generates {@link Indicator}s of every measure, unit, direction and accumulation, with baselines,
 * targets, measurements and disaggregations that satisfy the indicator's invariants. Years and
 * periods fall inside a framework period (baselines up to three years before it); codes are unique
 * within the generator.
 *
 * <p>Not thread-safe; deterministic per seed and size.
 */
public final class IndicatorGenerator implements Generator<Indicator> {
  private final Kit kit;
  private final MeasurementGenerator measurements;

  /**
   * Obtains a generator.
   *
   * @param random the source of randomness, e.g. {@code new SplittableRandom(seed)}
   * @param size how large values get, at least 1
   * @throws IllegalArgumentException if size is below 1
   */
  public IndicatorGenerator(RandomGenerator random, int size) {
    this(new Kit(random, size));
  }

  IndicatorGenerator(Kit kit) {
    this.kit = kit;
    this.measurements = new MeasurementGenerator(kit);
  }

  @Override
  public Indicator next() {
    return next(kit.draw.frameworkPeriod());
  }

  /**
   * Generates an indicator whose target years and measurement periods fall in a framework period.
   *
   * @param period the framework period
   * @return an indicator
   */
  public Indicator next(YearRange period) {
    Draw draw = kit.draw;
    Measure measure = draw.pick(Measure.class);
    Optional<IndicatorUnit> unit = unitFor(draw, measure);
    List<DisaggregationDimension> dimensions = measurements.dimensions();
    Indicator.Builder b =
        Indicator.builder()
            .code(kit.code("I"))
            .title(kit.text.name())
            .measure(measure)
            .unit(unit)
            .direction(draw.maybe(() -> draw.pick(Direction.class)))
            .accumulation(
                unit.isPresent() ? Optional.of(draw.pick(Accumulation.class)) : Optional.empty());
    if (measure == Measure.UNIT || measure == Measure.PERCENTAGE || measure == Measure.ORDINAL) {
      b.naturalRange(draw.maybe(this::range));
    }
    b.baseline(draw.maybe(() -> baseline(measure, unit, period)));
    b.targets(draw.list(0, () -> target(measure, unit, period)));
    b.disaggregations(dimensions);
    b.measurements(draw.list(0, () -> measurements.measurement(measure, unit, dimensions, period)));
    b.frequency(draw.maybe(() -> draw.pick(Frequency.class)));
    b.sdgIndicator(draw.maybe(kit.tags::sdgIndicator));
    b.tags(draw.set(0, kit.tags::next));
    b.meansOfVerification(draw.list(0, kit.text::name));
    b.dataSource(draw.maybe(kit.text::name));
    b.responsibleEntities(kit.entities(0));
    return b.build();
  }

  /** The unit a measure requires: any catalogue unit for UNIT, {@code %} for PERCENTAGE. */
  static Optional<IndicatorUnit> unitFor(Draw draw, Measure measure) {
    switch (measure) {
      case UNIT:
        return Optional.of(draw.pick(IndicatorUnit.class));
      case PERCENTAGE:
        return Optional.of(IndicatorUnit.PERCENT);
      default:
        return Optional.empty();
    }
  }

  private NumericRange range() {
    Draw draw = kit.draw;
    BigDecimal a = kit.values.decimal();
    BigDecimal b = kit.values.decimal();
    double r = draw.random.nextDouble();
    if (r < 0.25) {
      return NumericRange.atLeast(a);
    }
    if (r < 0.5) {
      return NumericRange.atMost(a);
    }
    return NumericRange.of(a.min(b), a.max(b));
  }

  private Baseline baseline(Measure measure, Optional<IndicatorUnit> unit, YearRange period) {
    Draw draw = kit.draw;
    int last = period.start().getValue();
    int year = draw.between(Math.max(Draw.MIN_YEAR, last - 3), last);
    YearRange inYear = YearRange.of(year, year);
    Baseline.Builder b = Baseline.builder().year(year).value(kit.values.value(measure));
    b.date(draw.maybe(() -> draw.date(inYear)));
    if (unit.isPresent() && measure != Measure.QUALITATIVE) {
      b.unit(draw.maybe(() -> draw.pick(MeasurementGenerator.sameKind(unit.get()))));
    }
    b.comment(draw.maybe(kit.text::text));
    return b.build();
  }

  private Target target(Measure measure, Optional<IndicatorUnit> unit, YearRange period) {
    Draw draw = kit.draw;
    Target.Builder b =
        Target.builder()
            .year(draw.year(period))
            .kind(draw.pick(TargetKind.class))
            .value(kit.values.value(measure));
    if (unit.isPresent()) {
      b.unit(draw.maybe(() -> draw.pick(MeasurementGenerator.sameKind(unit.get()))));
    }
    b.comment(draw.maybe(kit.text::text));
    return b.build();
  }
}
