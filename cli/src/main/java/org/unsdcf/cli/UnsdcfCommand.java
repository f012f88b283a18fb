package org.unsdcf.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code unsdcf} command: only its subcommands do anything. */
@Command(
    name = "java -jar unsdcf.jar",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Validate, roll up and format UN Sustainable Development Cooperation Framework files.",
    subcommands = {
      ValidateCommand.class,
      RollupCommand.class,
      FormatCommand.class,
      SchemaCommand.class,
      ExampleCommand.class,
      ImportCommand.class,
      ExportCommand.class
    })
final class UnsdcfCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private final Streams streams;

  UnsdcfCommand(Streams streams) {
    this.streams = streams;
  }

  Streams streams() {
    return streams;
  }

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }
}
