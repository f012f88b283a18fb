package org.unsdcf.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.validation.Strictness;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;
import org.unsdcf.json.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code validate FILE}: reads a plan (or an NDJSON portfolio) and reports its findings. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Validate a plan file (or, with --portfolio, an NDJSON file of plans).")
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand UnsdcfCommand parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "The plan file, or - for stdin.")
  String file;

  @Option(names = "--portfolio", description = "Read FILE as NDJSON, one plan per line.")
  boolean portfolio;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
      description = "The date to validate at (default: today).")
  LocalDate asOf;

  @Option(
      names = "--strictness",
      paramLabel = "draft|publish",
      converter = StrictnessConverter.class,
      description = "DRAFT (default) or PUBLISH.")
  Strictness strictness = Strictness.DRAFT;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      converter = FormatConverter.class,
      description = "Output for people (text, default) or programs (json).")
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
    // The command line is the one place that reads the clock.
    ValidationOptions options =
        ValidationOptions.builder()
            .asOf(asOf == null ? LocalDate.now() : asOf)
            .strictness(strictness)
            .disabledRules(new TreeSet<>(disabled))
            .build();
    if (portfolio) {
      return new PortfolioValidation(streams, options, format).run(file);
    }
    boolean json = format == OutputFormat.JSON;
    Optional<CooperationFramework> read = PlanFile.read(streams, file, json);
    if (read.isEmpty()) {
      return Main.UNREADABLE;
    }
    CooperationFramework plan = read.get();
    ValidationReport report = Validator.standard().validate(plan, options);
    if (json) {
      ReportWriter.pretty().write(report, streams.out);
    } else {
      TextReports.printValidation(report, streams.out);
    }
    return report.valid() ? Main.OK : Main.FINDINGS;
  }
}
