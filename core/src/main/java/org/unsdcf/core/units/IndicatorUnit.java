package org.unsdcf.core.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import javax.measure.Quantity;
import javax.measure.Unit;
import tech.units.indriya.quantity.Quantities;

/**
 * The closed catalogue of units an indicator may be measured in (design.md §9). Money is not a
 * unit.
 *
 * <p>Look a unit up by its exact symbol with {@link UnitCatalogue#lookup(String)}. Values convert
 * only between units of the same {@link UnitKind}, by an exact factor taken once per pair from
 * Indriya's converters:
 *
 * <pre>{@code
 * IndicatorUnit.KILOMETRE.factorTo(IndicatorUnit.METRE);                  // 1000
 * IndicatorUnit.KILOMETRE.convert(new BigDecimal("1.5"), IndicatorUnit.METRE); // 1500.0
 * IndicatorUnit.TONNE.factorTo(IndicatorUnit.TONNE_CO2E);                // UnitMismatchException
 * }</pre>
 *
 * <p>{@code ‰} and {@code per 1000} share one Indriya unit but stay distinct entries; {@code tCO2e}
 * is a tonne whose kind, {@link UnitKind#EMISSIONS}, keeps it apart from {@code t}. Indriya's unit
 * parsers and its global {@code SimpleUnitFormat} are never used.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum IndicatorUnit {
  /** {@code 1}: a count of what the title names. */
  COUNT("1", "count of what the title names", UnitKind.COUNT),
  /** {@code %}: per hundred. */
  PERCENT("%", "per hundred", UnitKind.RATIO, 100),
  /** {@code ‰}: per thousand. */
  PER_MILLE("\u2030", "per thousand", UnitKind.RATIO, 1_000),
  /** {@code per 1000}: a rate per 1,000. */
  PER_THOUSAND("per 1000", "rate per 1,000", UnitKind.RATIO, 1_000),
  /** {@code per 100000}: a rate per 100,000, e.g. SDG 8.8.1. */
  PER_HUNDRED_THOUSAND("per 100000", "rate per 100,000", UnitKind.RATIO, 100_000),
  /** {@code score}: an index or score on a stated scale. */
  SCORE("score", "index or score on a stated scale", UnitKind.SCORE),
  /** {@code m}: metre. */
  METRE("m", "length in metres", UnitKind.LENGTH),
  /** {@code km}: kilometre. */
  KILOMETRE("km", "length in kilometres", UnitKind.LENGTH),
  /** {@code m2}: square metre. */
  SQUARE_METRE("m2", "area in square metres", UnitKind.AREA),
  /** {@code ha}: hectare. */
  HECTARE("ha", "area in hectares", UnitKind.AREA),
  /** {@code km2}: square kilometre. */
  SQUARE_KILOMETRE("km2", "area in square kilometres", UnitKind.AREA),
  /** {@code m3}: cubic metre. */
  CUBIC_METRE("m3", "volume in cubic metres", UnitKind.VOLUME),
  /** {@code kg}: kilogram. */
  KILOGRAM("kg", "mass in kilograms", UnitKind.MASS),
  /** {@code t}: tonne. */
  TONNE("t", "mass in tonnes", UnitKind.MASS),
  /** {@code tCO2e}: tonne of CO2 equivalent. */
  TONNE_CO2E("tCO2e", "tonne CO2 equivalent", UnitKind.EMISSIONS),
  /** {@code h}: hour. */
  HOUR("h", "duration in hours", UnitKind.TIME),
  /** {@code d}: day. */
  DAY("d", "duration in days", UnitKind.TIME),
  /** {@code year}: year of 365.2425 days. */
  YEAR("year", "duration in years of 365.2425 days", UnitKind.TIME),
  /** {@code kWh}: kilowatt hour. */
  KILOWATT_HOUR("kWh", "energy in kilowatt hours", UnitKind.ENERGY),
  /** {@code GWh}: gigawatt hour. */
  GIGAWATT_HOUR("GWh", "energy in gigawatt hours", UnitKind.ENERGY),
  /** {@code MW}: megawatt. */
  MEGAWATT("MW", "power (capacity) in megawatts", UnitKind.POWER);

  private final String symbol;
  private final String meaning;
  private final UnitKind kind;
  private final Optional<BigDecimal> ratioScale;

  IndicatorUnit(String symbol, String meaning, UnitKind kind) {
    this.symbol = symbol;
    this.meaning = meaning;
    this.kind = kind;
    this.ratioScale = Optional.empty();
  }

  IndicatorUnit(String symbol, String meaning, UnitKind kind, long ratioScale) {
    this.symbol = symbol;
    this.meaning = meaning;
    this.kind = kind;
    this.ratioScale = Optional.of(BigDecimal.valueOf(ratioScale));
  }

  /**
   * Gets the symbol, as JSON writes it.
   *
   * @return the symbol, e.g. {@code km2}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Gets what the unit means, in words.
   *
   * @return the meaning
   */
  public String meaning() {
    return meaning;
  }

  /**
   * Gets the unit's kind; values convert only within one kind.
   *
   * @return the kind
   */
  public UnitKind kind() {
    return kind;
  }

  /**
   * Gets the scale k of a {@link UnitKind#RATIO} unit, the number a ratio of numerator to
   * denominator is multiplied by: 100 for {@code %}, 1,000 for {@code ‰} and {@code per 1000},
   * 100,000 for {@code per 100000}.
   *
   * <pre>{@code
   * value = numerator / denominator * PERCENT.ratioScale().orElseThrow()   // k = 100
   * }</pre>
   *
   * @return k for a RATIO unit, empty for every other kind
   */
  public Optional<BigDecimal> ratioScale() {
    return ratioScale;
  }

  /**
   * Gets the Indriya unit this entry stands for, as listed in design.md §9 (for example {@code
   * MetricPrefix.KILO(Units.METRE)} for {@code km}). Built once, on first use.
   *
   * @return the Indriya unit, the same instance on every call
   */
  public Unit<?> unit() {
    return IndriyaUnits.of(this);
  }

  /**
   * Obtains an Indriya quantity of the given value in this unit, for use at the boundary with other
   * JSR 385 code. Inside unsdcf values stay {@code BigDecimal}s, converted with {@link
   * #convert(BigDecimal, IndicatorUnit)}.
   *
   * @param value the value, exactly as given
   * @return a quantity holding {@code value} in {@link #unit()}
   * @throws NullPointerException if {@code value} is null
   */
  public Quantity<?> quantity(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return Quantities.getQuantity(value, unit());
  }

  /**
   * Gets the factor that converts a value in this unit to a value in {@code other}: {@code
   * value_in_other = value × factor}. The factor is exact when its decimal expansion terminates
   * ({@code km → m} is 1000, {@code year → d} is 365.2425) and otherwise rounded to {@link
   * MathContext#DECIMAL128} ({@code h → year}). It is taken once per pair from Indriya's exact
   * rational converter.
   *
   * @param other the unit to convert to
   * @return the factor, normalised (no trailing zeros)
   * @throws NullPointerException if {@code other} is null
   * @throws UnitMismatchException if {@code other} has a different {@link #kind()}; its {@code
   *     expected()} is {@code other} and its {@code actual()} this unit
   */
  public BigDecimal factorTo(IndicatorUnit other) {
    return UnitFactors.between(this, Objects.requireNonNull(other, "other")).decimal();
  }

  /**
   * Converts a value in this unit to {@code to}, as {@code value × p ÷ q} under {@link
   * MathContext#DECIMAL128} with one division, where p/q is Indriya's exact rational factor. The
   * result is exact whenever it has at most 34 significant digits; its scale is what {@code
   * BigDecimal} arithmetic gives (compare with {@code compareTo}).
   *
   * <pre>{@code
   * IndicatorUnit.KILOMETRE.convert(new BigDecimal("1.5"), IndicatorUnit.METRE); // 1500.0
   * }</pre>
   *
   * @param value the value in this unit
   * @param to the unit to convert to
   * @return the value in {@code to}
   * @throws NullPointerException if {@code value} or {@code to} is null
   * @throws UnitMismatchException if {@code to} has a different {@link #kind()}
   */
  public BigDecimal convert(BigDecimal value, IndicatorUnit to) {
    Objects.requireNonNull(value, "value");
    return UnitFactors.between(this, Objects.requireNonNull(to, "to")).apply(value);
  }
}
