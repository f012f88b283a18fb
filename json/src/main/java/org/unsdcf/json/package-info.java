/**
 * Reading and writing Cooperation Frameworks as JSON (design.md §4 and §5).
 *
 * <ul>
 *   <li>{@link org.unsdcf.json.PlanReader} reads one document strictly and either returns a whole
 *       plan or throws {@link org.unsdcf.json.PlanReadException} listing every {@link
 *       org.unsdcf.json.ReadProblem} with its {@link org.unsdcf.json.ReadProblemCode}, JSON
 *       pointer, line and column.
 *   <li>{@link org.unsdcf.json.PlanWriter} writes the one canonical form, PRETTY or COMPACT.
 *   <li>{@link org.unsdcf.json.PortfolioReader} reads NDJSON portfolios line by line.
 *   <li>{@link org.unsdcf.json.PlanSchema} is the JSON Schema of the format.
 *   <li>{@link org.unsdcf.json.UnsdcfModule} embeds plans in documents read and written by Jackson
 *       3 databind.
 * </ul>
 */
package org.unsdcf.json;
