package org.unsdcf.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.json.internal.Factories;
import org.unsdcf.json.internal.ReportEmitter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes validation reports, roll-up reports and reader problems as JSON (design.md §6.1, §8).
 *
 * <pre>{@code
 * ReportWriter.pretty().write(Validator.standard().validate(plan, options), System.out);
 * }</pre>
 *
 * <p>Every report starts with {@code "reportVersion": 1}; {@code findings}, {@code arguments} and
 * {@code problems} are always written ({@code []} or {@code {}} when empty); numbers that come from
 * a division are rounded to scale 4 (HALF_EVEN) and normalised, sums and given values are exact.
 * PRETTY output ends with one LF. This class is immutable and thread-safe.
 */
public final class ReportWriter {
  private static final ReportWriter PRETTY = new ReportWriter(true);
  private static final ReportWriter COMPACT = new ReportWriter(false);

  private final boolean pretty;

  private ReportWriter(boolean pretty) {
    this.pretty = pretty;
  }

  /**
   * Obtains the writer of the PRETTY layout: 2-space indent, one member per line, final LF.
   *
   * @return the writer
   */
  public static ReportWriter pretty() {
    return PRETTY;
  }

  /**
   * Obtains the writer of the COMPACT layout: no whitespace, no final LF.
   *
   * @return the writer
   */
  public static ReportWriter compact() {
    return COMPACT;
  }

  /**
   * Writes a validation report.
   *
   * @param report the report
   * @param out the stream, left open
   * @throws IOException if the stream fails
   */
  public void write(ValidationReport report, OutputStream out) throws IOException {
    Objects.requireNonNull(report, "report");
    emit(out, g -> ReportEmitter.validation(g, report));
  }

  /**
   * Writes a roll-up report.
   *
   * @param report the report
   * @param out the stream, left open
   * @throws IOException if the stream fails
   */
  public void write(RollupReport report, OutputStream out) throws IOException {
    Objects.requireNonNull(report, "report");
    emit(out, g -> ReportEmitter.rollup(g, report));
  }

  /**
   * Writes the problems of an unreadable plan: {@code {"reportVersion": 1, "problems": [...]}}.
   *
   * @param problems the reader's exception
   * @param out the stream, left open
   * @throws IOException if the stream fails
   */
  public void write(PlanReadException problems, OutputStream out) throws IOException {
    Objects.requireNonNull(problems, "problems");
    emit(
        out,
        g -> {
          g.writeStartObject();
          g.writeNumberProperty("reportVersion", ReportEmitter.REPORT_VERSION);
          ReportEmitter.problems(g, Optional.of(problems));
          g.writeEndObject();
        });
  }

  /**
   * Writes what the command line prints for an input it could not read: {@code {"reportVersion": 1,
   * "file": ..., "problems": [...]}}, with no problems when the file could not be opened.
   *
   * @param file the file as the user named it, {@code -} for standard input
   * @param problems the reader's exception, or empty if the file could not be opened
   * @param out the stream, left open
   * @throws IOException if the stream fails
   */
  public void writeUnreadable(String file, Optional<PlanReadException> problems, OutputStream out)
      throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(problems, "problems");
    emit(
        out,
        g -> {
          g.writeStartObject();
          g.writeNumberProperty("reportVersion", ReportEmitter.REPORT_VERSION);
          g.writeStringProperty("file", file);
          ReportEmitter.problems(g, problems);
          g.writeEndObject();
        });
  }

  /**
   * Starts the streamed report of a portfolio: {@code {"reportVersion": 1, "plans": [{"line",
   * "report"} or {"line", "problems"} ...], "summary": {...}}}, written one plan at a time.
   *
   * @param out the stream, left open
   * @return the portfolio writer, to close after {@link PortfolioReportWriter#summary}
   */
  public PortfolioReportWriter portfolio(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return new PortfolioReportWriter(Factories.generator(out, pretty), pretty, out);
  }

  private void emit(OutputStream out, Consumer<JsonGenerator> body) throws IOException {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = Factories.generator(out, pretty)) {
      body.accept(g);
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException) {
        throw (IOException) e.getCause();
      }
      throw e;
    }
    if (pretty) {
      out.write('\n');
    }
    out.flush();
  }
}
