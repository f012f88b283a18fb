package org.unsdcf.core.model;

/** The administrative level of a location. */
public enum LocationLevel {
  /** A whole country. */
  NATIONAL,
  /** A region, province, district or municipality of a country. */
  SUBNATIONAL,
  /** Several countries. */
  REGIONAL
}
