package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.uninfo.Fixtures.csv;
import static org.unsdcf.uninfo.Fixtures.readCsv;
import static org.unsdcf.uninfo.Fixtures.readXlsx;
import static org.unsdcf.uninfo.Fixtures.row;
import static org.unsdcf.uninfo.Fixtures.with;
import static org.unsdcf.uninfo.Fixtures.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.JwpStatus;
import org.unsdcf.core.model.LocationLevel;
import org.unsdcf.core.model.Marker;
import org.unsdcf.core.model.MarkerKind;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.validation.Severity;

class ActivityReportReaderTest {

  private static SubOutput only(UnInfoImport r) {
    assertThat(r.plans()).hasSize(1);
    assertThat(r.plans().get(0).jointWorkPlans()).hasSize(1);
    List<SubOutput> entries = r.plans().get(0).jointWorkPlans().get(0).entries();
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }

  private static List<UnInfoProblemCode> codes(UnInfoImport r, Severity severity) {
    return r.problems().stream()
        .filter(p -> p.severity() == severity)
        .map(UnInfoProblem::code)
        .collect(Collectors.toList());
  }

  @Test
  void should_read_a_row_into_a_plan_with_one_draft_joint_work_plan() {
    UnInfoImport r = readCsv(csv(row()));

    CooperationFramework plan = r.plans().get(0);
    assertThat(plan.code()).isEqualTo("KGZ-2023-2027");
    assertThat(plan.countries()).containsExactly("KGZ");
    assertThat(plan.currency()).isEqualTo("USD");
    assertThat(plan.period().start()).isEqualTo(Year.of(2023));
    assertThat(plan.period().end()).isEqualTo(Year.of(2027));
    assertThat(plan.priorityAreas())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.code()).isEqualTo("SP1");
              assertThat(a.displayCode()).contains("1");
              assertThat(a.outcomes())
                  .singleElement()
                  .satisfies(
                      o -> {
                        assertThat(o.code()).isEqualTo("OC1.1");
                        assertThat(o.displayCode()).contains("1.1.");
                        assertThat(o.outputs())
                            .singleElement()
                            .satisfies(u -> assertThat(u.code()).isEqualTo("OU1.1.1"));
                      });
            });
    assertThat(plan.jointWorkPlans().get(0).code()).isEqualTo("KGZ-2023-2027-JWP");
    assertThat(plan.jointWorkPlans().get(0).status()).isEqualTo(JwpStatus.DRAFT);
    assertThat(plan.jointWorkPlans().get(0).version()).isEqualTo(1);
    SubOutput s = only(r);
    assertThat(s.code()).isEqualTo("107407");
    assertThat(s.displayCode()).contains("1.1.1.01");
    assertThat(s.outputCode()).isEqualTo("OU1.1.1");
    assertThat(s.status()).isEqualTo(ImplementationStatus.CLOSED);
    assertThat(s.start()).isEqualTo(LocalDate.of(2023, 8, 1));
    assertThat(s.leadEntity()).isEqualTo("IOM");
    assertThat(s.contributingPartners()).containsExactly(PartnerRef.of("USAID"));
    assertThat(s.sdgTargets()).containsExactly("10.7");
    assertThat(s.geographicScope())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.level()).isEqualTo(LocationLevel.NATIONAL);
              assertThat(l.code()).contains("KGZ");
            });
    assertThat(s.genderEqualityMarker()).contains(Marker.SIGNIFICANT);
    assertThat(s.tags()).contains(Tag.of("UNINFO_PUBLISHED", "Yes"));
    assertThat(s.funding())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.year()).isEqualTo(Year.of(2023));
              assertThat(f.agency()).isEqualTo("IOM");
              assertThat(f.contributingPartner()).contains(PartnerRef.of("USAID"));
              assertThat(f.required()).isEqualTo(Money.of(120000, "USD"));
              assertThat(f.expenditure()).contains(Money.of(60000, "USD"));
            });
    assertThat(r.rows()).isEqualTo(1);
    assertThat(codes(r, Severity.ERROR)).isEmpty();
    assertThat(codes(r, Severity.WARNING)).isEmpty();
  }

  @Test
  void should_refuse_a_header_without_a_required_column() {
    List<String> header = Fixtures.HEADER.stream().filter(h -> !h.equals("Status")).toList();
    byte[] file = csv(header, List.of(row()));

    assertThatThrownBy(() -> readCsv(file))
        .isInstanceOfSatisfying(
            UnInfoReadException.class,
            e -> {
              assertThat(e.problems())
                  .singleElement()
                  .satisfies(
                      p -> {
                        assertThat(p.code()).isEqualTo(UnInfoProblemCode.HEADER_MISMATCH);
                        assertThat(p.column()).isEqualTo("Status");
                      });
              assertThat(e.getMessage()).startsWith("row 1, column 'Status': ");
            });
  }

  @Test
  void should_report_each_absent_optional_column_once() {
    List<String> header = Fixtures.HEADER.stream().filter(h -> !h.equals("QCPR function")).toList();

    UnInfoImport r = readCsv(csv(header, List.of(row(), row())));

    assertThat(r.problems())
        .filteredOn(p -> p.code() == UnInfoProblemCode.COLUMN_ABSENT)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(1);
              assertThat(p.column()).isEqualTo("QCPR function");
              assertThat(p.severity()).isEqualTo(Severity.INFO);
            });
  }

  @Test
  void should_map_kosovo_turkiye_and_moldova_through_the_alias_table() {
    UnInfoImport r =
        readCsv(
            csv(
                with(row(), "Country", "Kosovo", "Geography", "Kosovo"),
                with(row(), "Country", "Türkiye", "ID", "2"),
                with(row(), "Country", "Moldova, Republic of", "ID", "3")));

    assertThat(r.plans())
        .extracting(p -> p.countries().get(0))
        .containsExactly("XKX", "TUR", "MDA");
    assertThat(r.plans().get(0).code()).isEqualTo("XKX-2023-2027");
  }

  @Test
  void should_not_import_the_rows_of_an_unknown_country() {
    UnInfoImport r = readCsv(csv(with(row(), "Country", "Atlantis"), with(row(), "ID", "2")));

    assertThat(r.plans())
        .singleElement()
        .satisfies(p -> assertThat(p.countries()).containsExactly("KGZ"));
    assertThat(r.problems())
        .filteredOn(p -> p.severity() == Severity.ERROR)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(UnInfoProblemCode.COUNTRY_UNKNOWN);
              assertThat(p.row()).isEqualTo(2);
            });
  }

  @Test
  void should_split_lists_drop_repeats_and_keep_names_holding_the_separator() {
    UnInfoImport r =
        readCsv(
            csv(
                with(
                    row(),
                    "Geography",
                    "Leilek, Batken, Batken, Kyrgyzstan",
                    "Contributing partners",
                    "European Commission, Core funds, United Nations Educational, Scientific and"
                        + " Cultural Organisation, United Nations Children's Fund",
                    "LNOB groups targeted",
                    "Human rights defenders (incl. NGOs, journalists), Children")));

    SubOutput s = only(r);
    assertThat(s.geographicScope())
        .extracting(l -> l.name() + "/" + l.level())
        .containsExactly("Leilek/SUBNATIONAL", "Batken/SUBNATIONAL", "Kyrgyzstan/NATIONAL");
    assertThat(s.contributingPartners())
        .extracting(PartnerRef::name)
        .containsExactly(
            "European Commission, Core funds",
            "United Nations Educational, Scientific and Cultural Organisation",
            "United Nations Children's Fund");
    assertThat(s.contributingPartners().get(2).iatiOrgId()).contains("XM-DAC-41122");
    assertThat(s.targetGroups())
        .containsExactly("Human rights defenders (incl. NGOs, journalists)", "Children");
    assertThat(r.problems())
        .filteredOn(p -> p.code() == UnInfoProblemCode.DUPLICATE_ITEM)
        .singleElement()
        .satisfies(p -> assertThat(p.column()).isEqualTo("Geography"));
    assertThat(s.funding().get(0).contributingPartner()).isEmpty();
  }

  @Test
  void should_take_the_first_agency_as_lead_and_report_pseudo_and_unknown_agencies() {
    UnInfoImport r =
        readCsv(csv(with(row(), "Agency abbreviations", "UN Women, UNFPA, UNICEF,, Acme Fund")));

    SubOutput s = only(r);
    assertThat(s.agencies()).containsExactly("UN-Women", "UNFPA", "Acme-Fund");
    assertThat(s.leadEntity()).isEqualTo("UN-Women");
    assertThat(s.funding()).allSatisfy(f -> assertThat(f.agency()).isEqualTo("UN-Women"));
    assertThat(r.problems())
        .extracting(UnInfoProblem::code)
        .contains(
            UnInfoProblemCode.LEAD_ASSUMED,
            UnInfoProblemCode.AGENCY_PSEUDO,
            UnInfoProblemCode.AGENCY_UNKNOWN);
  }

  @Test
  void should_make_a_funding_line_per_year_with_any_cell_including_an_explicit_zero() {
    UnInfoImport r =
        readCsv(
            csv(
                with(
                    row(),
                    "2024 Required",
                    "0",
                    "2024 Available",
                    "-",
                    "2025 Required",
                    "-",
                    "2025 Available",
                    "-",
                    "2025 Expenditure",
                    "-",
                    "Total expenditure resources",
                    "60000")));

    assertThat(only(r).funding())
        .extracting(FundingLine::year)
        .containsExactly(Year.of(2023), Year.of(2024));
    assertThat(only(r).funding().get(1).expenditure()).isEmpty();
  }

  @Test
  void should_read_a_negative_or_non_numeric_amount_as_zero_with_an_error() {
    UnInfoImport r = readCsv(csv(with(row(), "2023 Required", "-5", "2023 Available", "lots")));

    assertThat(only(r).funding().get(0).required().amount()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(only(r).funding().get(0).available().amount()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(codes(r, Severity.ERROR))
        .containsExactly(UnInfoProblemCode.VALUE_INVALID, UnInfoProblemCode.VALUE_INVALID);
    assertThat(codes(r, Severity.WARNING)).contains(UnInfoProblemCode.TOTAL_MISMATCH);
  }

  @Test
  void should_report_a_total_that_differs_from_the_year_columns() {
    UnInfoImport r = readCsv(csv(with(row(), "Total required resources", "120001")));

    assertThat(r.problems())
        .filteredOn(p -> p.code() == UnInfoProblemCode.TOTAL_MISMATCH)
        .singleElement()
        .satisfies(p -> assertThat(p.column()).isEqualTo("Total required resources"));
  }

  @Test
  void should_prefix_a_display_code_used_under_two_parents_with_the_parent_code() {
    UnInfoImport r =
        readCsv(
            csv(
                row(),
                with(
                    row(),
                    "ID",
                    "2",
                    "Strategic priority code",
                    "2",
                    "Strategic priority",
                    "Other"),
                with(
                    row(),
                    "ID",
                    "3",
                    "Strategic priority code",
                    "-",
                    "Strategic priority",
                    "-",
                    "Outcome code",
                    "-",
                    "Outcome",
                    "-",
                    "Output code",
                    "-",
                    "Output",
                    "-")));

    var areas = r.plans().get(0).priorityAreas();
    assertThat(areas).extracting(a -> a.code()).containsExactly("SP1", "SP2", "SP0");
    assertThat(areas.get(0).outcomes().get(0).code()).isEqualTo("SP1-OC1.1");
    assertThat(areas.get(1).outcomes().get(0).code()).isEqualTo("SP2-OC1.1");
    assertThat(areas.get(0).outcomes().get(0).outputs().get(0).code())
        .isEqualTo("SP1-OC1.1-OU1.1.1");
    assertThat(areas.get(2).outcomes().get(0).code()).isEqualTo("OC0");
    assertThat(areas.get(2).outcomes().get(0).outputs().get(0).code()).isEqualTo("OU0");
    assertThat(areas.get(2).title()).isEqualTo("Unspecified strategic priority");
    assertThat(codes(r, Severity.INFO)).contains(UnInfoProblemCode.PARENT_UNSPECIFIED);
  }

  @Test
  void should_take_the_period_from_the_rows_when_the_plan_name_has_none() {
    UnInfoImport r =
        readCsv(csv(with(row(), "Plan name", "United Nations Development Assistance Framework")));

    assertThat(r.plans().get(0).code()).isEqualTo("KGZ-2023-2023");
    assertThat(codes(r, Severity.WARNING)).containsExactly(UnInfoProblemCode.PERIOD_FROM_ROWS);
  }

  @Test
  void should_read_periods_written_with_spaces_and_dashes() {
    UnInfoImport r = readCsv(csv(with(row(), "Plan name", "UNSDCF 2023 – 2026")));

    assertThat(r.plans().get(0).code()).isEqualTo("KGZ-2023-2026");
  }

  @Test
  void should_replace_line_breaks_in_a_name_and_keep_them_in_a_text() {
    UnInfoImport r =
        readCsv(csv(with(row(), "Sub-Output", "Online\r\n\tconsultations", "Description", "a\nb")));

    assertThat(only(r).title()).isEqualTo("Online consultations");
    assertThat(only(r).description()).contains("a\nb");
    assertThat(r.problems())
        .filteredOn(p -> p.code() == UnInfoProblemCode.WHITESPACE_REPLACED)
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).doesNotContain("\n").contains("Sub-Output"));
  }

  @Test
  void should_number_rows_by_record_when_a_record_spans_lines() {
    UnInfoImport r =
        readCsv(
            csv(
                with(row(), "Description", "one\ntwo\nthree"),
                with(row(), "ID", "2", "Status", "Sleeping")));

    assertThat(r.problems())
        .filteredOn(p -> p.severity() == Severity.ERROR)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(3);
              assertThat(p.column()).isEqualTo("Status");
              assertThat(p.toString())
                  .startsWith("row 3, column 'Status': status 'Sleeping'")
                  .endsWith("[VALUE_INVALID]");
            });
    assertThat(r.rows()).isEqualTo(2);
  }

  @Test
  void should_not_import_a_row_without_id_or_with_a_bad_date() {
    UnInfoImport r =
        readCsv(
            csv(
                with(row(), "ID", "-"),
                with(row(), "ID", "2", "Start date", "2023-02-30"),
                with(row(), "ID", "3")));

    assertThat(r.plans().get(0).jointWorkPlans().get(0).entries())
        .extracting(SubOutput::code)
        .containsExactly("3");
    assertThat(codes(r, Severity.ERROR))
        .containsExactly(UnInfoProblemCode.VALUE_REQUIRED, UnInfoProblemCode.VALUE_INVALID);
  }

  @Test
  void should_never_read_focal_users_but_say_once_that_it_holds_names() {
    UnInfoImport r =
        readCsv(
            csv(
                with(row(), "Focal users", "Jane Roe"),
                with(row(), "ID", "2", "Focal users", "John Doe")));

    assertThat(r.problems())
        .filteredOn(p -> p.code() == UnInfoProblemCode.PERSONAL_DATA_NOT_READ)
        .singleElement()
        .satisfies(p -> assertThat(p.value()).isEmpty());
    assertThat(r.problems().toString()).doesNotContain("Jane").doesNotContain("John");
    assertThat(r.plans().toString()).doesNotContain("Jane").doesNotContain("John");
  }

  @Test
  void should_report_non_monetary_assistance_and_unknown_columns() {
    List<String> header = new java.util.ArrayList<>(Fixtures.HEADER);
    header.add("Remarks");
    UnInfoImport r =
        readCsv(
            csv(
                header,
                List.of(with(row(), "Non Monetary Assistance", "Trucks", "Remarks", "see annex"))));

    assertThat(r.problems())
        .filteredOn(p -> p.code() == UnInfoProblemCode.CELL_NOT_MAPPED)
        .extracting(UnInfoProblem::column)
        .containsExactlyInAnyOrder("Non Monetary Assistance", "Remarks");
  }

  @Test
  void should_read_markers_narratives_tags_and_also_contributes() {
    UnInfoImport r =
        readCsv(
            csv(
                with(
                    row(),
                    "Humanitarian marker",
                    "Appeal",
                    "Gender marker narrative",
                    "Targets women",
                    "2023 Narrative",
                    "Done",
                    "Suboutput also contributes to the following outputs",
                    "9.9 Unknown, 1.1.1 Migrants have access, 1.2.1 Other output"),
                with(row(), "ID", "2", "Output code", "1.2.1", "Output", "Other output")));

    SubOutput s = r.plans().get(0).jointWorkPlans().get(0).entries().get(0);
    assertThat(s.tags()).contains(Tag.of("UNINFO_HUMANITARIAN_MARKER", "Appeal"));
    assertThat(s.markerNarratives())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.marker()).isEqualTo(MarkerKind.GENDER_EQUALITY);
              assertThat(n.text()).isEqualTo("Targets women");
            });
    assertThat(s.progressNarratives())
        .singleElement()
        .satisfies(n -> assertThat(n.text()).isEqualTo("Done"));
    assertThat(s.additionalOutputs()).containsExactly("OU1.2.1");
    assertThat(r.problems())
        .extracting(UnInfoProblem::code)
        .contains(UnInfoProblemCode.OUTPUT_OWN, UnInfoProblemCode.OUTPUT_UNRESOLVED);
  }

  @Test
  void should_strip_the_formula_guard_the_writer_adds() {
    UnInfoImport r = readCsv(csv(with(row(), "Description", "'=1+2", "Sub-Output", "'-minus")));

    assertThat(only(r).description()).contains("=1+2");
    assertThat(only(r).title()).isEqualTo("-minus");
  }

  @Test
  void should_read_a_utf8_bom() {
    byte[] body = csv(row());
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(body, 0, withBom, 3, body.length);

    assertThat(readCsv(withBom).plans()).hasSize(1);
  }

  @Test
  void should_read_xlsx_numbers_dates_lists_and_formula_errors() {
    byte[] file =
        xlsx(
            with(
                row(),
                "ID",
                "#n:107407",
                "Output code",
                "#n:1.1000000000000001",
                "Start date",
                "#d:45139",
                "End date",
                "#d:45260",
                "2023 Required",
                "#n:77478.080000000002",
                "Total required resources",
                "#n:77478.08",
                "Agency abbreviations",
                "UN Women, IOM",
                "2023 Narrative",
                "#e:- UNFPA continued|#NAME?"));

    UnInfoImport r = readXlsx(file);

    SubOutput s = only(r);
    assertThat(s.code()).isEqualTo("107407");
    assertThat(s.outputCode()).isEqualTo("OU1.1");
    assertThat(s.start()).isEqualTo(LocalDate.of(2023, 8, 1));
    assertThat(s.end()).isEqualTo(LocalDate.of(2023, 11, 30));
    assertThat(s.agencies()).containsExactly("UN-Women", "IOM");
    assertThat(s.funding().get(0).required().amount()).isEqualTo(new BigDecimal("77478.08"));
    assertThat(s.progressNarratives()).isEmpty();
    assertThat(r.problems())
        .filteredOn(p -> p.code() == UnInfoProblemCode.FORMULA_ERROR)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Severity.WARNING);
              assertThat(p.column()).isEqualTo("2023 Narrative");
            });
    assertThat(codes(r, Severity.ERROR)).isEmpty();
  }

  @Test
  void should_escape_control_characters_in_problem_lines() {
    UnInfoProblem p =
        UnInfoProblem.of(
            UnInfoProblemCode.VALUE_INVALID, Severity.ERROR, 2, "Sta\ttus", "x", "bad\nvalue");

    assertThat(p.toString()).isEqualTo("row 2, column 'Sta\\ttus': bad\\nvalue [VALUE_INVALID]");
    assertThat(
            UnInfoProblem.of(
                    UnInfoProblemCode.VALUE_INVALID, Severity.ERROR, 2, "", "x".repeat(300), "m")
                .value())
        .hasSize(200);
  }

  @Test
  void should_refuse_limits_above_their_defaults() {
    assertThatThrownBy(() -> ActivityReportReader.builder().maxRows(1_000_001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxRows");
    assertThatThrownBy(() -> ActivityReportReader.builder().maxCellChars(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_keep_mojibake_verbatim() {
    UnInfoImport r = readCsv(csv(with(row(), "Sub-Output", "Children‚Äôs rights")));

    assertThat(only(r).title()).isEqualTo("Children‚Äôs rights");
  }

  @Test
  void should_keep_derived_codes_within_64_characters_and_distinct() {
    String longCode = "9".repeat(70);
    UnInfoImport r =
        readCsv(
            csv(
                with(row(), "Output code", longCode + "1"),
                with(row(), "ID", "2", "Output code", longCode + "2")));

    var outputs = r.plans().get(0).priorityAreas().get(0).outcomes().get(0).outputs();
    assertThat(outputs).hasSize(2);
    assertThat(outputs).allSatisfy(o -> assertThat(o.code()).hasSize(64).startsWith("OU999"));
    assertThat(outputs.get(0).code()).isNotEqualTo(outputs.get(1).code());
  }

  @Test
  void should_read_a_three_letter_code_as_a_country_code() {
    UnInfoImport r = readCsv(csv(with(row(), "Country", "ABC")));

    assertThat(r.plans().get(0).countries()).containsExactly("ABC");
    assertThat(codes(r, Severity.INFO)).contains(UnInfoProblemCode.VALUE_CHANGED);
  }
}
