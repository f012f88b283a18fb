package org.unsdcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.json.PlanWriter;
import org.unsdcf.testkit.SamplePlans;

class CommandsTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private Path kyrgyzstan() throws IOException {
    return write("kgz.json", PlanWriter.pretty().write(SamplePlans.kyrgyzstan()));
  }

  static CooperationFramework endorsedOn20220324() {
    CooperationFramework plan = SamplePlans.kyrgyzstan();
    var jwp = plan.jointWorkPlans().get(0);
    return plan.withJointWorkPlans(
        jwp.withEndorsement(Endorsement.of(java.time.LocalDate.of(2022, 3, 24))));
  }

  @Test
  void should_validate_a_clean_plan_with_exit_0() throws IOException {
    CliRun run = CliRun.run("validate", kyrgyzstan().toString(), "--as-of", "2024-06-30");
    assertThat(run.status).as(run.toString()).isZero();
    assertThat(run.out)
        .isEqualTo(
            "KGZ-2023-2027: VALID as of 2024-06-30, strictness DRAFT, errors 0, warnings 0, info 0\n");
    assertThat(run.err).isEmpty();
  }

  @Test
  void should_print_the_warning_of_the_2022_endorsement_date_and_still_exit_0() throws IOException {
    Path file = write("slip.json", PlanWriter.pretty().write(endorsedOn20220324()));
    CliRun run = CliRun.run("validate", file.toString(), "--as-of", "2024-06-30");
    assertThat(run.status).as(run.toString()).isZero();
    assertThat(run.out)
        .isEqualTo(
            "WARNING GOV-003 /jointWorkPlans/0/endorsement/date [JWP-RG1-2023-2024] JWP"
                + " 'JWP-RG1-2023-2024' endorsed on 2022-03-24, but no ENDORSE_JWP decision on"
                + " that date names it\n"
                + "KGZ-2023-2027: VALID as of 2024-06-30, strictness DRAFT, errors 0, warnings 1,"
                + " info 0\n");
  }

  @Test
  void should_exit_1_when_a_plan_has_an_error_finding() throws IOException {
    CooperationFramework plan = SamplePlans.kyrgyzstan().withPriorityAreas(java.util.List.of());
    Path file = write("empty.json", PlanWriter.pretty().write(plan));
    CliRun run = CliRun.run("validate", file.toString(), "--as-of", "2024-06-30");
    assertThat(run.status).as(run.toString()).isEqualTo(1);
    assertThat(run.out)
        .contains("ERROR STR-009 /priorityAreas [KGZ-2023-2027]")
        .contains("INVALID");
  }

  @Test
  void should_raise_publish_checks_to_errors() throws IOException {
    CooperationFramework plan =
        SamplePlans.kyrgyzstan()
            .withJointWorkPlans(
                SamplePlans.kyrgyzstan()
                    .jointWorkPlans()
                    .get(0)
                    .withEntries(
                        SamplePlans.kyrgyzstan()
                            .jointWorkPlans()
                            .get(0)
                            .entries()
                            .get(0)
                            .withQcprFunctions(java.util.List.of())));
    Path file = write("qcpr.json", PlanWriter.pretty().write(plan));
    CliRun draft = CliRun.run("validate", file.toString(), "--as-of", "2024-06-30");
    CliRun publish =
        CliRun.run("validate", file.toString(), "--as-of", "2024-06-30", "--strictness", "publish");
    assertThat(draft.status).isZero();
    assertThat(draft.out).contains("WARNING TAG-007");
    assertThat(publish.status).isEqualTo(1);
    assertThat(publish.out).contains("ERROR TAG-007").contains("strictness PUBLISH");
  }

  @Test
  void should_leave_out_disabled_rules_given_as_a_list_or_repeated() throws IOException {
    Path file = write("slip.json", PlanWriter.pretty().write(endorsedOn20220324()));
    String clean =
        "KGZ-2023-2027: VALID as of 2024-06-30, strictness DRAFT, errors 0, warnings 0, info 0\n";

    CliRun list =
        CliRun.run(
            "validate", file.toString(), "--as-of", "2024-06-30", "--disable", "STR-002,GOV-003");
    CliRun repeated =
        CliRun.run(
            "validate",
            "--disable",
            "STR-002",
            file.toString(),
            "--as-of",
            "2024-06-30",
            "--disable",
            "GOV-003");
    CliRun other =
        CliRun.run("validate", file.toString(), "--as-of", "2024-06-30", "--disable", "GOV-002");

    assertThat(list.status).as(list.toString()).isZero();
    assertThat(list.out).isEqualTo(clean);
    assertThat(repeated.out).isEqualTo(clean);
    assertThat(other.out).contains("WARNING GOV-003");
  }

  @Test
  void should_leave_out_disabled_rules_in_the_validation_of_rollup() throws IOException {
    CooperationFramework plan = SamplePlans.kyrgyzstan().withPriorityAreas(java.util.List.of());
    Path file = write("empty.json", PlanWriter.pretty().write(plan));

    CliRun all = CliRun.run("rollup", file.toString(), "--as-of", "2024-06-30");
    CliRun without =
        CliRun.run(
            "rollup",
            file.toString(),
            "--as-of",
            "2024-06-30",
            "--disable",
            "STR-009,STR-005,STR-006");

    assertThat(all.status).as(all.toString()).isEqualTo(1);
    assertThat(without.status).as(without.toString()).isZero();
    assertThat(without.out).contains("validation: errors 0,");
  }

  @Test
  void should_name_the_unknown_rule_code_of_disable() {
    CliRun run = CliRun.run("validate", "x.json", "--disable", "STR-002,STR-999");

    assertThat(run.status).isEqualTo(64);
    assertThat(run.err).contains("'STR-999' is not the code of a rule").doesNotContain("STR-002'");
  }

  @Test
  void should_read_standard_input_for_a_dash() {
    CliRun run =
        CliRun.runWithInput(
            PlanWriter.compact().write(SamplePlans.kyrgyzstan()),
            "validate",
            "-",
            "--as-of",
            "2024-06-30");
    assertThat(run.status).as(run.toString()).isZero();
    assertThat(run.out).contains("KGZ-2023-2027: VALID");
  }

  @Test
  void should_accept_options_before_the_file() throws IOException {
    CliRun run =
        CliRun.run(
            "validate", "--as-of", "2024-06-30", "--format", "json", kyrgyzstan().toString());
    assertThat(run.status).as(run.toString()).isZero();
    assertThat(run.out).startsWith("{\n  \"reportVersion\": 1,\n").endsWith("}\n");
  }

  @Test
  void should_exit_2_with_located_problems_for_a_malformed_file() throws IOException {
    Path file = write("bad.json", "{\"formatVersion\": 1,".getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.run("validate", file.toString(), "--as-of", "2024-06-30");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo(
            "\"\" (line 1, column 21): document ends before its JSON is complete [JSON_TRUNCATED]\n");
  }

  @Test
  void should_print_problems_as_json_too_when_asked() throws IOException {
    Path file = write("bad.json", "[]".getBytes(StandardCharsets.UTF_8));
    CliRun run =
        CliRun.run("validate", file.toString(), "--as-of", "2024-06-30", "--format", "json");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.out)
        .startsWith("{\n  \"reportVersion\": 1,\n  \"file\": \"" + file + "\",\n  \"problems\": [")
        .contains("\"code\": \"TYPE_MISMATCH\"");
    assertThat(run.err).contains("[TYPE_MISMATCH]");
  }

  @Test
  void should_exit_2_with_one_line_for_a_missing_file() {
    CliRun run = CliRun.run("validate", dir.resolve("missing.json").toString());
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo("unsdcf: cannot read " + dir.resolve("missing.json") + ": no such file\n");
    assertThat(run.out).isEmpty();
  }

  @Test
  void should_print_an_empty_problem_list_as_json_for_a_missing_file() {
    CliRun run = CliRun.run("validate", "missing.json", "--format", "json");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.out)
        .isEqualTo(
            "{\n  \"reportVersion\": 1,\n  \"file\": \"missing.json\",\n  \"problems\": []\n}\n");
  }

  @Test
  void should_exit_64_for_usage_errors() {
    for (String[] args :
        new String[][] {
          {},
          {"nope"},
          {"validate"},
          {"validate", "x.json", "--as-of", "2024-02-30"},
          {"validate", "x.json", "--strictness", "final"},
          {"validate", "x.json", "--format", "xml"},
          {"rollup", "x.json"},
          {"format", "x.json", "--layout", "wide"},
          {"validate", "x.json", "--unknown"},
          {"validate", "x.json", "--disable", "STR-999"},
          {"validate", "x.json", "--disable", "STR-002,str-003"},
          {"validate", "x.json", "--disable", ""},
          {"rollup", "x.json", "--as-of", "2024-06-30", "--disable", "STR-2"}
        }) {
      CliRun run = CliRun.run(args);
      assertThat(run.status).as(String.join(" ", args) + "\n" + run).isEqualTo(64);
      assertThat(run.err)
          .as(String.join(" ", args))
          .startsWith("unsdcf: ")
          .endsWith("Try 'java -jar unsdcf.jar --help'.\n");
      assertThat(run.err.lines().count()).isEqualTo(2);
      assertThat(run.out).isEmpty();
    }
  }

  @Test
  void should_print_help_and_version_with_exit_0() {
    CliRun help = CliRun.run("--help");
    assertThat(help.status).isZero();
    assertThat(help.out).contains("validate").contains("rollup").contains("format");
    CliRun version = CliRun.run("--version");
    assertThat(version.status).isZero();
    assertThat(version.out).matches("unsdcf \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }

  @Test
  void should_print_the_schema() {
    CliRun run = CliRun.run("schema");
    assertThat(run.status).isZero();
    assertThat(run.out).contains("\"$id\": \"urn:unsdcf:plan:1\"");
  }

  @Test
  void should_format_canonically_and_idempotently() throws IOException {
    Path file = write("compact.json", PlanWriter.compact().write(SamplePlans.kyrgyzstan()));
    CliRun pretty = CliRun.run("format", file.toString());
    assertThat(pretty.status).isZero();
    assertThat(pretty.out.getBytes(StandardCharsets.UTF_8))
        .isEqualTo(PlanWriter.pretty().write(SamplePlans.kyrgyzstan()));
    Path again = write("pretty.json", pretty.out.getBytes(StandardCharsets.UTF_8));
    CliRun compact = CliRun.run("format", again.toString(), "--layout", "compact");
    assertThat(compact.status).isZero();
    assertThat(compact.out.getBytes(StandardCharsets.UTF_8))
        .isEqualTo(PlanWriter.compact().write(SamplePlans.kyrgyzstan()));
  }

  @Test
  void should_roll_up_with_exit_0_for_a_clean_plan() throws IOException {
    CliRun run = CliRun.run("rollup", kyrgyzstan().toString(), "--as-of", "2024-06-30");
    assertThat(run.status).as(run.toString()).isZero();
    assertThat(run.out)
        .startsWith("KGZ-2023-2027 roll-up as of 2024-06-30 (currency USD)\n")
        .contains(
            "FRAMEWORK KGZ-2023-2027 ON_TRACK progress 0.2500 pace 1.0000 coverage 1/1 required"
                + " 120000 available 80000 expenditure 60000 toBeMobilised 40000\n")
        .endsWith("validation: errors 0, warnings 0, info 0\n");
  }

  @Test
  void should_exit_1_from_rollup_when_validation_finds_an_error() throws IOException {
    CooperationFramework plan = SamplePlans.kyrgyzstan().withPriorityAreas(java.util.List.of());
    Path file = write("empty.json", PlanWriter.pretty().write(plan));
    CliRun run = CliRun.run("rollup", file.toString(), "--as-of", "2024-06-30");
    assertThat(run.status).isEqualTo(1);
    assertThat(run.out).contains("validation: errors 3, warnings 0, info 0");
  }
}
