package org.unsdcf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code example}: prints the worked example of design.md §4.2 in PRETTY layout. */
@Command(
    name = "example",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Print an example plan: the Kyrgyz Republic 2023-2027 worked example.")
final class ExampleCommand implements Callable<Integer> {
  /** The bundled copy of the worked example, kept equal to the testkit fixture by a test. */
  static final String RESOURCE = "kyrgyzstan.json";

  @ParentCommand UnsdcfCommand parent;

  @Override
  public Integer call() throws IOException {
    try (InputStream in = ExampleCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new AssertionError("unsdcf bug: " + RESOURCE + " is not bundled");
      }
      in.transferTo(parent.streams().out);
    }
    return Main.OK;
  }
}
