/**
 * The closed catalogue of indicator units ({@link org.unsdcf.core.units.IndicatorUnit}), looked up
 * by exact symbol through {@link org.unsdcf.core.units.UnitCatalogue}, with exact conversion of
 * {@code BigDecimal} values between units of one {@link org.unsdcf.core.units.UnitKind}. Indriya's
 * unit parsers are never used.
 */
package org.unsdcf.core.units;
