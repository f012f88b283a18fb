package org.unsdcf.core.units;

/**
 * The dimension of an {@link IndicatorUnit}: values convert only between units of the same kind.
 */
public enum UnitKind {
  /** A count of what the indicator's title names. */
  COUNT,
  /** A ratio per hundred, thousand or hundred thousand. */
  RATIO,
  /** An index or score on a stated scale; never summed. */
  SCORE,
  /** A length. */
  LENGTH,
  /** An area. */
  AREA,
  /** A volume. */
  VOLUME,
  /** A mass. */
  MASS,
  /** Emissions in CO2 equivalent; kept apart from mass. */
  EMISSIONS,
  /** A duration. */
  TIME,
  /** An amount of energy. */
  ENERGY,
  /** A power, such as installed capacity. */
  POWER
}
