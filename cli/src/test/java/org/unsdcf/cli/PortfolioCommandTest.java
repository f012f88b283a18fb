package org.unsdcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.json.PlanWriter;
import org.unsdcf.testkit.SamplePlans;

class PortfolioCommandTest {
  @TempDir Path dir;

  private Path portfolio(String... lines) throws IOException {
    Path file = dir.resolve("portfolio.ndjson");
    Files.write(file, String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8));
    return file;
  }

  private static String compact(CooperationFramework plan) {
    return new String(PlanWriter.compact().write(plan), StandardCharsets.UTF_8);
  }

  @Test
  void should_print_one_line_per_plan_and_the_counts() throws IOException {
    CooperationFramework invalid = SamplePlans.kyrgyzstan().withPriorityAreas(List.of());
    Path file =
        portfolio(compact(SamplePlans.kyrgyzstan()), compact(invalid), "{\"formatVersion\": 1,");
    CliRun run = CliRun.run("validate", "--portfolio", file.toString(), "--as-of", "2024-06-30");
    assertThat(run.status).as(run.toString()).isEqualTo(2);
    assertThat(run.out)
        .isEqualTo(
            "1 KGZ-2023-2027 VALID errors 0 warnings 0 info 0\n"
                + "2 KGZ-2023-2027 INVALID errors 3 warnings 0 info 0\n"
                + "3 - UNREADABLE errors 0 warnings 0 info 0\n"
                + "  \"\" (line 3, column 21): document ends before its JSON is complete"
                + " [JSON_TRUNCATED]\n"
                + "portfolio: 3 plans, 1 valid, 1 invalid, 1 unreadable\n");
  }

  @Test
  void should_exit_1_when_every_line_reads_but_one_plan_has_an_error() throws IOException {
    CooperationFramework invalid = SamplePlans.kyrgyzstan().withPriorityAreas(List.of());
    Path file = portfolio(compact(SamplePlans.kyrgyzstan()), compact(invalid));
    CliRun run = CliRun.run("validate", "--portfolio", file.toString(), "--as-of", "2024-06-30");
    assertThat(run.status).isEqualTo(1);
    assertThat(run.out).endsWith("portfolio: 2 plans, 1 valid, 1 invalid, 0 unreadable\n");
  }

  @Test
  void should_stream_the_json_report_of_each_plan() throws IOException {
    Path file = portfolio(compact(SamplePlans.kyrgyzstan()), "[]");
    CliRun run =
        CliRun.run(
            "validate",
            "--portfolio",
            file.toString(),
            "--as-of",
            "2024-06-30",
            "--format",
            "json");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.out)
        .startsWith("{\n  \"reportVersion\": 1,\n  \"plans\": [\n    {\n      \"line\": 1,\n")
        .contains("\"report\": {\n        \"reportVersion\": 1,\n")
        .contains("\"line\": 2,\n      \"problems\": [\n")
        .endsWith(
            "  \"summary\": {\n    \"plans\": 2,\n    \"valid\": 1,\n    \"invalid\": 0,\n"
                + "    \"unreadable\": 1\n  }\n}\n");
  }

  @Test
  void should_read_a_portfolio_from_standard_input() {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    byte[] line = PlanWriter.compact().write(SamplePlans.kyrgyzstan());
    in.writeBytes(line);
    in.write('\n');
    in.writeBytes(line);
    CliRun run =
        CliRun.runWithInput(
            in.toByteArray(), "validate", "--portfolio", "-", "--as-of", "2024-06-30");
    assertThat(run.status).as(run.toString()).isZero();
    assertThat(run.out).endsWith("portfolio: 2 plans, 2 valid, 0 invalid, 0 unreadable\n");
  }
}
