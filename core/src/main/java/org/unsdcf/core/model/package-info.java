/**
 * The immutable value types and enumerations of a Cooperation Framework: priority areas, outcomes,
 * outputs, results groups, joint work plans and their sub-outputs, indicators with baselines,
 * targets and measurements, funding lines, and the JWP lifecycle.
 *
 * <p>Every type is built with its nested {@code Builder} (or {@code of(...)} for small types) and
 * copied with {@code with...} methods. Building checks the type's invariants:
 *
 * <ul>
 *   <li>a {@code null} attribute or argument throws {@link java.lang.NullPointerException} naming
 *       it;
 *   <li>a required attribute left unset throws {@link java.lang.IllegalStateException} at {@code
 *       build()}, naming it;
 *   <li>a meaningless value throws {@link org.unsdcf.core.model.InvariantViolationException} naming
 *       the type, the field and the bad value.
 * </ul>
 *
 * <p>Plans that are merely inconsistent (duplicate codes, dangling references, values out of their
 * natural range) build fine; the validator reports them. All types are immutable and thread-safe.
 */
@UnsdcfStyle
package org.unsdcf.core.model;

import org.unsdcf.core.internal.UnsdcfStyle;
