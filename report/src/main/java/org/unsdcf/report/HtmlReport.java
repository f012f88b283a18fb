package org.unsdcf.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Objects;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.rollup.Rollup;
import org.unsdcf.core.rollup.RollupOptions;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;

/**
 * Writes a plan's report as one self-contained HTML5 page for people (design.md §17): the
 * framework's facts; a chart of progress by priority area and outcome (status by colour and words);
 * the indicators with a small chart of baseline, targets and actuals each; the budget by year and
 * by agency (charts and tables) and by contributing partner; the validation findings by severity.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The page is UTF-8, with inline CSS (a print stylesheet included) and inline SVG: no script,
 *       no external resource (a Content-Security-Policy of {@code default-src 'none'} says so to
 *       the browser too).
 *   <li>Every text from the plan is escaped by the OWASP Java Encoder: a title {@code </script><img
 *       src=x onerror=alert(1)>} shows as that text.
 *   <li>Each chart has a {@code <title>} and a {@code <desc>} naming its figures; colours pass WCAG
 *       AA contrast, and no status is told by colour alone.
 *   <li>The same plan and date give the same bytes; nothing reads the clock.
 * </ul>
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("kgz.html"))) {
 *   HtmlReport.standard().write(plan, LocalDate.of(2024, 6, 30), out);
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlReport {
  private static final HtmlReport STANDARD = new HtmlReport();

  private HtmlReport() {}

  /**
   * Obtains the standard report writer.
   *
   * @return the writer
   */
  public static HtmlReport standard() {
    return STANDARD;
  }

  /**
   * Writes the page of a plan at a date: rolls the plan up and validates it (DRAFT) as of that
   * date, as {@code rollup} does.
   *
   * @param plan the plan
   * @param asOf the date the page reports at
   * @param out where the page's bytes go; not closed
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public void write(CooperationFramework plan, LocalDate asOf, OutputStream out)
      throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(out, "out");
    ValidationReport validation =
        Validator.standard().validate(plan, ValidationOptions.builder().asOf(asOf).build());
    write(
        plan,
        Rollup.compute(plan, RollupOptions.builder().asOf(asOf).build(), validation),
        validation,
        out);
  }

  /**
   * Writes the page of a plan from its roll-up and validation reports, for callers that already
   * have them (other options, disabled rules).
   *
   * @param plan the plan the reports are of
   * @param rollup the plan's roll-up
   * @param validation the plan's validation report
   * @param out where the page's bytes go; not closed
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a report is of another framework code than the plan
   * @throws IOException if {@code out} fails
   */
  public void write(
      CooperationFramework plan, RollupReport rollup, ValidationReport validation, OutputStream out)
      throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(rollup, "rollup");
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(out, "out");
    if (!rollup.framework().equals(plan.code()) || !validation.framework().equals(plan.code())) {
      throw new IllegalArgumentException(
          "rollup, validation: must be of the plan '"
              + plan.code()
              + "', but were of '"
              + rollup.framework()
              + "' and '"
              + validation.framework()
              + "'");
    }
    new Page(plan, rollup, validation).write().writeTo(out);
  }
}
