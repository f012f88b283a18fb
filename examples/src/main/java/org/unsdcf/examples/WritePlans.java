package org.unsdcf.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.json.PlanWriter;

/**
 * Writes both example frameworks as PRETTY JSON files, {@code kyrgyzstan.json} and {@code
 * kazakhstan.json}, for tools that take plan files (the command line, {@code
 * scripts/page-test.sh}).
 *
 * <pre>{@code
 * mvn -B -ntp -q -pl examples -am compile exec:java \
 *     -Dexec.mainClass=org.unsdcf.examples.WritePlans -Dexec.args=target/plans
 * }</pre>
 */
public final class WritePlans {
  private WritePlans() {}

  /**
   * Gets the example frameworks by file name, in a fixed order.
   *
   * @return the frameworks by the name of the file each is written to
   */
  public static Map<String, CooperationFramework> plans() {
    Map<String, CooperationFramework> plans = new LinkedHashMap<>();
    plans.put("kyrgyzstan.json", KyrgyzstanFramework.build());
    plans.put("kazakhstan.json", KazakhstanFramework.build());
    return plans;
  }

  /**
   * Writes the files into a folder, made if missing.
   *
   * @param args the folder
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: WritePlans FOLDER");
    }
    Path folder = Path.of(args[0]);
    Files.createDirectories(folder);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (Map.Entry<String, CooperationFramework> plan : plans().entrySet()) {
      Path file = folder.resolve(plan.getKey());
      Files.write(file, PlanWriter.pretty().write(plan.getValue()));
      out.println(plan.getValue().code() + " written to " + file);
    }
  }
}
