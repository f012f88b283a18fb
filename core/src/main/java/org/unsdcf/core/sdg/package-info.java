/**
 * The alignment catalogues bundled with unsdcf: the SDG goals, targets and indicators ({@link
 * org.unsdcf.core.sdg.SdgCatalogue}) and the 23 objectives of the Global Compact for Migration
 * ({@link org.unsdcf.core.sdg.GcmCatalogue}). Loaded once, immutable and thread-safe.
 */
package org.unsdcf.core.sdg;
