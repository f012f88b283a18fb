package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unsdcf.json.BadInputTest.is;
import static org.unsdcf.json.Json.problemsOf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.MarkerKind;
import org.unsdcf.core.model.MarkerNarrative;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.YearNarrative;
import org.unsdcf.json.internal.DocumentReader;
import org.unsdcf.json.internal.Limits;

/**
 * The members design.md §13 adds: canonical positions, both readers, problems at their pointers.
 */
class ModelAdditionsJsonTest {
  private static final String SO = "/jointWorkPlans/0/entries/0";

  /** The worked example with every §13 member present. */
  static CooperationFramework withAdditions() {
    CooperationFramework plan = Plans.kyrgyzstan();
    PriorityArea area = plan.priorityAreas().get(0);
    Outcome outcome = area.outcomes().get(0);
    Output output = outcome.outputs().get(0);
    JointWorkPlan jwp = plan.jointWorkPlans().get(0);
    SubOutput entry =
        jwp.entries()
            .get(0)
            .withDisplayCode("1.1.1.01.")
            .withAdditionalOutputs("OP1.1.2", "OP9")
            .withMarkerNarratives(
                MarkerNarrative.of(MarkerKind.HUMANITARIAN, "Migrants in crisis."),
                MarkerNarrative.of(MarkerKind.GENDER_EQUALITY, "62% women.\nBy design."))
            .withProgressNarratives(
                YearNarrative.of(2023, "500 consultations."), YearNarrative.of(2024, "More."));
    return plan.withPriorityAreas(
            area.withDisplayCode("1.")
                .withOutcomes(
                    outcome
                        .withDisplayCode("1.1 (ext. from 2021)")
                        .withOutputs(output.withDisplayCode("1.1.1."))))
        .withJointWorkPlans(jwp.withEntries(entry));
  }

  private static String pretty(CooperationFramework plan) {
    return new String(PlanWriter.pretty().write(plan), StandardCharsets.UTF_8);
  }

  @Test
  void should_write_each_new_member_at_its_canonical_position() {
    String json = pretty(withAdditions());

    assertThat(json)
        .containsSubsequence(
            "\"code\": \"SP1\"",
            "\"displayCode\": \"1.\"",
            "\"title\": \"Quality social services\"")
        .containsSubsequence(
            "\"code\": \"OC1.1\"", "\"displayCode\": \"1.1 (ext. from 2021)\"", "\"title\"")
        .containsSubsequence("\"code\": \"OP1.1.1\"", "\"displayCode\": \"1.1.1.\"", "\"title\"")
        .containsSubsequence(
            "\"code\": \"1.1.1.01\"",
            "\"displayCode\": \"1.1.1.01.\"",
            "\"title\"",
            "\"outputCode\": \"OP1.1.1\"",
            "\"additionalOutputs\": [\n",
            "\"OP1.1.2\"",
            "\"OP9\"",
            "\"leadEntity\"",
            "\"humanRightsMarker\"",
            "\"markerNarratives\": [\n",
            "\"marker\": \"HUMANITARIAN\"",
            "\"text\": \"Migrants in crisis.\"",
            "\"marker\": \"GENDER_EQUALITY\"",
            "\"text\": \"62% women.\\nBy design.\"",
            "\"qcprFunctions\"",
            "\"funding\"",
            "\"progressNarratives\": [\n",
            "\"year\": 2023",
            "\"text\": \"500 consultations.\"",
            "\"year\": 2024");
  }

  @Test
  void should_omit_absent_and_empty_new_members() {
    assertThat(pretty(Plans.kyrgyzstan()))
        .doesNotContain("displayCode")
        .doesNotContain("additionalOutputs")
        .doesNotContain("markerNarratives")
        .doesNotContain("progressNarratives");
  }

  @Test
  void should_read_the_new_members_alike_in_both_readers_and_both_layouts() {
    CooperationFramework plan = withAdditions();
    DocumentReader reader = new DocumentReader(Limits.DEFAULT);
    for (PlanWriter writer : List.of(PlanWriter.pretty(), PlanWriter.compact())) {
      byte[] json = writer.write(plan);

      assertThat(PlanReader.standard().read(json)).isEqualTo(plan);
      assertThat(reader.readOnePass(json, json.length)).isEqualTo(plan);
      assertThat(reader.readDiagnosing(json, json.length)).isEqualTo(plan);
      assertThat(writer.write(PlanReader.standard().read(json))).isEqualTo(json);
    }
  }

  @Test
  void should_validate_against_the_schema() {
    assertThat(PlanSchemaTest.errors(PlanWriter.pretty().write(withAdditions()))).isEmpty();
  }

  @Test
  void should_read_empty_new_lists_as_absent() {
    String json =
        pretty(Plans.kyrgyzstan())
            .replace(
                "\"outputCode\": \"OP1.1.1\",",
                "\"outputCode\": \"OP1.1.1\", \"additionalOutputs\": [], \"markerNarratives\": [],"
                    + " \"progressNarratives\": [],");

    assertThat(PlanReader.standard().read(json.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Plans.kyrgyzstan());
  }

  /** The worked example with one member inserted after the entry's outputCode. */
  private static String entryWith(String members) {
    return pretty(Plans.kyrgyzstan())
        .replace("\"outputCode\": \"OP1.1.1\",", "\"outputCode\": \"OP1.1.1\", " + members + ",");
  }

  private static int line(String doc, String text) {
    return Json.lineOf(doc, text);
  }

  private static int column(String doc, String text) {
    return Json.columnOf(doc, text);
  }

  @Test
  void should_report_a_repeated_marker_as_invariant_at_the_later_narrative() {
    String doc =
        entryWith(
            "'markerNarratives': [{'marker': 'HUMAN_RIGHTS', 'text': 'a'},".replace('\'', '"')
                + " {\"marker\": \"HUMAN_RIGHTS\", \"text\": \"b\"}]");
    PlanReadException e = problemsOf(doc);

    assertThat(e.problems()).hasSize(1);
    is(
        e.problems().get(0),
        ReadProblemCode.INVARIANT,
        SO + "/markerNarratives/1",
        line(doc, "{\"marker\": \"HUMAN_RIGHTS\", \"text\": \"b\"}"),
        column(doc, "{\"marker\": \"HUMAN_RIGHTS\", \"text\": \"b\"}"));
    assertThat(e.problems().get(0).message())
        .isEqualTo("must not repeat the marker of markerNarratives/0, but was 'HUMAN_RIGHTS'");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024 | 2024 | must not repeat the year of progressNarratives/0, but was '2024'",
        "2024 | 2023 | must be after the year 2024 of progressNarratives/0, as years ascend, but was"
            + " '2023'"
      })
  void should_report_a_repeated_or_descending_year_as_invariant_at_the_later_narrative(
      int first, int second, String message) {
    String later = "{\"year\": " + second + ", \"text\": \"b\"}";
    String doc =
        entryWith(
            "\"progressNarratives\": [{\"year\": " + first + ", \"text\": \"a\"}, " + later + "]");
    PlanReadException e = problemsOf(doc);

    assertThat(e.problems()).hasSize(1);
    is(
        e.problems().get(0),
        ReadProblemCode.INVARIANT,
        SO + "/progressNarratives/1",
        line(doc, later),
        column(doc, later));
    assertThat(e.problems().get(0).message()).isEqualTo(message);
  }

  @Test
  void should_report_a_repeated_additional_output_as_invariant_at_that_element() {
    String doc = entryWith("\"additionalOutputs\": [\"OP2\", \"OP3\", \"OP2\"]");
    PlanReadException e = problemsOf(doc);

    is(
        e.problems().get(0),
        ReadProblemCode.INVARIANT,
        SO + "/additionalOutputs/2",
        line(doc, "\"OP2\"]"),
        column(doc, "\"OP2\"]"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"displayCode\": \" \"                                          | TEXT_BLANK     |"
            + " /displayCode",
        "\"additionalOutputs\": [\"OP 2\"]                                | PATTERN        |"
            + " /additionalOutputs/0",
        "\"markerNarratives\": [{\"marker\": \"PEACE\", \"text\": \"t\"}]  | UNKNOWN_ENUM   |"
            + " /markerNarratives/0/marker",
        "\"markerNarratives\": [{\"marker\": \"HUMANITARIAN\"}]           | REQUIRED       |"
            + " /markerNarratives/0/text",
        "\"markerNarratives\": [{\"marker\": \"HUMANITARIAN\", \"text\": \"t\", \"score\": 1}] |"
            + " UNKNOWN_FIELD | /markerNarratives/0/score",
        "\"progressNarratives\": [{\"year\": 1900, \"text\": \"t\"}]      | NUMBER_RANGE   |"
            + " /progressNarratives/0/year",
        "\"progressNarratives\": [{\"year\": \"2023\", \"text\": \"t\"}]  | TYPE_MISMATCH  |"
            + " /progressNarratives/0/year",
        "\"progressNarratives\": [{\"year\": 2023, \"text\": \"a\\u0000\"}] | TEXT_CONTROL_CHAR |"
            + " /progressNarratives/0/text",
        "\"progressNarratives\": [null]                                  | NULL_NOT_ALLOWED |"
            + " /progressNarratives/0",
      })
  void should_report_a_bad_new_member_at_its_pointer(
      String member, ReadProblemCode code, String path) {
    PlanReadException e = problemsOf(entryWith(member));

    assertThat(e.problems())
        .extracting(ReadProblem::code, ReadProblem::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(code, SO + path));
  }

  @Test
  void should_report_a_tab_in_the_display_code_of_an_area_at_its_pointer() {
    String doc =
        pretty(Plans.kyrgyzstan())
            .replace("\"code\": \"SP1\",", "\"code\": \"SP1\", \"displayCode\": \"1.\\t2\",");
    PlanReadException e = problemsOf(doc);

    assertThat(e.problems())
        .extracting(ReadProblem::code, ReadProblem::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ReadProblemCode.TEXT_CONTROL_CHAR, "/priorityAreas/0/displayCode"));
  }
}
