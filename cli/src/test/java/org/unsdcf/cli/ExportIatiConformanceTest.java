package org.unsdcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unsdcf.testkit.IatiConformance;

/**
 * {@code export iati} of the bundled example (§4.2, what {@code example} prints) validates against
 * the official IATI 2.03 schema and passes the IATI rules of design §20.
 */
@Tag("conformance")
class ExportIatiConformanceTest {
  @TempDir Path dir;

  @Test
  void export_iati_of_example_is_schema_valid_and_rule_clean() throws Exception {
    CliRun example = CliRun.run("example");
    Path file = dir.resolve("example.json");
    Files.writeString(file, example.out, StandardCharsets.UTF_8);
    Schema schema = IatiConformance.officialSchema();
    for (String asOf : new String[] {"2022-12-31", "2024-06-30", "2030-01-01"}) {
      CliRun run =
          CliRun.run(
              "export",
              "iati",
              file.toString(),
              "--reporting-org",
              "XM-DAC-47066",
              "--as-of",
              asOf);
      assertThat(run.status).as(run.toString()).isZero();
      byte[] xml = run.out.getBytes(StandardCharsets.UTF_8);
      assertThat(IatiConformance.schemaErrors(schema, xml)).as("XSD errors").isEmpty();
      assertThat(IatiConformance.ruleViolations(xml, LocalDate.parse(asOf)))
          .as("IATI rule violations")
          .isEmpty();
    }
  }
}
