package org.unsdcf.cli;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.unsdcf.json.PlanSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code schema}: prints the bundled JSON Schema of the plan format. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Print the JSON Schema (draft 2020-12) of the plan format.")
final class SchemaCommand implements Callable<Integer> {
  @ParentCommand UnsdcfCommand parent;

  @Override
  public Integer call() {
    parent.streams().out.writeBytes(PlanSchema.text().getBytes(StandardCharsets.UTF_8));
    return Main.OK;
  }
}
