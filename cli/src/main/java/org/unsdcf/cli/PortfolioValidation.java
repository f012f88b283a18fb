package org.unsdcf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;
import org.unsdcf.json.PortfolioCursor;
import org.unsdcf.json.PortfolioEntry;
import org.unsdcf.json.PortfolioReader;
import org.unsdcf.json.PortfolioReportWriter;
import org.unsdcf.json.ReportWriter;

/** {@code validate --portfolio}: one plan per NDJSON line, one plan in memory at a time. */
final class PortfolioValidation {
  private final Streams streams;
  private final ValidationOptions options;
  private final OutputFormat format;

  PortfolioValidation(Streams streams, ValidationOptions options, OutputFormat format) {
    this.streams = streams;
    this.options = options;
    this.format = format;
  }

  int run(String file) throws IOException {
    boolean json = format == OutputFormat.JSON;
    InputStream in;
    try {
      in = PlanInput.open(file, streams.in);
    } catch (PlanInput.CannotRead e) {
      return Unreadable.cannotRead(streams, file, e.getMessage(), json);
    }
    int plans = 0;
    int valid = 0;
    int invalid = 0;
    int unreadable = 0;
    try (in;
        PortfolioCursor cursor = PortfolioReader.standard().open(in);
        PortfolioReportWriter writer = json ? ReportWriter.pretty().portfolio(streams.out) : null) {
      while (cursor.hasNext()) {
        PortfolioEntry entry = cursor.next();
        plans++;
        if (entry.plan().isPresent()) {
          ValidationReport report = Validator.standard().validate(entry.plan().get(), options);
          if (report.valid()) {
            valid++;
          } else {
            invalid++;
          }
          if (json) {
            writer.report(entry.lineNumber(), report);
          } else {
            streams.out.println(
                entry.lineNumber()
                    + " "
                    + report.framework()
                    + " "
                    + (report.valid() ? "VALID" : "INVALID")
                    + " errors "
                    + report.summary().error()
                    + " warnings "
                    + report.summary().warning()
                    + " info "
                    + report.summary().info());
          }
        } else {
          unreadable++;
          if (json) {
            writer.problems(entry.lineNumber(), entry.error().get());
          } else {
            streams.out.println(entry.lineNumber() + " - UNREADABLE errors 0 warnings 0 info 0");
            Unreadable.printProblems(streams.out, entry.error().get(), "  ");
          }
        }
      }
      if (json) {
        writer.summary(plans, valid, invalid, unreadable);
      } else {
        streams.out.println(
            "portfolio: "
                + plans
                + " plans, "
                + valid
                + " valid, "
                + invalid
                + " invalid, "
                + unreadable
                + " unreadable");
      }
    } catch (UncheckedIOException e) {
      return Unreadable.cannotRead(streams, file, PlanInput.reason(e.getCause()), false);
    }
    if (unreadable > 0) {
      return Main.UNREADABLE;
    }
    return invalid > 0 ? Main.FINDINGS : Main.OK;
  }
}
