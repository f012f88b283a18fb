package org.unsdcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unsdcf.json.PlanWriter;
import org.unsdcf.testkit.SamplePlans;

/** The text and JSON outputs of design.md's worked example, byte for byte. */
class GoldenOutputTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} {1} --format {2}")
  @CsvSource({
    "validate, slip, text, validate-gov003.txt",
    "validate, slip, json, validate-gov003.json",
    "rollup, clean, text, rollup.txt",
    "rollup, clean, json, rollup.json"
  })
  void should_print_the_golden_output(String command, String plan, String format, String golden)
      throws IOException {
    Path file = dir.resolve(plan + ".json");
    Files.write(
        file,
        PlanWriter.pretty()
            .write(
                plan.equals("slip")
                    ? CommandsTest.endorsedOn20220324()
                    : SamplePlans.kyrgyzstan()));
    CliRun run = CliRun.run(command, file.toString(), "--as-of", "2024-06-30", "--format", format);
    assertThat(run.status).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo(golden(golden));
    assertThat(run.err).isEmpty();
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = GoldenOutputTest.class.getResourceAsStream("golden/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
