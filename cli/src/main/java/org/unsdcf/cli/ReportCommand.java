package org.unsdcf.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.rollup.Rollup;
import org.unsdcf.core.rollup.RollupOptions;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;
import org.unsdcf.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code report FILE --as-of D [--out F]}: the HTML page of a plan (design §18); exits as {@code
 * rollup} does, the page written either way.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Write the HTML report of a plan at a date: progress, budget and findings.")
final class ReportCommand implements Callable<Integer> {
  @ParentCommand UnsdcfCommand parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "The plan file, or - for stdin.")
  String file;

  @Option(
      names = "--as-of",
      required = true,
      paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
      description = "The date to report at.")
  LocalDate asOf;

  @Option(
      names = "--out",
      paramLabel = "FILE.html",
      description = "Write the page to this file (default: standard output).")
  Path outFile;

  @Override
  public Integer call() throws IOException {
    Streams streams = parent.streams();
    Optional<CooperationFramework> read = PlanFile.read(streams, file, false);
    if (read.isEmpty()) {
      return Main.UNREADABLE;
    }
    CooperationFramework plan = read.get();
    RollupReport rollup = Rollup.compute(plan, RollupOptions.builder().asOf(asOf).build());
    ValidationReport validation =
        Validator.standard().validate(plan, ValidationOptions.builder().asOf(asOf).build());
    if (outFile == null) {
      HtmlReport.standard().write(plan, rollup, validation, streams.out);
      streams.out.flush();
    } else {
      try (OutputStream out = Files.newOutputStream(outFile)) {
        HtmlReport.standard().write(plan, rollup, validation, out);
      } catch (IOException e) {
        streams.err.println("unsdcf: cannot write " + outFile + ": " + e.getMessage());
        return Main.UNREADABLE;
      }
    }
    return validation.valid() ? Main.OK : Main.FINDINGS;
  }
}
