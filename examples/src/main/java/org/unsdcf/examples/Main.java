package org.unsdcf.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.unsdcf.core.model.CooperationFramework;

/**
 * Runs the examples: builds the Kyrgyz Republic 2023-2027 and Kazakhstan 2021-2025 frameworks in
 * code and prints a readable summary of each, then their progress and budget tables; writes the
 * Kyrgyz plan as JSON and reads it back; embeds the Kazakh plan in a Jackson document.
 *
 * <pre>{@code
 * mvn -B -ntp -q -pl examples -am compile exec:java
 * }</pre>
 */
public final class Main {
  private Main() {}

  /**
   * Runs the examples, one step after another.
   *
   * @param args optionally, the file to write the Kyrgyz plan's JSON to; without it the JSON is
   *     printed
   * @throws IOException if the JSON file cannot be written
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    CooperationFramework kyrgyzstan = KyrgyzstanFramework.build();
    CooperationFramework kazakhstan = KazakhstanFramework.build();
    out.print(PlanSummary.render(kyrgyzstan));
    out.println();
    out.print(PlanSummary.render(kazakhstan));
    out.println();
    out.print(PlanValidation.step(kyrgyzstan, kazakhstan));
    out.print(RollupTables.render(kyrgyzstan, kazakhstan));
    out.println();
    JsonRoundTrip.run(
        kyrgyzstan, Optional.ofNullable(args.length > 0 ? Path.of(args[0]) : null), out);
    JacksonEmbedding.run(kazakhstan, out);
  }
}
