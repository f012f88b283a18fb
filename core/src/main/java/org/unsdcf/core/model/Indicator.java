package org.unsdcf.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;
import org.unsdcf.core.units.IndicatorUnit;
import org.unsdcf.core.units.UnitKind;

/**
 * An indicator of a result: what is counted, its baseline, targets and measurements.
 *
 * <pre>{@code
 * Indicator share = Indicator.builder()
 *     .code("OP1.1.1-I1")
 *     .title("Share of women among migrants who received online consultations")
 *     .measure(Measure.PERCENTAGE).unit(IndicatorUnit.PERCENT)
 *     .direction(Direction.INCREASE).accumulation(Accumulation.LEVEL)
 *     .baseline(Baseline.of(2022, Value.numeric(40)))
 *     .addTarget(Target.of(2027, TargetKind.FINAL, Value.numeric(60)))
 *     .build();
 * }</pre>
 *
 * <p>Invariants:
 *
 * <ul>
 *   <li>{@code unit} and {@code accumulation} are present exactly for the measures UNIT and
 *       PERCENTAGE; a PERCENTAGE indicator's unit is {@code %};
 *   <li>a QUALITATIVE indicator has only qualitative values, any other only numeric ones;
 *   <li>a value's own {@code unit} only on numeric values of an indicator with a unit;
 *   <li>{@code numerator} and {@code denominator} only when the indicator's unit is a ratio;
 *   <li>{@code assessedStatus} only for QUALITATIVE and NOMINAL indicators;
 *   <li>disaggregation keys and categories are declared by {@code disaggregations}, whose names are
 *       unique;
 *   <li>{@code naturalRange} only for UNIT, PERCENTAGE and ORDINAL;
 *   <li>{@code tags} hold no SDG vocabulary: the SDG indicator has its own field.
 * </ul>
 *
 * <p>Ranges of values, target directions and duplicate targets are validator rules. The indicator's
 * level is its position in the plan, not a field. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator implements WithIndicator {
  private static final String TYPE = "Indicator";

  Indicator() {}

  /**
   * Gets the indicator's code.
   *
   * @return a Code
   */
  public abstract String code();

  /**
   * Gets the title, which says what is counted.
   *
   * @return a Name
   */
  public abstract String title();

  /**
   * Gets the measure.
   *
   * @return the measure
   */
  public abstract Measure measure();

  /**
   * Gets the unit, present exactly for UNIT and PERCENTAGE indicators.
   *
   * @return the unit
   */
  public abstract Optional<IndicatorUnit> unit();

  /**
   * Gets the desired direction, if declared.
   *
   * @return the direction
   */
  public abstract Optional<Direction> direction();

  /**
   * Gets how measurements combine over time, present exactly for UNIT and PERCENTAGE indicators.
   * Others behave as {@link Accumulation#LEVEL}.
   *
   * @return the accumulation
   */
  public abstract Optional<Accumulation> accumulation();

  /**
   * Gets the values the indicator can take by nature. A PERCENTAGE indicator without one has [0,
   * 100].
   *
   * @return the declared range
   */
  public abstract Optional<NumericRange> naturalRange();

  /**
   * Gets the baseline, if set.
   *
   * @return the baseline
   */
  public abstract Optional<Baseline> baseline();

  /**
   * Gets the targets, in document order.
   *
   * @return the targets
   */
  public abstract List<Target> targets();

  /**
   * Gets the measurements (actuals), in document order.
   *
   * @return the measurements
   */
  public abstract List<Measurement> measurements();

  /**
   * Gets the dimensions measurements are broken down by.
   *
   * @return the dimensions, unique names
   */
  public abstract List<DisaggregationDimension> disaggregations();

  /**
   * Gets how often the indicator is measured, if declared.
   *
   * @return the frequency
   */
  public abstract Optional<Frequency> frequency();

  /**
   * Gets the SDG indicator this one tracks, one as in IATI.
   *
   * @return an SDG indicator code such as {@code 5.2.1}
   */
  public abstract Optional<String> sdgIndicator();

  /**
   * Gets the tags.
   *
   * @return the tags, no duplicates, no SDG vocabulary
   */
  public abstract List<Tag> tags();

  /**
   * Gets the means of verification.
   *
   * @return Names, in document order
   */
  public abstract List<String> meansOfVerification();

  /**
   * Gets the data source, if named.
   *
   * @return a Name
   */
  public abstract Optional<String> dataSource();

  /**
   * Gets the UN entities responsible for reporting.
   *
   * @return Codes, no duplicates
   */
  public abstract List<String> responsibleEntities();

  /**
   * Gets the indicator's alignment: its SDG indicator as a tag, then its tags. Not serialised.
   *
   * @return the alignment tags
   */
  public List<Tag> alignment() {
    List<Tag> all = new ArrayList<>();
    sdgIndicator().ifPresent(s -> all.add(Tag.of(Tag.SDG_INDICATOR, s)));
    all.addAll(tags());
    return List.copyOf(all);
  }

  /**
   * Gets the natural range in force: the declared one, else [0, 100] for a PERCENTAGE indicator.
   *
   * @return the range in force
   */
  public Optional<NumericRange> effectiveRange() {
    if (naturalRange().isPresent() || measure() != Measure.PERCENTAGE) {
      return naturalRange();
    }
    return Optional.of(NumericRange.PERCENTAGE);
  }

  /**
   * Gets the first FINAL target in document order, if any.
   *
   * @return the final target
   */
  public Optional<Target> finalTarget() {
    return targets().stream().filter(t -> t.kind() == TargetKind.FINAL).findFirst();
  }

  /**
   * Obtains a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.code(TYPE, "code", code());
    Checks.name(TYPE, "title", title());
    checkUnitAndAccumulation();
    naturalRange()
        .ifPresent(
            r ->
                Checks.requireArgument(
                    measure() == Measure.UNIT
                        || measure() == Measure.PERCENTAGE
                        || measure() == Measure.ORDINAL,
                    TYPE,
                    "naturalRange",
                    measure(),
                    "is allowed only for UNIT, PERCENTAGE and ORDINAL indicators"));
    baseline().ifPresent(b -> checkValue("baseline", b.value(), b.unit()));
    for (int i = 0; i < targets().size(); i++) {
      checkValue("targets/" + i, targets().get(i).value(), targets().get(i).unit());
    }
    Map<String, DisaggregationDimension> dimensions = new HashMap<>();
    for (int i = 0; i < disaggregations().size(); i++) {
      DisaggregationDimension d = disaggregations().get(i);
      Checks.requireArgument(
          dimensions.putIfAbsent(d.name(), d) == null,
          TYPE,
          "disaggregations/" + i,
          d.name(),
          "must not repeat a dimension name");
    }
    for (int i = 0; i < measurements().size(); i++) {
      checkMeasurement("measurements/" + i, measurements().get(i), dimensions);
    }
    sdgIndicator()
        .ifPresent(
            s ->
                Checks.pattern(
                    TYPE,
                    "sdgIndicator",
                    s,
                    Checks.SDG_INDICATOR,
                    "an SDG indicator code such as 5.2.1"));
    Tags.check(TYPE, tags());
    Checks.nameList(TYPE, "meansOfVerification", meansOfVerification());
    dataSource().ifPresent(s -> Checks.name(TYPE, "dataSource", s));
    Checks.codeSet(TYPE, "responsibleEntities", responsibleEntities());
  }

  private void checkUnitAndAccumulation() {
    boolean withUnit = measure().hasUnit();
    Checks.requireArgument(
        unit().isPresent() == withUnit,
        TYPE,
        "unit",
        unit().map(IndicatorUnit::symbol).orElse(""),
        withUnit ? "is required for a %s indicator" : "is not allowed for a %s indicator",
        measure());
    Checks.requireArgument(
        accumulation().isPresent() == withUnit,
        TYPE,
        "accumulation",
        accumulation().map(Enum::name).orElse(""),
        withUnit ? "is required for a %s indicator" : "is not allowed for a %s indicator",
        measure());
    if (measure() == Measure.PERCENTAGE) {
      Checks.requireArgument(
          unit().get() == IndicatorUnit.PERCENT,
          TYPE,
          "unit",
          unit().get().symbol(),
          "must be %s for a PERCENTAGE indicator",
          IndicatorUnit.PERCENT.symbol());
    }
  }

  private void checkValue(
      String path, org.unsdcf.core.model.Value value, Optional<IndicatorUnit> ownUnit) {
    boolean qualitative = measure() == Measure.QUALITATIVE;
    Checks.requireArgument(
        value.isNumeric() != qualitative,
        TYPE,
        path + "/value",
        value,
        qualitative
            ? "must be text for a QUALITATIVE indicator"
            : "must be a number for a %s indicator",
        measure());
    ownUnit.ifPresent(
        u ->
            Checks.requireArgument(
                unit().isPresent(),
                TYPE,
                path + "/unit",
                u.symbol(),
                "is allowed only on values of an indicator with a unit"));
  }

  private void checkMeasurement(
      String path, Measurement m, Map<String, DisaggregationDimension> dimensions) {
    checkValue(path, m.value(), m.unit());
    boolean ratio = unit().map(u -> u.kind() == UnitKind.RATIO).orElse(false);
    m.numerator()
        .ifPresent(
            n ->
                Checks.requireArgument(
                    ratio,
                    TYPE,
                    path + "/numerator",
                    n,
                    "is allowed only for an indicator whose unit is a ratio"));
    m.assessedStatus()
        .ifPresent(
            s ->
                Checks.requireArgument(
                    measure() == Measure.QUALITATIVE || measure() == Measure.NOMINAL,
                    TYPE,
                    path + "/assessedStatus",
                    s,
                    "is allowed only for QUALITATIVE and NOMINAL indicators"));
    for (Map.Entry<String, String> cell : m.disaggregation().entrySet()) {
      DisaggregationDimension d = dimensions.get(cell.getKey());
      Checks.requireArgument(
          d != null,
          TYPE,
          path + "/disaggregation/" + cell.getKey(),
          cell.getKey(),
          "must name a declared disaggregation dimension");
      Checks.requireArgument(
          d.categories().contains(cell.getValue()),
          TYPE,
          path + "/disaggregation/" + cell.getKey(),
          cell.getValue(),
          "must be a category of dimension %s",
          d.name());
    }
  }

  /** Builds an {@link Indicator}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
