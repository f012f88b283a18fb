/**
 * Progress and budget roll-ups: indicator progress at an {@code asOf} date and aggregates from
 * sub-outputs to the whole framework, computed as monoids on exact {@code BigDecimal} arithmetic.
 */
package org.unsdcf.core.rollup;
