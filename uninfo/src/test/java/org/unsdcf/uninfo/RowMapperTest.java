package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.unsdcf.uninfo.Fixtures.csv;
import static org.unsdcf.uninfo.Fixtures.readCsv;
import static org.unsdcf.uninfo.Fixtures.row;
import static org.unsdcf.uninfo.Fixtures.with;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.MarkerKind;
import org.unsdcf.core.model.MarkerNarrative;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.validation.Severity;

/**
 * How {@link RowMapper} maps each cell of a record or names it by a problem (design.md §14, §20):
 * the code, severity, row, column and value of each problem, and what the row becomes.
 */
class RowMapperTest {

  private static List<SubOutput> entries(UnInfoImport r) {
    return r.plans().stream().flatMap(p -> p.jointWorkPlans().get(0).entries().stream()).toList();
  }

  private static SubOutput only(UnInfoImport r) {
    assertThat(entries(r)).hasSize(1);
    return entries(r).get(0);
  }

  private static List<UnInfoProblem> problems(UnInfoImport r, UnInfoProblemCode code) {
    return r.problems().stream().filter(p -> p.code() == code).toList();
  }

  private static void assertOnly(
      UnInfoImport r,
      UnInfoProblemCode code,
      Severity severity,
      int row,
      String column,
      String value) {
    assertThat(problems(r, code))
        .extracting(
            UnInfoProblem::severity,
            UnInfoProblem::row,
            UnInfoProblem::column,
            UnInfoProblem::value)
        .containsExactly(tuple(severity, row, column, value));
  }

  private static Map<String, String> blank() {
    Map<String, String> r = new LinkedHashMap<>();
    for (String h : Fixtures.HEADER) {
      r.put(h, "");
    }
    return r;
  }

  // ---- records that are not imported ----

  @Test
  void should_skip_a_blank_record_without_a_problem() {
    UnInfoImport r = readCsv(csv(blank(), with(row(), "ID", "2")));

    assertThat(entries(r)).extracting(SubOutput::code).containsExactly("2");
    assertThat(r.problems()).noneMatch(p -> p.severity() != Severity.INFO);
    assertThat(r.problems()).noneMatch(p -> p.row() == 2);
  }

  @ParameterizedTest
  @CsvSource({
    "Country, Country",
    "Plan name, Plan name",
    "ID, ID",
    "Start date, Start date",
    "End date, End date",
    "Status, Status",
  })
  void should_not_import_a_row_missing_a_required_value(String column, String reported) {
    UnInfoImport r = readCsv(csv(with(row(), column, "-"), with(row(), "ID", "2")));

    assertThat(entries(r)).extracting(SubOutput::code).containsExactly("2");
    assertOnly(r, UnInfoProblemCode.VALUE_REQUIRED, Severity.ERROR, 2, reported, "");
  }

  @Test
  void should_not_import_a_row_without_agency() {
    UnInfoImport r = readCsv(csv(with(row(), "Agency abbreviations", "-")));

    assertThat(entries(r)).isEmpty();
    assertOnly(r, UnInfoProblemCode.AGENCY_MISSING, Severity.ERROR, 2, "Agency abbreviations", "");
  }

  @Test
  void should_not_import_a_row_whose_id_keeps_no_code_character() {
    UnInfoImport r = readCsv(csv(with(row(), "ID", "###"), with(row(), "ID", "2")));

    assertThat(entries(r)).extracting(SubOutput::code).containsExactly("2");
    assertOnly(r, UnInfoProblemCode.VALUE_INVALID, Severity.ERROR, 2, "ID", "###");
  }

  @Test
  void should_read_an_id_that_is_no_code_as_a_code() {
    UnInfoImport r = readCsv(csv(with(row(), "ID", "10 74")));

    assertThat(only(r).code()).isEqualTo("10-74");
    assertOnly(r, UnInfoProblemCode.VALUE_CHANGED, Severity.WARNING, 2, "ID", "10 74");
  }

  @Test
  void should_not_import_a_row_that_ends_before_it_starts() {
    UnInfoImport r =
        readCsv(
            csv(
                with(row(), "Start date", "2023-08-02", "End date", "2023-08-01"),
                with(row(), "ID", "2", "Start date", "2023-08-01", "End date", "2023-08-01")));

    assertThat(entries(r)).extracting(SubOutput::code).containsExactly("2");
    assertOnly(r, UnInfoProblemCode.VALUE_INVALID, Severity.ERROR, 2, "End date", "2023-08-01");
  }

  @Test
  void should_accept_dates_from_1945_to_2100_only() {
    UnInfoImport r =
        readCsv(
            csv(
                with(
                    row(),
                    "ID",
                    "1",
                    "Plan name",
                    "Plan 1944-1946",
                    "Start date",
                    "1944-12-31",
                    "End date",
                    "1945-01-01"),
                with(
                    row(),
                    "ID",
                    "2",
                    "Plan name",
                    "Plan 1944-1946",
                    "Start date",
                    "1945-01-01",
                    "End date",
                    "1945-01-01"),
                with(
                    row(),
                    "ID",
                    "3",
                    "Plan name",
                    "Plan 2099-2101",
                    "Start date",
                    "2100-12-31",
                    "End date",
                    "2100-12-31"),
                with(
                    row(),
                    "ID",
                    "4",
                    "Plan name",
                    "Plan 2099-2101",
                    "Start date",
                    "2100-12-31",
                    "End date",
                    "2101-01-01"),
                with(row(), "ID", "5", "End date", "2023-11-30 00:00:00")));

    assertThat(entries(r)).extracting(SubOutput::code).containsExactly("2", "3", "5");
    assertThat(problems(r, UnInfoProblemCode.VALUE_INVALID))
        .extracting(UnInfoProblem::row, UnInfoProblem::column, UnInfoProblem::value)
        .containsExactly(tuple(2, "Start date", "1944-12-31"), tuple(5, "End date", "2101-01-01"));
  }

  // ---- cells not mapped ----

  @Test
  void should_report_each_cell_beyond_the_header() {
    String file = new String(csv(row()), StandardCharsets.UTF_8) + ",\"\",\"-\",\"extra\"\r\n";

    UnInfoImport r = readCsv(file.getBytes(StandardCharsets.UTF_8));

    assertThat(problems(r, UnInfoProblemCode.CELL_NOT_MAPPED))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Severity.INFO);
              assertThat(p.row()).isEqualTo(2);
              assertThat(p.column()).isEmpty();
              assertThat(p.value()).isEqualTo("extra");
              assertThat(p.message()).contains("cell " + (Fixtures.HEADER.size() + 3));
            });
    assertThat(entries(r)).hasSize(1);
  }

  /** A column moved first lies at index 0, which each lookup must still find. */
  @ParameterizedTest
  @ValueSource(
      strings = {"Focal users", "2023 Narrative", "2023 Required", "Total available resources"})
  void should_read_the_same_whatever_column_comes_first(String first) {
    List<String> header = new ArrayList<>();
    header.add(first);
    Fixtures.HEADER.stream().filter(h -> !h.equals(first)).forEach(header::add);
    Map<String, String> cells =
        with(row(), "Focal users", "Jane Roe", "2023 Narrative", "Done", "2023 Required", "7");
    cells.put("Total required resources", "7");

    UnInfoImport reordered = readCsv(csv(header, List.of(cells)));
    UnInfoImport standard = readCsv(csv(Fixtures.HEADER, List.of(cells)));

    assertThat(reordered.plans()).isEqualTo(standard.plans());
    assertThat(reordered.problems()).isEqualTo(standard.problems());
    assertThat(only(reordered).progressNarratives())
        .singleElement()
        .satisfies(n -> assertThat(n.text()).isEqualTo("Done"));
    assertThat(only(reordered).funding().get(0).required().amount())
        .isEqualByComparingTo(BigDecimal.valueOf(7));
    assertOnly(
        reordered, UnInfoProblemCode.PERSONAL_DATA_NOT_READ, Severity.INFO, 2, "Focal users", "");
    assertThat(reordered.problems()).noneMatch(p -> p.severity() != Severity.INFO);
  }

  // ---- the plan's tree ----

  @Test
  void should_report_a_title_without_code_at_the_title_and_a_code_keeping_nothing_at_the_code() {
    UnInfoImport r =
        readCsv(csv(with(row(), "Outcome code", "-", "Output code", "...", "Output", "-")));

    assertThat(problems(r, UnInfoProblemCode.PARENT_UNSPECIFIED))
        .extracting(
            UnInfoProblem::severity,
            UnInfoProblem::row,
            UnInfoProblem::column,
            UnInfoProblem::value)
        .containsExactly(
            tuple(Severity.INFO, 2, "Outcome", "People use quality social services"),
            tuple(Severity.INFO, 2, "Output code", "..."));
    var outcome = r.plans().get(0).priorityAreas().get(0).outcomes().get(0);
    assertThat(outcome.code()).isEqualTo("OC0");
    assertThat(outcome.title()).isEqualTo("Unspecified outcome");
    assertThat(outcome.outputs().get(0).code()).isEqualTo("OU0");
  }

  @Test
  void should_title_an_untitled_output_by_its_display_code_up_to_the_name_limit() {
    String fits = "9".repeat(CellReader.MAX_NAME - "Output ".length());
    String over = fits + "8";
    UnInfoImport r =
        readCsv(
            csv(
                with(row(), "Output code", fits, "Output", "-"),
                with(row(), "ID", "2", "Output code", over, "Output", "-")));

    var outputs = r.plans().get(0).priorityAreas().get(0).outcomes().get(0).outputs();
    assertThat(outputs.get(0).title()).isEqualTo("Output " + fits);
    assertThat(outputs.get(1).title()).isEqualTo("Output " + outputs.get(1).code());
    assertThat(outputs.get(1).code()).hasSize(64);
    assertThat(problems(r, UnInfoProblemCode.VALUE_REQUIRED))
        .extracting(
            UnInfoProblem::severity,
            UnInfoProblem::row,
            UnInfoProblem::column,
            UnInfoProblem::value)
        .containsExactly(
            tuple(Severity.WARNING, 2, "Output", ""), tuple(Severity.WARNING, 3, "Output", ""));
  }

  @Test
  void should_title_an_untitled_sub_output_by_its_id() {
    UnInfoImport r = readCsv(csv(with(row(), "Sub-Output", "-")));

    assertThat(only(r).title()).isEqualTo("Sub-output 107407");
    assertOnly(r, UnInfoProblemCode.VALUE_REQUIRED, Severity.WARNING, 2, "Sub-Output", "");
  }

  // ---- period ----

  @Test
  void should_take_the_period_from_the_start_and_end_years() {
    UnInfoImport r =
        readCsv(
            csv(
                with(
                    row(),
                    "Plan name",
                    "A plan",
                    "Start date",
                    "2021-01-01",
                    "End date",
                    "2024-12-31")));

    assertThat(r.plans().get(0).code()).isEqualTo("KGZ-2021-2024");
    assertOnly(r, UnInfoProblemCode.PERIOD_FROM_ROWS, Severity.WARNING, 2, "Plan name", "A plan");
  }

  @Test
  void should_take_the_period_from_the_funding_years_too() {
    UnInfoImport r =
        readCsv(
            csv(
                with(
                    row(),
                    "Plan name",
                    "A plan",
                    "2019 Required",
                    "5",
                    "2026 Required",
                    "5",
                    "Total required resources",
                    "120010")));

    assertThat(r.plans().get(0).code()).isEqualTo("KGZ-2019-2026");
  }

  // ---- agencies ----

  @Test
  void should_assume_a_lead_only_when_more_than_one_agency_is_listed() {
    UnInfoImport one = readCsv(csv(row()));
    UnInfoImport two = readCsv(csv(with(row(), "Agency abbreviations", "UN Women, IOM")));

    assertThat(problems(one, UnInfoProblemCode.LEAD_ASSUMED)).isEmpty();
    assertOnly(
        two,
        UnInfoProblemCode.LEAD_ASSUMED,
        Severity.INFO,
        2,
        "Agency abbreviations",
        "UN-Women, IOM");
  }

  @Test
  void should_report_a_repeated_agency_and_one_keeping_no_code_character() {
    UnInfoImport r = readCsv(csv(with(row(), "Agency abbreviations", "IOM, ###, IOM")));

    assertThat(only(r).agencies()).containsExactly("IOM");
    assertOnly(
        r, UnInfoProblemCode.DUPLICATE_ITEM, Severity.INFO, 2, "Agency abbreviations", "IOM");
    assertOnly(
        r, UnInfoProblemCode.AGENCY_UNKNOWN, Severity.WARNING, 2, "Agency abbreviations", "###");
  }

  @Test
  void should_not_import_a_row_whose_only_agency_keeps_no_code_character() {
    UnInfoImport r = readCsv(csv(with(row(), "Agency abbreviations", "###")));

    assertThat(entries(r)).isEmpty();
    assertOnly(
        r, UnInfoProblemCode.AGENCY_MISSING, Severity.ERROR, 2, "Agency abbreviations", "###");
  }

  @Test
  void should_report_an_unknown_agency_at_each_of_its_rows() {
    UnInfoImport r =
        readCsv(
            csv(
                with(row(), "ID", "1", "Agency abbreviations", "Acme Fund"),
                with(row(), "ID", "2", "Agency abbreviations", "Acme Fund"),
                with(row(), "ID", "3", "Agency abbreviations", "IOM"),
                with(row(), "ID", "4", "Agency abbreviations", "IOM")));

    assertThat(problems(r, UnInfoProblemCode.AGENCY_UNKNOWN))
        .extracting(UnInfoProblem::row, UnInfoProblem::value)
        .containsExactly(tuple(2, "Acme Fund"), tuple(3, "Acme Fund"));
    assertThat(entries(r))
        .extracting(SubOutput::leadEntity)
        .containsExactly("Acme-Fund", "Acme-Fund", "IOM", "IOM");
  }

  @Test
  void should_split_agencies_keeping_a_trailing_comma() {
    assertThat(RowMapper.splitKeepingTrailingComma("UNFPA, UNICEF, UNICEF,", ", "))
        .containsExactly("UNFPA", "UNICEF", "UNICEF,");
    assertThat(RowMapper.splitKeepingTrailingComma(", IOM, -", ", ")).containsExactly("IOM");
    assertThat(RowMapper.splitKeepingTrailingComma("IOM", "; ")).containsExactly("IOM");
  }

  // ---- repeated cells with a problem are reported at each row ----

  @ParameterizedTest
  @CsvSource({
    "Contributing partners, 'UNDP, UNDP', UNDP",
    "Implementation partners, 'Red Cross, Red Cross', Red Cross",
    "Geography, 'Osh, Osh', Osh",
    "SDG Targets, '10.7 Migration, 10.7 Again', 10.7 Again",
  })
  void should_report_a_repeated_item_at_each_row_of_a_repeated_cell(
      String column, String cell, String value) {
    UnInfoImport r =
        readCsv(
            csv(
                with(row(), "ID", "1", column, cell),
                with(row(), "ID", "2", column, cell),
                with(row(), "ID", "3", column, cell)));

    assertThat(problems(r, UnInfoProblemCode.DUPLICATE_ITEM))
        .extracting(
            UnInfoProblem::severity,
            UnInfoProblem::row,
            UnInfoProblem::column,
            UnInfoProblem::value)
        .containsExactly(
            tuple(Severity.INFO, 2, column, value),
            tuple(Severity.INFO, 3, column, value),
            tuple(Severity.INFO, 4, column, value));
    assertThat(entries(r)).hasSize(3);
  }

  // ---- SDG goals against targets ----

  @Test
  void should_report_goals_absent_while_targets_are_listed() {
    UnInfoImport r = readCsv(csv(with(row(), "SDG Goals", "-")));

    assertThat(only(r).sdgTargets()).containsExactly("10.7");
    assertOnly(r, UnInfoProblemCode.SDG_GOAL_MISMATCH, Severity.INFO, 2, "SDG Goals", "");
  }

  @Test
  void should_report_goals_listed_without_targets() {
    UnInfoImport r = readCsv(csv(with(row(), "SDG Targets", "-")));

    assertThat(only(r).sdgTargets()).isEmpty();
    assertOnly(
        r,
        UnInfoProblemCode.SDG_GOAL_MISMATCH,
        Severity.INFO,
        2,
        "SDG Goals",
        "10 Reduced Inequalities");
  }

  @Test
  void should_not_compare_goals_when_neither_cell_names_one() {
    UnInfoImport none = readCsv(csv(with(row(), "SDG Targets", "-", "SDG Goals", "-")));
    UnInfoImport invalid = readCsv(csv(with(row(), "SDG Targets", "Migration", "SDG Goals", "-")));

    assertThat(none.problems()).isEmpty();
    assertThat(problems(invalid, UnInfoProblemCode.SDG_GOAL_MISMATCH)).isEmpty();
    assertOnly(
        invalid,
        UnInfoProblemCode.SDG_TARGET_INVALID,
        Severity.WARNING,
        2,
        "SDG Targets",
        "Migration");
  }

  @Test
  void should_report_a_goal_mismatch_at_each_row_of_a_repeated_cell() {
    UnInfoImport r =
        readCsv(
            csv(
                with(row(), "ID", "1", "SDG Goals", "4 Quality Education"),
                with(row(), "ID", "2", "SDG Goals", "4 Quality Education")));

    assertThat(problems(r, UnInfoProblemCode.SDG_GOAL_MISMATCH))
        .extracting(UnInfoProblem::row, UnInfoProblem::value)
        .containsExactly(tuple(2, "4 Quality Education"), tuple(3, "4 Quality Education"));
  }

  // ---- narratives, tags, joint programmes ----

  @Test
  void should_read_the_four_marker_narratives() {
    UnInfoImport r =
        readCsv(
            csv(
                with(
                    row(),
                    "Gender marker narrative",
                    "g",
                    "Human rights marker narrative",
                    "h",
                    "Sustaining peace marker narrative",
                    "p",
                    "Humanitarian marker narrative",
                    "u")));

    assertThat(only(r).markerNarratives())
        .extracting(MarkerNarrative::marker, MarkerNarrative::text)
        .containsExactlyInAnyOrder(
            tuple(MarkerKind.GENDER_EQUALITY, "g"),
            tuple(MarkerKind.HUMAN_RIGHTS, "h"),
            tuple(MarkerKind.SUSTAINING_PEACE, "p"),
            tuple(MarkerKind.HUMANITARIAN, "u"));
  }

  @Test
  void should_read_a_tag_value_as_a_code_or_report_it() {
    UnInfoImport changed = readCsv(csv(with(row(), "Humanitarian marker", "Appeal 2023")));
    UnInfoImport invalid = readCsv(csv(with(row(), "Humanitarian marker", "###")));

    assertThat(only(changed).tags()).contains(Tag.of("UNINFO_HUMANITARIAN_MARKER", "Appeal-2023"));
    assertOnly(
        changed,
        UnInfoProblemCode.VALUE_CHANGED,
        Severity.WARNING,
        2,
        "Humanitarian marker",
        "Appeal 2023");
    assertThat(only(invalid).tags())
        .noneMatch(t -> t.vocabulary().equals("UNINFO_HUMANITARIAN_MARKER"));
    assertOnly(
        invalid,
        UnInfoProblemCode.VALUE_INVALID,
        Severity.WARNING,
        2,
        "Humanitarian marker",
        "###");
  }

  @Test
  void should_read_the_first_joint_programme_name_as_a_code_and_report_the_others() {
    UnInfoImport r =
        readCsv(
            csv(
                with(
                    row(),
                    "Joint Programmes / Initiatives names",
                    "Youth Jobs, Other programme",
                    "Joint Programmes / Initiatives types",
                    "Joint programme, ###")));

    assertThat(only(r).jointProgramme()).contains("Youth-Jobs");
    assertThat(only(r).tags()).contains(Tag.of("UNINFO_JOINT_PROGRAMME_TYPE", "Joint-programme"));
    String names = "Joint Programmes / Initiatives names";
    String types = "Joint Programmes / Initiatives types";
    assertOnly(r, UnInfoProblemCode.VALUE_CHANGED, Severity.INFO, 2, names, "Youth Jobs");
    assertOnly(r, UnInfoProblemCode.CELL_NOT_MAPPED, Severity.WARNING, 2, names, "Other programme");
    assertOnly(r, UnInfoProblemCode.VALUE_INVALID, Severity.WARNING, 2, types, "###");
  }

  @Test
  void should_drop_a_joint_programme_type_read_as_the_code_of_an_earlier_one_and_keep_the_row() {
    UnInfoImport r =
        readCsv(
            csv(
                with(
                    row(),
                    "Joint Programmes / Initiatives types",
                    "Joint programme, Joint-programme")));

    assertThat(only(r).tags())
        .filteredOn(t -> t.vocabulary().equals("UNINFO_JOINT_PROGRAMME_TYPE"))
        .containsExactly(Tag.of("UNINFO_JOINT_PROGRAMME_TYPE", "Joint-programme"));
    assertOnly(
        r,
        UnInfoProblemCode.DUPLICATE_ITEM,
        Severity.INFO,
        2,
        "Joint Programmes / Initiatives types",
        "Joint-programme");
  }

  @Test
  void should_keep_a_joint_programme_name_that_is_a_code_without_a_problem() {
    UnInfoImport ok = readCsv(csv(with(row(), "Joint Programmes / Initiatives names", "JP-1")));
    UnInfoImport bad = readCsv(csv(with(row(), "Joint Programmes / Initiatives names", "###")));

    assertThat(only(ok).jointProgramme()).contains("JP-1");
    assertThat(ok.problems()).isEmpty();
    assertThat(only(bad).jointProgramme()).isEmpty();
    assertOnly(
        bad,
        UnInfoProblemCode.VALUE_INVALID,
        Severity.WARNING,
        2,
        "Joint Programmes / Initiatives names",
        "###");
  }

  // ---- funding ----

  @Test
  void should_not_import_amounts_of_years_outside_1945_to_2100() {
    List<String> header = new ArrayList<>(Fixtures.HEADER);
    header.addAll(
        List.of(
            "1944 Required", "1945 Required", "2100 Required", "2101 Required", "2102 Available"));
    Map<String, String> cells =
        with(
            row(),
            "1944 Required",
            "1",
            "1945 Required",
            "2",
            "2100 Required",
            "3",
            "2101 Required",
            "4",
            "2102 Available",
            "5",
            "Total required resources",
            "120005");

    UnInfoImport r = readCsv(csv(header, List.of(cells)));

    assertThat(only(r).funding())
        .extracting(f -> f.year().getValue())
        .containsExactly(1945, 2023, 2100);
    assertThat(problems(r, UnInfoProblemCode.VALUE_INVALID))
        .extracting(
            UnInfoProblem::severity,
            UnInfoProblem::row,
            UnInfoProblem::column,
            UnInfoProblem::value)
        .containsExactly(
            tuple(Severity.ERROR, 2, "1944 Required", ""),
            tuple(Severity.ERROR, 2, "2101 Required", ""),
            tuple(Severity.ERROR, 2, "2102 Available", ""));
    assertThat(problems(r, UnInfoProblemCode.TOTAL_MISMATCH)).isEmpty();
  }

  /** Found by ActivityReportReaderFuzzTest: a "1008 Narrative" cell threw out of the reader. */
  @Test
  void should_report_not_throw_on_a_narrative_of_a_year_outside_1945_to_2100() {
    List<String> header = new ArrayList<>(Fixtures.HEADER);
    header.addAll(List.of("1008 Narrative", "1945 Narrative", "2100 Narrative", "2101 Narrative"));
    Map<String, String> cells =
        with(
            row(),
            "1008 Narrative",
            "Too early",
            "1945 Narrative",
            "First",
            "2100 Narrative",
            "Last",
            "2101 Narrative",
            "Too late");

    UnInfoImport r = readCsv(csv(header, List.of(cells)));

    assertThat(only(r).progressNarratives())
        .extracting(n -> n.year().getValue(), n -> n.text())
        .containsExactly(tuple(1945, "First"), tuple(2100, "Last"));
    assertThat(problems(r, UnInfoProblemCode.VALUE_INVALID))
        .extracting(
            UnInfoProblem::severity,
            UnInfoProblem::row,
            UnInfoProblem::column,
            UnInfoProblem::value)
        .containsExactly(
            tuple(Severity.ERROR, 2, "1008 Narrative", "Too early"),
            tuple(Severity.ERROR, 2, "2101 Narrative", "Too late"));
  }

  @Test
  void should_name_the_required_column_of_a_year_outside_the_range_even_when_it_comes_first() {
    List<String> header = new ArrayList<>(List.of("1944 Required", "1944 Available"));
    header.addAll(Fixtures.HEADER);

    UnInfoImport r =
        readCsv(csv(header, List.of(with(row(), "1944 Required", "1", "1944 Available", "2"))));

    assertOnly(r, UnInfoProblemCode.VALUE_INVALID, Severity.ERROR, 2, "1944 Required", "");
    assertThat(only(r).funding()).extracting(f -> f.year().getValue()).containsExactly(2023);
  }

  /** Found by ActivityReportReaderFuzzTest: a year with only an Expenditure column threw. */
  @Test
  void should_name_the_expenditure_column_of_a_year_outside_the_range_that_has_only_that() {
    List<String> header = new ArrayList<>(Fixtures.HEADER);
    header.add("4034 Expenditure");

    UnInfoImport r = readCsv(csv(header, List.of(with(row(), "4034 Expenditure", "5"))));

    assertOnly(r, UnInfoProblemCode.VALUE_INVALID, Severity.ERROR, 2, "4034 Expenditure", "");
    assertThat(only(r).funding()).extracting(f -> f.year().getValue()).containsExactly(2023);
  }

  @ParameterizedTest
  @CsvSource({
    "Total required resources, 120001",
    "Total available resources, 80001",
    "Total expenditure resources, 60001",
    "Total available resources, abc",
    "Total expenditure resources, 6e4",
  })
  void should_report_a_total_that_is_not_the_sum_of_the_years(String column, String total) {
    UnInfoImport r = readCsv(csv(with(row(), column, total)));

    assertOnly(r, UnInfoProblemCode.TOTAL_MISMATCH, Severity.WARNING, 2, column, total);
  }

  @Test
  void should_accept_totals_equal_to_the_sum_written_otherwise() {
    UnInfoImport r =
        readCsv(
            csv(
                with(
                    row(),
                    "Total required resources",
                    "120000.00",
                    "Total available resources",
                    "-",
                    "Total expenditure resources",
                    "")));

    assertThat(r.problems()).isEmpty();
  }

  @Test
  void should_say_why_an_amount_is_read_as_zero() {
    UnInfoImport r =
        readCsv(
            csv(
                with(
                    row(),
                    "2023 Required",
                    "-5",
                    "2023 Available",
                    "lots",
                    "Total required resources",
                    "0",
                    "Total available resources",
                    "0")));

    assertThat(problems(r, UnInfoProblemCode.VALUE_INVALID))
        .extracting(UnInfoProblem::column, UnInfoProblem::value, UnInfoProblem::message)
        .containsExactly(
            tuple("2023 Required", "-5", "a negative amount: read as 0"),
            tuple("2023 Available", "lots", "'lots' is not an amount: read as 0"));
  }

  @Test
  void should_read_amounts_of_10_to_the_15_or_more_as_zero() {
    String below = "999999999999999.9999";
    UnInfoImport r =
        readCsv(
            csv(
                with(
                    row(),
                    "2023 Required",
                    below,
                    "2023 Available",
                    "1000000000000000",
                    "Total required resources",
                    below,
                    "Total available resources",
                    "0")));

    FundingLine f = only(r).funding().get(0);
    assertThat(f.required().amount()).isEqualByComparingTo(new BigDecimal(below));
    assertThat(f.available().amount()).isEqualByComparingTo(BigDecimal.ZERO);
    assertOnly(
        r,
        UnInfoProblemCode.VALUE_INVALID,
        Severity.ERROR,
        2,
        "2023 Available",
        "1000000000000000");
  }

  @Test
  void should_round_an_amount_to_four_decimals_only_where_it_has_more() {
    UnInfoImport r =
        readCsv(
            csv(
                with(
                    row(),
                    "2023 Required",
                    "1.12345",
                    "2023 Available",
                    "1.12340000",
                    "2023 Expenditure",
                    "1.1234",
                    "Total required resources",
                    "1.1234",
                    "Total available resources",
                    "1.1234",
                    "Total expenditure resources",
                    "1.1234")));

    FundingLine f = only(r).funding().get(0);
    assertThat(f.required().amount()).isEqualByComparingTo("1.1234");
    assertThat(f.available().amount()).isEqualByComparingTo("1.1234");
    assertThat(f.expenditure().get().amount()).isEqualByComparingTo("1.1234");
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(UnInfoProblemCode.VALUE_CHANGED);
              assertThat(p.severity()).isEqualTo(Severity.WARNING);
              assertThat(p.column()).isEqualTo("2023 Required");
              assertThat(p.value()).isEqualTo("1.12345");
              assertThat(p.message()).isEqualTo("amounts keep 4 decimals: read as 1.1234");
            });
  }
}
