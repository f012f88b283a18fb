package org.unsdcf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.iati.IatiImport;
import org.unsdcf.iati.IatiProblem;
import org.unsdcf.iati.IatiReadException;
import org.unsdcf.iati.IatiReader;
import org.unsdcf.json.PlanWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import iati FILE [--into PLAN] [--country ISO3]}: an IATI 2.03 activity file as one plan
 * PRETTY on standard output, its problems and a summary on standard error (design §15, §18, §20).
 */
@Command(
    name = "iati",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Read an IATI 2.03 activity file and print one plan: PLAN with the activities as a new"
          + " draft joint work plan (--into), else a plan 'IATI' of the activities alone.",
      "Problems go to standard error, one a line, then a summary. Exit 0 without an ERROR"
          + " problem, 1 with one (the plan is still printed), 2 if a file is unreadable."
    })
final class ImportIatiCommand implements Callable<Integer> {
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The activity file (.xml), or - for standard input.")
  String file;

  @Option(
      names = "--into",
      paramLabel = "PLAN",
      description =
          "Add the activities to this plan (JSON) as a joint work plan IATI-<first>-<last>;"
              + " activities not linked to one of its outputs serve UNLINKED.")
  String into;

  @Option(
      names = "--country",
      paramLabel = "ISO3",
      description =
          "Without --into: the plan's country (ISO 3166-1 alpha-3), instead of the activities'"
              + " recipient countries.")
  String country;

  @Override
  public Integer call() throws IOException {
    Streams streams = ((UnsdcfCommand) spec.root().userObject()).streams();
    if (country != null && !ISO3.matcher(country).matches()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--country must be three capital letters, but was '" + country + "'");
    }
    if (country != null && into != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--country and --into exclude each other: PLAN gives the countries");
    }
    Optional<CooperationFramework> plan = Optional.empty();
    if (into != null) {
      plan = PlanFile.read(streams, into, false);
      if (plan.isEmpty()) {
        return Main.UNREADABLE;
      }
    }
    IatiReader reader =
        plan.map(p -> IatiReader.builder().currency(p.currency()).build())
            .orElse(IatiReader.standard());
    IatiImport result;
    long size = -1;
    try (InputStream raw = PlanInput.open(file, streams.in)) {
      if (!file.equals("-")) {
        size = Files.size(Path.of(file));
      }
      try (Progress progress = Progress.start(streams, raw, size)) {
        result = reader.read(progress.input());
      }
    } catch (PlanInput.CannotRead e) {
      return Unreadable.cannotRead(streams, file, e.getMessage(), false);
    } catch (IatiReadException e) {
      return Unreadable.cannotRead(streams, file, e.getMessage(), false);
    }
    List<IatiProblem> problems = result.problems();
    CooperationFramework out;
    if (plan.isPresent()) {
      out = result.into(plan.get());
    } else if (country == null && result.recipientCountries().isEmpty()) {
      printProblems(streams, problems);
      streams.err.println(Severity.ERROR + " " + result.noCountryProblem());
      summary(streams, result, problems, 1);
      streams.err.println(
          "unsdcf: import iati: no activity names a recipient country; give --country ISO3");
      return Main.USAGE;
    } else if (result.entries().isEmpty()) {
      printProblems(streams, problems);
      summary(streams, result, problems, 0);
      streams.err.println("unsdcf: import iati: no activity could be imported, so no plan");
      return Main.FINDINGS;
    } else {
      out = result.toPlan(country == null ? List.of() : List.of(country));
    }
    PlanWriter.pretty().write(out, streams.out);
    streams.out.flush();
    printProblems(streams, problems);
    long errors = summary(streams, result, problems, 0);
    return errors > 0 ? Main.FINDINGS : Main.OK;
  }

  private static void printProblems(Streams streams, List<IatiProblem> problems) {
    for (IatiProblem p : problems) {
      streams.err.println(p.severity() + " " + p);
    }
  }

  private static long summary(
      Streams streams, IatiImport result, List<IatiProblem> problems, int moreErrors) {
    long errors = count(problems, Severity.ERROR) + moreErrors;
    streams.err.println(
        String.format(
            Locale.ROOT,
            "iati: %d activities, %d sub-outputs, problems: errors %d, warnings %d, info %d",
            result.activities(),
            result.entries().size(),
            errors,
            count(problems, Severity.WARNING),
            count(problems, Severity.INFO)));
    return errors;
  }

  private static long count(List<IatiProblem> problems, Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).count();
  }
}
