/**
 * Progress and budget roll-ups: indicator progress at an {@code asOf} date and aggregates from
 * sub-outputs to the whole framework, computed as monoids on exact {@code BigDecimal} arithmetic.
 *
 * <p>{@link org.unsdcf.core.rollup.Rollup#compute Rollup.compute(plan, options)} gives a {@link
 * org.unsdcf.core.rollup.RollupReport}: the results tree of {@link
 * org.unsdcf.core.rollup.RollupNode}s, each with a {@link org.unsdcf.core.rollup.ProgressAggregate}
 * and a {@link org.unsdcf.core.rollup.BudgetAggregate}, the {@link
 * org.unsdcf.core.rollup.IndicatorProgress} of every indicator, and the budget grouped by year,
 * agency, contributing partner and SDG goal.
 *
 * <p>Sums and products are exact; every division runs under {@link
 * java.math.MathContext#DECIMAL128}. Values are held unrounded; writers round the numbers that come
 * from a division with {@link org.unsdcf.core.rollup.Ratios#scale4(java.math.BigDecimal)}. Values
 * built here follow the model's rules: a {@code null} throws {@link NullPointerException}, a
 * missing attribute {@link IllegalStateException}, a meaningless value {@link
 * org.unsdcf.core.model.InvariantViolationException}. All types are immutable and thread-safe.
 */
@UnsdcfStyle
package org.unsdcf.core.rollup;

import org.unsdcf.core.internal.UnsdcfStyle;
