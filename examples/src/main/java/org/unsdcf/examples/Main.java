package org.unsdcf.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.unsdcf.core.model.CooperationFramework;

/**
 * Runs the examples: builds the Kyrgyz Republic 2023-2027 and Kazakhstan 2021-2025 frameworks in
 * code and prints a readable summary of each.
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
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    CooperationFramework kyrgyzstan = KyrgyzstanFramework.build();
    CooperationFramework kazakhstan = KazakhstanFramework.build();
    out.print(PlanSummary.render(kyrgyzstan));
    out.println();
    out.print(PlanSummary.render(kazakhstan));
  }
}
