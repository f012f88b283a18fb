package org.unsdcf.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.rollup.Rollup;
import org.unsdcf.core.rollup.RollupOptions;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.json.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rollup FILE --as-of D}: progress and budget from sub-outputs to the framework. */
@Command(
    name = "rollup",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Roll up indicator progress and the budget of a plan at a date.")
final class RollupCommand implements Callable<Integer> {
  @ParentCommand UnsdcfCommand parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "The plan file, or - for stdin.")
  String file;

  @Option(
      names = "--as-of",
      required = true,
      paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
      description = "The date to roll up at.")
  LocalDate asOf;

  @Option(
      names = "--format",
      paramLabel = "text|json|csv",
      converter = RollupFormatConverter.class,
      description = "Output for people (text, default), programs (json) or spreadsheets (csv).")
  OutputFormat format = OutputFormat.TEXT;

  @Option(
      names = "--disable",
      split = ",",
      paramLabel = "CODE[,CODE...]",
      converter = RuleCodeConverter.class,
      description = "Leave out these rules, e.g. STR-002,STR-003,STR-007 for UN INFO imports.")
  List<String> disabled = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    Streams streams = parent.streams();
    boolean json = format == OutputFormat.JSON;
    Optional<CooperationFramework> read = PlanFile.read(streams, file, json);
    if (read.isEmpty()) {
      return Main.UNREADABLE;
    }
    CooperationFramework plan = read.get();
    RollupReport report =
        Rollup.compute(plan, RollupOptions.builder().asOf(asOf).disabledRules(disabled).build());
    if (json) {
      ReportWriter.pretty().write(report, streams.out);
    } else if (format == OutputFormat.CSV) {
      ReportFormats.csv(report, streams.out);
    } else {
      TextReports.printRollup(report, streams.out);
    }
    return report.validation().valid() ? Main.OK : Main.FINDINGS;
  }
}
