package org.unsdcf.core.units;

/**
 * The closed catalogue of units an indicator may be measured in (design.md §9). Money is not a
 * unit.
 *
 * <p>Look a unit up by its exact symbol with {@link UnitCatalogue#lookup(String)}. This enum is
 * immutable and thread-safe.
 */
public enum IndicatorUnit {
  /** {@code 1}: a count of what the title names. */
  COUNT("1", "count of what the title names", UnitKind.COUNT),
  /** {@code %}: per hundred. */
  PERCENT("%", "per hundred", UnitKind.RATIO),
  /** {@code ‰}: per thousand. */
  PER_MILLE("\u2030", "per thousand", UnitKind.RATIO),
  /** {@code per 1000}: a rate per 1,000. */
  PER_THOUSAND("per 1000", "rate per 1,000", UnitKind.RATIO),
  /** {@code per 100000}: a rate per 100,000, e.g. SDG 8.8.1. */
  PER_HUNDRED_THOUSAND("per 100000", "rate per 100,000", UnitKind.RATIO),
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

  IndicatorUnit(String symbol, String meaning, UnitKind kind) {
    this.symbol = symbol;
    this.meaning = meaning;
    this.kind = kind;
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
}
