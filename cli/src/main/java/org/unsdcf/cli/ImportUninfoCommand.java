package org.unsdcf.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.json.PlanWriter;
import org.unsdcf.uninfo.ActivityReportFormat;
import org.unsdcf.uninfo.ActivityReportReader;
import org.unsdcf.uninfo.UnInfoImport;
import org.unsdcf.uninfo.UnInfoProblem;
import org.unsdcf.uninfo.UnInfoReadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import uninfo FILE [--country ISO3]}: UN INFO's activity report (CSV or XLSX) as NDJSON
 * plans on standard output, its problems and a summary on standard error (design §18).
 */
@Command(
    name = "uninfo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Read UN INFO's activity report (CSV or XLSX) and print its plans as NDJSON, one COMPACT"
          + " plan a line, so that 'validate --portfolio' reads them.",
      "Problems go to standard error, one a line, then a summary. Exit 0 without an ERROR"
          + " problem, 1 with one (the plans are still printed), 2 if the file is unreadable."
    })
final class ImportUninfoCommand implements Callable<Integer> {
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The activity report (.csv or .xlsx), or - for standard input.")
  String file;

  @Option(
      names = "--country",
      paramLabel = "ISO3",
      description = "Print only the plans of this country (ISO 3166-1 alpha-3, e.g. KGZ, XKX).")
  String country;

  @Override
  public Integer call() throws IOException {
    Streams streams = ((UnsdcfCommand) spec.root().userObject()).streams();
    if (country != null && !ISO3.matcher(country).matches()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--country must be three capital letters, but was '" + country + "'");
    }
    UnInfoImport result;
    long size = -1;
    try (InputStream raw = PlanInput.open(file, streams.in)) {
      if (!file.equals("-")) {
        size = Files.size(Path.of(file));
      }
      BufferedInputStream in = new BufferedInputStream(raw);
      in.mark(4);
      byte[] magic = in.readNBytes(4);
      in.reset();
      ActivityReportFormat format =
          magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4
              ? ActivityReportFormat.XLSX
              : ActivityReportFormat.CSV;
      try (Progress progress = Progress.start(streams, in, size)) {
        result = ActivityReportReader.standard().read(progress.input(), format);
      }
    } catch (PlanInput.CannotRead e) {
      return Unreadable.cannotRead(streams, file, e.getMessage(), false);
    } catch (UnInfoReadException e) {
      for (UnInfoProblem p : e.problems()) {
        streams.err.println(p.severity() + " " + p);
      }
      return Main.UNREADABLE;
    }
    List<CooperationFramework> plans =
        result.plans().stream()
            .filter(p -> country == null || p.countries().contains(country))
            .toList();
    PlanWriter.compact().writeNdjson(plans, streams.out);
    streams.out.flush();
    for (UnInfoProblem p : result.problems()) {
      streams.err.println(p.severity() + " " + p);
    }
    long errors = result.count(Severity.ERROR);
    int entries =
        plans.stream()
            .flatMap(p -> p.jointWorkPlans().stream())
            .mapToInt(j -> j.entries().size())
            .sum();
    streams.err.println(
        String.format(
            Locale.ROOT,
            "uninfo: %d rows, %d plans, %d sub-outputs, problems: errors %d, warnings %d, info %d",
            result.rows(),
            plans.size(),
            entries,
            errors,
            result.count(Severity.WARNING),
            result.count(Severity.INFO)));
    return errors > 0 ? Main.FINDINGS : Main.OK;
  }
}
