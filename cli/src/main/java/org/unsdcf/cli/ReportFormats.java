package org.unsdcf.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.json.JsonLocator;
import org.unsdcf.report.CsvTables;
import org.unsdcf.report.JunitXml;
import org.unsdcf.report.Sarif;

/** The report module's outputs of {@code validate} and {@code rollup}. */
final class ReportFormats {
  private ReportFormats() {}

  static void csv(RollupReport report, PrintStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvTables.rollup(report, writer);
    writer.flush();
  }

  /**
   * Prints a validation report as CSV, SARIF or JUnit XML.
   *
   * @param file the FILE argument, which SARIF names as the artifact
   * @param bytes the plan's bytes, which SARIF's regions point into
   */
  static void validation(
      ValidationReport report,
      OutputFormat format,
      String file,
      byte[] bytes,
      ValidationOptions options,
      PrintStream out)
      throws IOException {
    switch (format) {
      case CSV:
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvTables.findings(report, writer);
        writer.flush();
        break;
      case SARIF:
        Sarif.write(report, artifactUri(file), JsonLocator.of(bytes), out);
        break;
      case JUNIT:
        JunitXml.write(report, options.disabledRules(), out);
        break;
      default:
        throw new AssertionError("unsdcf bug: validation format " + format);
    }
    out.flush();
  }

  /** FILE as a relative URI reference, as SARIF viewers resolve it against the checkout. */
  static String artifactUri(String file) {
    try {
      return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new AssertionError("unsdcf bug: a path that is not a URI path: " + file, e);
    }
  }
}
