package org.unsdcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unsdcf.iati.IatiWriter;
import org.unsdcf.json.PlanWriter;
import org.unsdcf.testkit.SamplePlans;

/** {@code export iati}: options, defaults from the entity catalogue, exit statuses. */
class ExportIatiCommandTest {
  @TempDir Path dir;

  private Path kyrgyzstan() throws IOException {
    Path file = dir.resolve("kgz.json");
    Files.write(file, PlanWriter.pretty().write(SamplePlans.kyrgyzstan()));
    return file;
  }

  @Test
  void should_write_what_the_library_writes_with_the_catalogued_name_and_type() throws IOException {
    CliRun run =
        CliRun.run(
            "export",
            "iati",
            kyrgyzstan().toString(),
            "--reporting-org",
            "XM-DAC-47066",
            "--as-of",
            "2024-06-30");
    assertThat(run.status).as(run.toString()).isZero();
    byte[] expected =
        IatiWriter.builder()
            .reportingOrg("XM-DAC-47066", "International Organization for Migration", "40")
            .asOf(LocalDate.of(2024, 6, 30))
            .build()
            .write(SamplePlans.kyrgyzstan());
    assertThat(run.out).isEqualTo(new String(expected, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(run.err).isEqualTo("iati: 2 activities, lossy values 0\n");
  }

  @Test
  void should_take_name_and_type_as_given_for_any_other_organisation() throws IOException {
    CliRun run =
        CliRun.run(
            "export",
            "iati",
            kyrgyzstan().toString(),
            "--reporting-org",
            "GB-GOV-1",
            "--reporting-org-name",
            "Ministry of Foreign Affairs",
            "--reporting-org-type",
            "10",
            "--as-of",
            "2024-06-30");
    assertThat(run.status).as(run.toString()).isZero();
    assertThat(run.out)
        .contains(
            "<reporting-org ref=\"GB-GOV-1\" type=\"10\">",
            "<narrative>Ministry of Foreign Affairs</narrative>",
            "<iati-identifier>GB-GOV-1-KGZ-2023-2027</iati-identifier>");
  }

  @Test
  void should_exit_64_without_name_and_type_for_an_uncatalogued_organisation() throws IOException {
    CliRun run =
        CliRun.run(
            "export",
            "iati",
            kyrgyzstan().toString(),
            "--reporting-org",
            "GB-GOV-1",
            "--as-of",
            "2024-06-30");
    assertThat(run.status).as(run.toString()).isEqualTo(Main.USAGE);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .startsWith("unsdcf: --reporting-org GB-GOV-1 is not a catalogued UN entity")
        .endsWith("Try 'java -jar unsdcf.jar --help'.\n");
  }

  @Test
  void should_exit_64_for_a_type_outside_iatis_codelist() throws IOException {
    CliRun run =
        CliRun.run(
            "export",
            "iati",
            kyrgyzstan().toString(),
            "--reporting-org",
            "XM-DAC-47066",
            "--reporting-org-type",
            "99",
            "--as-of",
            "2024-06-30");
    assertThat(run.status).as(run.toString()).isEqualTo(Main.USAGE);
    assertThat(run.err).contains("reportingOrg.type").contains("'99'");
  }

  @Test
  void should_exit_64_without_reporting_org() throws IOException {
    CliRun run = CliRun.run("export", "iati", kyrgyzstan().toString());
    assertThat(run.status).as(run.toString()).isEqualTo(Main.USAGE);
    assertThat(run.err).contains("--reporting-org");
  }

  @Test
  void should_exit_2_for_a_missing_file() {
    CliRun run =
        CliRun.run(
            "export",
            "iati",
            dir.resolve("missing.json").toString(),
            "--reporting-org",
            "XM-DAC-47066",
            "--as-of",
            "2024-06-30");
    assertThat(run.status).as(run.toString()).isEqualTo(Main.UNREADABLE);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("cannot read").contains("no such file");
  }

  @Test
  void should_date_no_transaction_after_the_as_of_date() throws IOException {
    CliRun run =
        CliRun.run(
            "export",
            "iati",
            kyrgyzstan().toString(),
            "--reporting-org",
            "XM-DAC-47066",
            "--as-of",
            "2023-06-30");
    assertThat(run.status).as(run.toString()).isZero();
    assertThat(run.out)
        .contains("<transaction-date iso-date=\"2023-01-01\"/>")
        .contains("<transaction-date iso-date=\"2023-06-30\"/>")
        .doesNotContain("<transaction-date iso-date=\"2023-12-31\"/>");
  }

  @Test
  void should_read_the_plan_from_stdin() {
    CliRun run =
        CliRun.runWithInput(
            PlanWriter.compact().write(SamplePlans.minimal()),
            "export",
            "iati",
            "-",
            "--reporting-org",
            "XM-DAC-41114",
            "--as-of",
            "2024-06-30");
    assertThat(run.status).as(run.toString()).isZero();
    assertThat(run.out).contains("<narrative>United Nations Development Programme</narrative>");
  }
}
