/**
 * Plan consistency: the {@link org.unsdcf.core.validation.Validator}, its rule catalogue with
 * stable codes ({@link org.unsdcf.core.validation.RuleCatalogue}), and the {@link
 * org.unsdcf.core.validation.ValidationReport} of {@link org.unsdcf.core.validation.Finding}s with
 * JSON-pointer paths.
 *
 * <pre>{@code
 * ValidationReport report = Validator.standard().validate(plan,
 *     ValidationOptions.builder().asOf(LocalDate.of(2024, 6, 30)).build());
 * for (Finding f : report.findings()) {
 *   System.out.println(f);   // WARNING GOV-003 /jointWorkPlans/0/endorsement/date [JWP-...] ...
 * }
 * }</pre>
 *
 * <ul>
 *   <li>Every rule runs and every finding is reported: an inconsistent plan is a report, never an
 *       exception. The validator never throws on a built plan and never reads the clock.
 *   <li>A finding's path is an RFC 6901 pointer into the plan's JSON form; it may name an absent
 *       member (a missing baseline is reported at {@code …/baseline}). Its subject is the code of
 *       the nearest entity with a code.
 *   <li>Findings are in document order of their paths, then by code, subject and message; the same
 *       plan and options always give an equal report.
 *   <li>{@link org.unsdcf.core.validation.Strictness#PUBLISH} raises the UN INFO publish checks and
 *       IATI's "must have a value" checks from WARNING to ERROR.
 *   <li>Rules are package-private (no public rule SPI in version 1); codes are never reused.
 * </ul>
 *
 * <p>All types are immutable and thread-safe.
 */
package org.unsdcf.core.validation;
