package org.unsdcf.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.json.internal.ReportEmitter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Streams the JSON report of a validated portfolio one plan at a time, so that memory holds one
 * plan's report, never the whole portfolio's. Obtained from {@link ReportWriter#portfolio}; call
 * {@link #report} or {@link #problems} per line, then {@link #summary}, then {@link #close}.
 *
 * <p>Not thread-safe: one writer serves one stream.
 */
public final class PortfolioReportWriter implements AutoCloseable {
  private final JsonGenerator g;
  private final boolean pretty;
  private final OutputStream out;
  private boolean finished;

  PortfolioReportWriter(JsonGenerator g, boolean pretty, OutputStream out) {
    this.g = g;
    this.pretty = pretty;
    this.out = out;
    guard(
        () -> {
          g.writeStartObject();
          g.writeNumberProperty("reportVersion", ReportEmitter.REPORT_VERSION);
          g.writeArrayPropertyStart("plans");
        });
  }

  /**
   * Writes the validation report of a readable line.
   *
   * @param line the file line of the plan
   * @param report its report
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void report(long line, ValidationReport report) {
    Objects.requireNonNull(report, "report");
    guard(
        () -> {
          g.writeStartObject();
          g.writeNumberProperty("line", line);
          g.writeName("report");
          ReportEmitter.validation(g, report);
          g.writeEndObject();
          g.flush();
        });
  }

  /**
   * Writes the problems of an unreadable line.
   *
   * @param line the file line
   * @param problems the reader's exception
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void problems(long line, PlanReadException problems) {
    Objects.requireNonNull(problems, "problems");
    guard(
        () -> {
          g.writeStartObject();
          g.writeNumberProperty("line", line);
          ReportEmitter.problems(g, Optional.of(problems));
          g.writeEndObject();
          g.flush();
        });
  }

  /**
   * Ends the list of plans and writes the counts.
   *
   * @param plans the number of lines read
   * @param valid how many plans had no ERROR finding
   * @param invalid how many had one
   * @param unreadable how many lines could not be read
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void summary(int plans, int valid, int invalid, int unreadable) {
    guard(
        () -> {
          g.writeEndArray();
          g.writeObjectPropertyStart("summary");
          g.writeNumberProperty("plans", plans);
          g.writeNumberProperty("valid", valid);
          g.writeNumberProperty("invalid", invalid);
          g.writeNumberProperty("unreadable", unreadable);
          g.writeEndObject();
          g.writeEndObject();
          g.flush();
        });
    finished = true;
  }

  /**
   * Flushes the report, ending it with a LF in the PRETTY layout; the stream stays open.
   *
   * @throws IOException if the stream fails
   */
  @Override
  public void close() throws IOException {
    try {
      g.close();
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException) {
        throw (IOException) e.getCause();
      }
      throw e;
    }
    if (pretty && finished) {
      out.write('\n');
    }
    out.flush();
  }

  private static void guard(Runnable write) {
    try {
      write.run();
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException) {
        throw new java.io.UncheckedIOException((IOException) e.getCause());
      }
      throw e;
    }
  }
}
