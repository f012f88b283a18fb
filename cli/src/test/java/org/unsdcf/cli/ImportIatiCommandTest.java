package org.unsdcf.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.json.PlanReader;
import org.unsdcf.json.PlanWriter;
import org.unsdcf.testkit.SamplePlans;

/** {@code import iati}, in process, over activity files the test writes (design §18, §20). */
class ImportIatiCommandTest {
  @TempDir Path dir;

  private static String activity(String id, String extra) {
    return """
          <iati-activity default-currency="USD">
            <iati-identifier>%s</iati-identifier>
            <title><narrative>Clean water for schools</narrative></title>
            <participating-org role="3"><narrative>UNDP</narrative></participating-org>
            <activity-status code="2"/>
            <activity-date iso-date="2024-01-01" type="1"/>
            <activity-date iso-date="2025-12-31" type="3"/>
            %s
            <budget type="1"><period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/>
              <value currency="USD" value-date="2024-01-01">400</value></budget>
          </iati-activity>
        """
        .formatted(id, extra);
  }

  private Path file(String name, String... activities) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(
        f,
        "<iati-activities version=\"2.03\">\n"
            + String.join("", activities)
            + "</iati-activities>\n",
        UTF_8);
    return f;
  }

  @Test
  void should_print_a_plan_of_the_activities_alone() throws Exception {
    Path f = file("a.xml", activity("A1", "<recipient-country code=\"KG\"/>"));
    CliRun run = CliRun.run("import", "iati", f.toString());
    assertThat(run.status).as(run.toString()).isZero();
    CooperationFramework plan = PlanReader.standard().read(run.out.getBytes(UTF_8));
    assertThat(plan.code()).isEqualTo("IATI");
    assertThat(plan.countries()).containsExactly("KGZ");
    assertThat(plan.jointWorkPlans().get(0).code()).isEqualTo("IATI-2024-2025");
    assertThat(run.out).isEqualTo(new String(PlanWriter.pretty().write(plan), UTF_8));
    assertThat(run.err)
        .isEqualTo("iati: 1 activities, 1 sub-outputs, problems: errors 0, warnings 0, info 0\n");
  }

  @Test
  void should_add_the_activities_to_a_plan_with_into() throws Exception {
    Path plan = dir.resolve("plan.json");
    Files.write(plan, PlanWriter.pretty().write(SamplePlans.kyrgyzstan()));
    Path f =
        file(
            "b.xml",
            activity(
                "B1",
                "<tag vocabulary=\"99\" vocabulary-uri=\"urn:unsdcf:output\" code=\"OP1.1.1\"/>"),
            activity("B2", "<policy-marker vocabulary=\"1\" code=\"1\" significance=\"2\"/>"));
    CliRun run = CliRun.run("import", "iati", f.toString(), "--into", plan.toString());
    assertThat(run.status).as(run.toString()).isZero();
    CooperationFramework joined = PlanReader.standard().read(run.out.getBytes(UTF_8));
    assertThat(joined.code()).isEqualTo("KGZ-2023-2027");
    assertThat(joined.jointWorkPlans().get(joined.jointWorkPlans().size() - 1).entries())
        .extracting(e -> e.outputCode())
        .containsExactly("OP1.1.1", "UNLINKED");
    assertThat(run.err)
        .startsWith("INFO /iati-activities/iati-activity[2]/policy-marker[1] (line ")
        .endsWith("iati: 2 activities, 2 sub-outputs, problems: errors 0, warnings 0, info 1\n");
    CliRun rollup =
        CliRun.run(
            "rollup", writeTo("joined.json", run.out), "--as-of", "2024-06-30", "--format", "json");
    assertThat(rollup.out)
        .contains("\"unlinked\": {\n      \"lines\": 1,\n      \"required\": 400,");
  }

  private String writeTo(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, UTF_8);
    return p.toString();
  }

  @Test
  void should_exit_1_with_an_error_problem_and_still_print_the_plan() throws Exception {
    String euro =
        "<transaction><transaction-type code=\"11\"/><transaction-date iso-date=\"2024-02-01\"/>"
            + "<value currency=\"EUR\">5</value></transaction><recipient-country code=\"KG\"/>";
    Path f = file("c.xml", activity("C1", euro));
    CliRun run = CliRun.run("import", "iati", f.toString());
    assertThat(run.status).as(run.toString()).isEqualTo(1);
    assertThat(run.out).contains("\"code\": \"IATI\"");
    assertThat(run.err).contains("ERROR /iati-activities/iati-activity[1]/transaction[1]/value[1]");
    assertThat(run.err).contains("[FOREIGN_CURRENCY]");
    assertThat(run.err).endsWith("problems: errors 1, warnings 0, info 0\n");
  }

  @Test
  void should_need_a_country_when_no_activity_names_one() throws Exception {
    Path f = file("d.xml", activity("D1", ""));
    CliRun run = CliRun.run("import", "iati", f.toString());
    assertThat(run.status).as(run.toString()).isEqualTo(64);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .contains("ERROR /iati-activities (line 1, column ")
        .contains("[NO_COUNTRY]");
    assertThat(run.err).contains("give --country ISO3");
    CliRun given = CliRun.run("import", "iati", f.toString(), "--country", "KAZ");
    assertThat(given.status).as(given.toString()).isZero();
    assertThat(PlanReader.standard().read(given.out.getBytes(UTF_8)).countries())
        .containsExactly("KAZ");
  }

  @Test
  void should_exit_2_on_a_hostile_document_with_a_clear_message_and_no_stack_trace()
      throws Exception {
    Path f = dir.resolve("xxe.xml");
    Files.writeString(
        f,
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<iati-activities>&e;</iati-activities>",
        UTF_8);
    CliRun run = CliRun.run("import", "iati", f.toString());
    assertThat(run.status).as(run.toString()).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .startsWith("unsdcf: cannot read " + f + ": line 1: a DTD or declaration")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void should_exit_2_on_a_missing_file_and_64_on_bad_options() throws Exception {
    assertThat(CliRun.run("import", "iati", dir.resolve("none.xml").toString()).status)
        .isEqualTo(2);
    Path f = file("e.xml", activity("E1", ""));
    assertThat(CliRun.run("import", "iati", f.toString(), "--country", "kg").status).isEqualTo(64);
    assertThat(
            CliRun.run("import", "iati", f.toString(), "--country", "KGZ", "--into", "p.json")
                .status)
        .isEqualTo(64);
    assertThat(CliRun.run("import", "iati", f.toString(), "--into", "missing.json").status)
        .isEqualTo(2);
  }
}
