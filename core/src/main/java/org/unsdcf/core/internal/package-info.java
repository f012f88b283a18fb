/**
 * Helpers shared by core's packages: invariant checks, the Immutables style, the CSV reader.
 * Exported to {@code org.unsdcf.json} alone (a qualified export), whose reader applies the same
 * scalar rules; not API.
 */
package org.unsdcf.core.internal;
