package org.unsdcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unsdcf.json.PlanWriter;
import org.unsdcf.testkit.SamplePlans;

/** {@code report}, {@code validate --format csv|sarif|junit} and {@code rollup --format csv}. */
class ReportFormatsTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private Path kyrgyzstan() throws IOException {
    return write("kgz.json", PlanWriter.pretty().write(SamplePlans.kyrgyzstan()));
  }

  private Path invalid() throws IOException {
    return write(
        "invalid.json",
        PlanWriter.pretty().write(SamplePlans.kyrgyzstan().withPriorityAreas(List.of())));
  }

  @Test
  void should_print_the_page_on_standard_output_and_exit_0() throws IOException {
    CliRun run = CliRun.run("report", kyrgyzstan().toString(), "--as-of", "2024-06-30");

    assertThat(run.status).as(run.toString()).isZero();
    assertThat(run.out)
        .startsWith("<!DOCTYPE html>\n")
        .contains("KGZ-2023-2027")
        .endsWith("</html>\n");
    assertThat(run.err).isEmpty();
  }

  @Test
  void should_write_the_page_to_out_even_with_an_error_finding_and_exit_1() throws IOException {
    Path page = dir.resolve("page.html");
    CliRun run =
        CliRun.run(
            "report", invalid().toString(), "--as-of", "2024-06-30", "--out", page.toString());

    assertThat(run.status).as(run.toString()).isEqualTo(Main.FINDINGS);
    assertThat(run.out).isEmpty();
    assertThat(Files.readString(page, StandardCharsets.UTF_8))
        .contains("STR-009")
        .contains("Invalid as of 2024-06-30");
  }

  @Test
  void should_need_as_of_and_a_readable_plan() throws IOException {
    assertThat(CliRun.run("report", kyrgyzstan().toString()).status).isEqualTo(Main.USAGE);
    CliRun missing =
        CliRun.run("report", dir.resolve("missing.json").toString(), "--as-of", "2024-06-30");
    assertThat(missing.status).isEqualTo(Main.UNREADABLE);
    assertThat(missing.out).isEmpty();
    assertThat(missing.err).startsWith("unsdcf: cannot read ");
  }

  @Test
  void should_report_an_unwritable_out_file_as_exit_2() throws IOException {
    Path page = dir.resolve("no-such-folder").resolve("page.html");
    CliRun run =
        CliRun.run(
            "report", kyrgyzstan().toString(), "--as-of", "2024-06-30", "--out", page.toString());

    assertThat(run.status).isEqualTo(Main.UNREADABLE);
    assertThat(run.err).startsWith("unsdcf: cannot write ");
  }

  @Test
  void should_print_findings_as_csv() throws IOException {
    CliRun run =
        CliRun.run("validate", invalid().toString(), "--as-of", "2024-06-30", "--format", "csv");

    assertThat(run.status).isEqualTo(Main.FINDINGS);
    assertThat(run.out)
        .startsWith("\uFEFFseverity,code,path,subject,message\r\n")
        .contains("ERROR,STR-009,/priorityAreas,KGZ-2023-2027,");
  }

  @Test
  void should_print_the_roll_up_as_csv() throws IOException {
    CliRun run =
        CliRun.run("rollup", kyrgyzstan().toString(), "--as-of", "2024-06-30", "--format", "csv");

    assertThat(run.status).as(run.toString()).isZero();
    assertThat(run.out.split("\r\n")[1])
        .startsWith("node,FRAMEWORK,KGZ-2023-2027,,ON_TRACK,,0.2500,");
  }

  @Test
  void should_print_sarif_pointing_at_the_finding_line() throws IOException {
    Path file = write("slip.json", PlanWriter.pretty().write(CommandsTest.endorsedOn20220324()));
    CliRun run =
        CliRun.run("validate", file.toString(), "--as-of", "2024-06-30", "--format", "sarif");

    assertThat(run.status).as(run.toString()).isZero();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int line = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("\"2022-03-24\"")) {
        line = i + 1;
      }
    }
    int column = lines.get(line - 1).indexOf("\"2022-03-24\"") + 1;
    assertThat(run.out)
        .contains("\"ruleId\": \"GOV-003\"")
        .contains("\"startLine\": " + line + ",")
        .contains("\"startColumn\": " + column + "\n")
        .contains("\"uri\": \"" + ReportFormats.artifactUri(file.toString()) + "\"");
  }

  @Test
  void should_print_junit_xml() throws IOException {
    CliRun run =
        CliRun.run("validate", invalid().toString(), "--as-of", "2024-06-30", "--format", "junit");

    assertThat(run.status).isEqualTo(Main.FINDINGS);
    assertThat(run.out)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites")
        .contains("<testcase classname=\"STRUCTURE\" name=\"STR-009\" time=\"0\">");
  }

  @Test
  void should_refuse_formats_a_command_does_not_print() throws IOException {
    String plan = kyrgyzstan().toString();

    assertThat(CliRun.run("rollup", plan, "--as-of", "2024-06-30", "--format", "sarif").status)
        .isEqualTo(Main.USAGE);
    assertThat(CliRun.run("rollup", plan, "--as-of", "2024-06-30", "--format", "junit").status)
        .isEqualTo(Main.USAGE);
    CliRun portfolio = CliRun.run("validate", "--portfolio", plan, "--format", "sarif");
    assertThat(portfolio.status).isEqualTo(Main.USAGE);
    assertThat(portfolio.err).startsWith("unsdcf: --portfolio prints text or json, not sarif");
  }

  @Test
  void should_name_the_artifact_with_a_relative_uri_reference() {
    assertThat(ReportFormats.artifactUri("plans/kgz.json")).isEqualTo("plans/kgz.json");
    assertThat(ReportFormats.artifactUri("my plans\\kgz #1.json"))
        .isEqualTo("my%20plans/kgz%20%231.json");
    assertThat(ReportFormats.artifactUri("-")).isEqualTo("-");
  }
}
