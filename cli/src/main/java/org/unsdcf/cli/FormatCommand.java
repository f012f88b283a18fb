package org.unsdcf.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.json.PlanWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code format FILE}: prints the canonical form of a readable plan. */
@Command(
    name = "format",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Print the canonical form of a plan (PRETTY by default).")
final class FormatCommand implements Callable<Integer> {
  @ParentCommand UnsdcfCommand parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "The plan file, or - for stdin.")
  String file;

  @Option(
      names = "--layout",
      paramLabel = "pretty|compact",
      converter = LayoutConverter.class,
      description = "pretty (default) or compact.")
  Layout layout = Layout.PRETTY;

  @Override
  public Integer call() throws IOException {
    Streams streams = parent.streams();
    Optional<CooperationFramework> read = PlanFile.read(streams, file, false);
    if (read.isEmpty()) {
      return Main.UNREADABLE;
    }
    CooperationFramework plan = read.get();
    (layout == Layout.PRETTY ? PlanWriter.pretty() : PlanWriter.compact()).write(plan, streams.out);
    return Main.OK;
  }
}
