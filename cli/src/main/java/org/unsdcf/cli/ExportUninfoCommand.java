package org.unsdcf.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.json.PlanReadException;
import org.unsdcf.json.PlanReader;
import org.unsdcf.json.PortfolioCursor;
import org.unsdcf.json.PortfolioEntry;
import org.unsdcf.json.PortfolioReader;
import org.unsdcf.json.ReadProblemCode;
import org.unsdcf.uninfo.ActivityReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export uninfo FILE}: a plan (or an NDJSON portfolio, one plan a line) as UN INFO's
 * activity report in CSV on standard output (design §14, §18).
 */
@Command(
    name = "uninfo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print a plan as UN INFO's activity report (CSV, UTF-8 with BOM, the 85 columns), one row per"
          + " sub-output of its current joint work plans.",
      "FILE is a plan in JSON, or an NDJSON portfolio (one plan a line, as 'import uninfo' prints)."
    })
final class ExportUninfoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The plan or NDJSON portfolio, or - for standard input.")
  String file;

  @Override
  public Integer call() throws IOException {
    Streams streams = ((UnsdcfCommand) spec.root().userObject()).streams();
    byte[] bytes;
    try {
      bytes = PlanInput.readAll(file, streams.in);
    } catch (PlanInput.CannotRead e) {
      return Unreadable.cannotRead(streams, file, e.getMessage(), false);
    }
    List<CooperationFramework> plans = new ArrayList<>();
    try {
      plans.add(PlanReader.standard().read(bytes));
    } catch (PlanReadException e) {
      if (e.problems().get(0).code() != ReadProblemCode.TRAILING_CONTENT) {
        return Unreadable.malformed(streams, file, e, false);
      }
      // More than one JSON value: an NDJSON portfolio, one plan a line.
      boolean bad = false;
      try (PortfolioCursor cursor =
          PortfolioReader.standard().open(new ByteArrayInputStream(bytes))) {
        while (cursor.hasNext()) {
          PortfolioEntry entry = cursor.next();
          if (entry.plan().isPresent()) {
            plans.add(entry.plan().get());
          } else {
            bad = true;
            streams.err.println("line " + entry.lineNumber() + ":");
            Unreadable.printProblems(streams.err, entry.error().orElseThrow(), "  ");
          }
        }
      }
      if (bad) {
        return Main.UNREADABLE;
      }
    }
    ActivityReportWriter.standard().write(plans, streams.out);
    streams.out.flush();
    return Main.OK;
  }
}
