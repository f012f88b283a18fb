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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code validate FILE}: reads a plan (or an NDJSON portfolio) and reports its findings. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Validate a plan file (or, with --portfolio, an NDJSON file of plans).")
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand UnsdcfCommand parent;

  @Spec CommandSpec spec;

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
      paramLabel = "text|json|csv|sarif|junit",
      converter = FormatConverter.class,
      description =
          "Output for people (text, default), programs (json), spreadsheets (csv) or CI systems"
              + " (sarif, junit).")
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
      if (format != OutputFormat.TEXT && format != OutputFormat.JSON) {
        throw new ParameterException(
            spec.commandLine(),
            "--portfolio prints text or json, not "
                + format.name().toLowerCase(java.util.Locale.ROOT));
      }
      return new PortfolioValidation(streams, options, format).run(file);
    }
    boolean json = format == OutputFormat.JSON;
    Optional<PlanFile.Document> read = PlanFile.readDocument(streams, file, json);
    if (read.isEmpty()) {
      return Main.UNREADABLE;
    }
    CooperationFramework plan = read.get().plan();
    ValidationReport report = Validator.standard().validate(plan, options);
    if (json) {
      ReportWriter.pretty().write(report, streams.out);
    } else if (format == OutputFormat.TEXT) {
      TextReports.printValidation(report, streams.out);
    } else {
      ReportFormats.validation(report, format, file, read.get().bytes(), options, streams.out);
    }
    return report.valid() ? Main.OK : Main.FINDINGS;
  }
}
