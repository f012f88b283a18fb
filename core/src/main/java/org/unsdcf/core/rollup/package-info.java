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
 * <p>Beside that view, {@link org.unsdcf.core.rollup.OpenSdgProgress} computes Open SDG's progress
 * measure (sdg-build 2.4.0: compound annual growth against the target, a status and a score from −5
 * to 5) for a series, an indicator ({@link org.unsdcf.core.rollup.IndicatorProgress#openSdg()}) and
 * a node ({@link org.unsdcf.core.rollup.ProgressAggregate#openSdg()}); it works in {@code double}
 * arithmetic, as sdg-build does, so that its results are the published ones.
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
