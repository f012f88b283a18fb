/**
 * Helpers shared by core's packages: invariant checks, the Immutables style, the CSV reader. Not
 * exported.
 */
package org.unsdcf.core.internal;
