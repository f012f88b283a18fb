/**
 * Reading and writing Cooperation Frameworks as JSON (design.md §4 and §5).
 *
 * <p>{@link org.unsdcf.json.PlanReader} reads one document strictly and either returns a whole plan
 * or throws {@link org.unsdcf.json.PlanReadException} listing every problem with its JSON pointer,
 * line and column; {@link org.unsdcf.json.PlanWriter} writes the one canonical form.
 */
package org.unsdcf.json;
