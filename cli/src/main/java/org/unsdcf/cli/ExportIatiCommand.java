package org.unsdcf.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.unsdcf.core.entities.UnEntity;
import org.unsdcf.core.entities.UnEntityCatalogue;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.iati.IatiLossyValue;
import org.unsdcf.iati.IatiWriteResult;
import org.unsdcf.iati.IatiWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export iati FILE --reporting-org REF …}: the plan as an IATI 2.03 activity file on
 * standard output (design §15, §18, §20).
 *
 * <p>The reporting organisation's name and type default to the catalogued UN entity whose IATI
 * identifier is REF (type 40); for any other REF both are required (exit 64). {@code --as-of}
 * defaults to today: the command line reads the clock, the library never. Values the export could
 * not carry as they are go to standard error, one a line, then a summary line.
 */
@Command(
    name = "iati",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Write a plan as an IATI 2.03 activity file on standard output.")
final class ExportIatiCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The plan file, or - for stdin.")
  String file;

  @Option(
      names = "--reporting-org",
      required = true,
      paramLabel = "REF",
      description = "IATI organisation identifier of the publisher, e.g. XM-DAC-47066.")
  String reportingOrg;

  @Option(
      names = "--reporting-org-name",
      paramLabel = "NAME",
      description = "Its name (default: the catalogued UN entity's).")
  String reportingOrgName;

  @Option(
      names = "--reporting-org-type",
      paramLabel = "CODE",
      description = "Its IATI OrganisationType code (default: 40 for a catalogued UN entity).")
  String reportingOrgType;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
      description = "No transaction is dated after it (default: today).")
  LocalDate asOf;

  @Override
  public Integer call() throws IOException {
    Streams streams = ((UnsdcfCommand) spec.root().userObject()).streams();
    IatiWriter writer = writer();
    Optional<CooperationFramework> plan = PlanFile.read(streams, file, false);
    if (plan.isEmpty()) {
      return Main.UNREADABLE;
    }
    IatiWriteResult result = writer.write(plan.get(), streams.out);
    for (IatiLossyValue lossy : result.lossyValues()) {
      streams.err.println("LOSSY " + lossy);
    }
    streams.err.println(
        "iati: "
            + result.activities()
            + " activities, lossy values "
            + result.lossyValues().size());
    return Main.OK;
  }

  private IatiWriter writer() {
    Optional<UnEntity> entity =
        UnEntityCatalogue.bundled().all().stream()
            .filter(e -> e.iatiOrgId().filter(reportingOrg::equals).isPresent())
            .findFirst();
    String name =
        reportingOrgName != null ? reportingOrgName : entity.map(UnEntity::name).orElse(null);
    String type = reportingOrgType != null ? reportingOrgType : entity.map(e -> "40").orElse(null);
    if (name == null || type == null) {
      throw usage(
          "--reporting-org "
              + reportingOrg
              + " is not a catalogued UN entity: --reporting-org-name and --reporting-org-type are required");
    }
    try {
      return IatiWriter.builder()
          .reportingOrg(reportingOrg, name, type)
          .asOf(asOf != null ? asOf : LocalDate.now())
          .build();
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
