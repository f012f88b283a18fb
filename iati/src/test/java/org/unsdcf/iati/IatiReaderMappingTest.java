package org.unsdcf.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.unsdcf.iati.ImportXml.activity;
import static org.unsdcf.iati.ImportXml.budget;
import static org.unsdcf.iati.ImportXml.document;
import static org.unsdcf.iati.ImportXml.read;
import static org.unsdcf.iati.ImportXml.transaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Marker;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;
import org.unsdcf.core.validation.Severity;

/** The mapping of design.md §15 and §20, on documents the tests write. */
class IatiReaderMappingTest {

  private static SubOutput only(IatiImport read) {
    assertThat(read.entries()).hasSize(1);
    return read.entries().get(0);
  }

  private static long count(IatiImport read, IatiProblemCode code) {
    return read.problems().stream().filter(p -> p.code() == code).count();
  }

  @Test
  void should_map_a_clean_activity_without_a_problem() {
    IatiImport read = read(document(activity("XM-DAC-41114-A1", "")));
    assertThat(read.problems()).isEmpty();
    assertThat(read.activities()).isEqualTo(1);
    assertThat(read.currency()).isEqualTo("USD");
    assertThat(read.recipientCountries()).containsExactly("KGZ");
    SubOutput e = only(read);
    assertThat(e.code()).isEqualTo("XM-DAC-41114-A1");
    assertThat(e.displayCode()).contains("XM-DAC-41114-A1");
    assertThat(e.title()).isEqualTo("Clean water for schools");
    assertThat(e.description()).isEmpty();
    assertThat(e.outputCode()).isEqualTo(IatiImport.UNLINKED);
    assertThat(e.leadEntity()).isEqualTo("UNDP");
    assertThat(e.agencies()).containsExactly("UNDP");
    assertThat(e.status()).isEqualTo(ImplementationStatus.IMPLEMENTATION);
    assertThat(e.start()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(e.end()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(e.funding()).isEmpty();
    assertThat(e.indicators()).isEmpty();
  }

  @Test
  void should_map_the_export_members_back() {
    String extra =
        """
        <description type="1"><narrative>Water points in 40 schools</narrative></description>
        <participating-org role="1" ref="GB-GOV-1"><narrative>United Kingdom</narrative></participating-org>
        <participating-org role="2"><narrative>UNICEF</narrative></participating-org>
        <participating-org role="4"><narrative>Ministry of Education</narrative></participating-org>
        <location><name><narrative>Osh</narrative></name></location>
        <tag vocabulary="3" code="6.1"/>
        <tag vocabulary="99" vocabulary-uri="urn:unsdcf:output" code="OP1.1.1"/>
        <tag vocabulary="99" vocabulary-uri="urn:unsdcf:tag:NDS" code="NDS-4"/>
        <policy-marker vocabulary="99" vocabulary-uri="urn:unsdcf:marker" code="GEM" significance="2"/>
        <policy-marker vocabulary="99" vocabulary-uri="urn:unsdcf:marker" code="HRM" significance="0"/>
        <policy-marker vocabulary="99" vocabulary-uri="urn:unsdcf:marker" code="SPM" significance="3"/>
        """;
    IatiImport read = read(document(activity("A2", extra)));
    assertThat(read.problems()).isEmpty();
    SubOutput e = only(read);
    assertThat(e.description()).contains("Water points in 40 schools");
    assertThat(e.agencies()).containsExactly("UNDP", "UNICEF");
    assertThat(e.contributingPartners())
        .containsExactly(PartnerRef.builder().name("United Kingdom").iatiOrgId("GB-GOV-1").build());
    assertThat(e.implementingPartners()).containsExactly(PartnerRef.of("Ministry of Education"));
    assertThat(e.geographicScope()).extracting(l -> l.name()).containsExactly("Osh");
    assertThat(e.sdgTargets()).containsExactly("6.1");
    assertThat(e.outputCode()).isEqualTo("OP1.1.1");
    assertThat(e.tags()).containsExactly(Tag.of("NDS", "NDS-4"));
    assertThat(e.genderEqualityMarker()).contains(Marker.SIGNIFICANT);
    assertThat(e.humanRightsMarker()).contains(Marker.NOT_EXPECTED);
    assertThat(e.sustainingPeaceMarker()).contains(Marker.PRINCIPAL);
  }

  @Test
  void should_drop_a_description_equal_to_the_title() {
    String extra = "<description><narrative>Clean water for schools</narrative></description>";
    assertThat(only(read(document(activity("A3", extra)))).description()).isEmpty();
  }

  @Test
  void should_take_revised_budgets_over_original_ones_and_never_sum_them() {
    String extra =
        budget(1, 2024, "1000", "USD")
            + budget(2, 2024, "1500", "USD")
            + budget(1, 2025, "700", "USD");
    IatiImport read = read(document(activity("B1", extra)));
    assertThat(only(read).funding())
        .extracting(f -> f.year().getValue(), f -> f.required().amount())
        .containsExactly(tuple(2024, new BigDecimal("1500")), tuple(2025, new BigDecimal("700")));
    assertThat(read.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(IatiProblemCode.BUDGET_REVISED);
              assertThat(p.severity()).isEqualTo(Severity.INFO);
              assertThat(p.xpath())
                  .isEqualTo("/iati-activities/iati-activity[1]/budget[1]/value[1]");
            });
  }

  @Test
  void should_take_commitments_over_incoming_funds_and_expenditure_from_type_4() {
    String extra =
        budget(1, 2024, "900", "USD")
            + transaction(11, "2024-01-01", "800", "USD")
            + transaction(1, "2024-03-01", "600", "USD")
            + transaction(4, "2024-12-31", "250.5", "USD")
            + transaction(4, "2024-06-30", "100", "USD")
            + transaction(1, "2025-02-01", "300", "USD")
            + transaction(3, "2025-02-01", "300", "USD");
    IatiImport read = read(document(activity("B2", extra)));
    FundingLine y2024 = only(read).funding().get(0);
    FundingLine y2025 = only(read).funding().get(1);
    assertThat(y2024.year()).isEqualTo(Year.of(2024));
    assertThat(y2024.agency()).isEqualTo("UNDP");
    assertThat(y2024.required()).isEqualTo(Money.of(900, "USD"));
    assertThat(y2024.available()).isEqualTo(Money.of(800, "USD"));
    assertThat(y2024.expenditure()).contains(Money.of(new BigDecimal("350.5"), "USD"));
    assertThat(y2025.required()).isEqualTo(Money.of(0, "USD"));
    assertThat(y2025.available()).isEqualTo(Money.of(300, "USD"));
    assertThat(y2025.expenditure()).isEmpty();
    assertThat(count(read, IatiProblemCode.INCOMING_FUNDS_SUPERSEDED)).isEqualTo(1);
    assertThat(count(read, IatiProblemCode.TRANSACTION_NOT_IMPORTED)).isEqualTo(1);
  }

  @Test
  void should_leave_out_other_currencies_with_an_error_each() {
    String extra =
        budget(1, 2024, "900", "USD")
            + transaction(11, "2024-01-01", "800", "EUR")
            + transaction(4, "2024-05-01", "50", "CHF");
    IatiImport read = read(document(activity("C1", extra)));
    FundingLine line = only(read).funding().get(0);
    assertThat(line.available()).isEqualTo(Money.of(0, "USD"));
    assertThat(line.expenditure()).isEmpty();
    assertThat(read.problems())
        .filteredOn(p -> p.code() == IatiProblemCode.FOREIGN_CURRENCY)
        .hasSize(2)
        .allMatch(p -> p.severity() == Severity.ERROR);
  }

  @Test
  void should_read_money_in_the_plans_currency_when_given() {
    String extra = budget(1, 2024, "900", "USD") + budget(1, 2024, "100", "EUR");
    IatiImport read =
        ImportXml.read(
            IatiReader.builder().currency("EUR").build(), document(activity("C2", extra)));
    assertThat(read.currency()).isEqualTo("EUR");
    assertThat(only(read).funding().get(0).required()).isEqualTo(Money.of(100, "EUR"));
    assertThat(count(read, IatiProblemCode.FOREIGN_CURRENCY)).isEqualTo(1);
  }

  @Test
  void should_pick_the_most_frequent_default_currency_alphabetically_on_ties() {
    String a = activity("D1", "").replace("default-currency=\"USD\"", "default-currency=\"EUR\"");
    String b = activity("D2", "");
    assertThat(read(document(a, b)).currency()).isEqualTo("EUR");
    assertThat(read(document(a, b, activity("D3", ""))).currency()).isEqualTo("USD");
  }

  @Test
  void should_map_indicators_with_their_measures_targets_and_actuals() {
    String extra =
        """
        <result type="1"><title><narrative>Clean water for schools</narrative></title>
          <indicator measure="1" ascending="0">
            <title><narrative>Schools without water</narrative></title>
            <reference vocabulary="99" code="IND-7"/>
            <reference vocabulary="9" code="6.1.1"/>
            <baseline year="2023" iso-date="2023-06-30" value="40"/>
            <period><period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/>
              <target value="30"/>
              <actual value="32"><dimension name="sex" value="female"/><comment><narrative>Survey</narrative></comment></actual>
              <actual value="35"/>
            </period>
            <period><period-start iso-date="2025-01-01"/><period-end iso-date="2025-12-31"/>
              <target value="20"/>
            </period>
          </indicator>
          <indicator measure="5">
            <title><narrative>Water committee works</narrative></title>
            <baseline year="2023"><comment><narrative>No committee</narrative></comment></baseline>
            <period><period-start iso-date="2025-01-01"/><period-end iso-date="2025-12-31"/>
              <target><comment><narrative>Committee meets monthly
        as agreed with the district</narrative></comment></target>
            </period>
          </indicator>
          <indicator measure="2"><title><narrative>Share of schools</narrative></title></indicator>
        </result>
        """;
    IatiImport read = read(document(activity("E1", extra)));
    assertThat(read.problems()).isEmpty();
    SubOutput e = only(read);
    Indicator count = e.indicators().get(0);
    assertThat(count.code()).isEqualTo("IND-7");
    assertThat(count.measure()).isEqualTo(Measure.UNIT);
    assertThat(count.unit()).contains(IndicatorUnit.COUNT);
    assertThat(count.direction()).contains(Direction.DECREASE);
    assertThat(count.sdgIndicator()).contains("6.1.1");
    assertThat(count.baseline().get().value()).isEqualTo(Value.numeric(40));
    assertThat(count.baseline().get().date()).contains(LocalDate.of(2023, 6, 30));
    assertThat(count.targets())
        .extracting(t -> t.year().getValue(), t -> t.kind(), t -> t.value())
        .containsExactly(
            tuple(2024, TargetKind.MILESTONE, Value.numeric(30)),
            tuple(2025, TargetKind.FINAL, Value.numeric(20)));
    assertThat(count.measurements()).hasSize(2);
    assertThat(count.measurements().get(0).disaggregation()).containsEntry("sex", "female");
    assertThat(count.measurements().get(0).comment()).contains("Survey");
    assertThat(count.disaggregations())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.name()).isEqualTo("sex");
              assertThat(d.categories()).containsExactly("female");
              assertThat(d.exhaustive()).isFalse();
            });
    Indicator words = e.indicators().get(1);
    assertThat(words.code()).isEqualTo("E1-R1-I2");
    assertThat(words.measure()).isEqualTo(Measure.QUALITATIVE);
    assertThat(words.baseline().get().value()).isEqualTo(Value.qualitative("No committee"));
    assertThat(words.targets().get(0).value())
        .isEqualTo(Value.qualitative("Committee meets monthly"));
    assertThat(words.targets().get(0).comment()).contains("as agreed with the district");
    Indicator share = e.indicators().get(2);
    assertThat(share.unit()).contains(IndicatorUnit.PERCENT);
    assertThat(share.code()).isEqualTo("E1-R1-I3");
  }

  @Test
  void should_report_real_quirks_with_xpath_line_and_column() {
    String extra =
        """
        <result type="1"><title><narrative>Clean water for schools</narrative></title>
          <indicator>
            <title><narrative>People reached</narrative></title>
            <period><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/>
              <target value="2020:100,000"/>
              <actual value=":"/>
            </period>
          </indicator>
          <indicator measure="1">
            <title><narrative>People trained</narrative></title>
            <period><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/>
              <target value="2020:100,000"/>
              <actual value="12"/>
            </period>
            <period><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/>
              <actual value="13"/>
            </period>
          </indicator>
        </result>
        """;
    IatiImport read = read(document(activity("F1", extra)));
    Indicator guessed = only(read).indicators().get(0);
    assertThat(guessed.measure()).isEqualTo(Measure.QUALITATIVE);
    assertThat(guessed.targets().get(0).value()).isEqualTo(Value.qualitative("2020:100,000"));
    Indicator trained = only(read).indicators().get(1);
    assertThat(trained.targets()).isEmpty();
    assertThat(trained.measurements()).hasSize(2);
    IatiProblem notNumber =
        read.problems().stream()
            .filter(p -> p.code() == IatiProblemCode.NOT_A_NUMBER)
            .findFirst()
            .get();
    assertThat(notNumber.xpath())
        .isEqualTo(
            "/iati-activities/iati-activity[1]/result[1]/indicator[2]/period[1]/target[1]/@value");
    assertThat(notNumber.severity()).isEqualTo(Severity.WARNING);
    assertThat(notNumber.line()).isEqualTo(23);
    assertThat(notNumber.toString())
        .isEqualTo(
            notNumber.xpath()
                + " (line 23, column "
                + notNumber.column()
                + "): target value '2020:100,000' is not a number the model can hold; not imported"
                + " [NOT_A_NUMBER]");
    assertThat(count(read, IatiProblemCode.MEASURE_GUESSED)).isEqualTo(1);
    assertThat(count(read, IatiProblemCode.DUPLICATE_PERIOD)).isEqualTo(1);
  }

  @Test
  void should_guess_unit_for_a_missing_measure_with_numbers_only() {
    String extra =
        """
        <result type="1"><title><narrative>Clean water for schools</narrative></title>
          <indicator><title><narrative>Wells</narrative></title>
            <baseline year="2023" value="3"/>
          </indicator>
        </result>
        """;
    IatiImport read = read(document(activity("F2", extra)));
    Indicator wells = only(read).indicators().get(0);
    assertThat(wells.measure()).isEqualTo(Measure.UNIT);
    assertThat(wells.unit()).contains(IndicatorUnit.COUNT);
    assertThat(read.problems())
        .extracting(IatiProblem::code)
        .containsExactly(IatiProblemCode.MEASURE_GUESSED);
  }

  @Test
  void should_report_d_portal_attributes_and_upper_case_languages() {
    String a =
        activity("G1", "")
            .replace(
                "<iati-activity default-currency=\"USD\">",
                "<iati-activity default-currency=\"USD\" xml:lang=\"EN\" dstore:index=\"3\""
                    + " xmlns:dstore=\"http://d-portal.org/xmlns/dstore\">");
    IatiImport read = read(document(a));
    assertThat(read.problems())
        .extracting(IatiProblem::code)
        .containsExactlyInAnyOrder(
            IatiProblemCode.FOREIGN_ATTRIBUTE, IatiProblemCode.LANGUAGE_CASE);
    assertThat(only(read).code()).isEqualTo("G1");
  }

  @Test
  void should_derive_codes_from_identifiers_that_are_not_codes() {
    String spaced = "XM-DAC-41122-Republic of Kyrgyzstan-2450/A0/06";
    assertThat(only(read(document(activity(spaced, "")))).code())
        .isEqualTo("XM-DAC-41122-Republic-of-Kyrgyzstan-2450/A0/06");
    assertThat(only(read(document(activity(spaced, "")))).displayCode()).contains(spaced);
    String longId = "XM-DAC-41122-" + "Y".repeat(60);
    String code = only(read(document(activity(longId, "")))).code();
    assertThat(code).hasSize(64).startsWith(longId.substring(0, 55) + "-");
    assertThat(code.substring(56)).isEqualTo(ImportTexts.sha256(longId).substring(0, 8));
  }

  @Test
  void should_not_import_a_parent_activity_and_drop_its_identifier_from_children() {
    String parent = activity("XM-DAC-41114-CF", "");
    String child =
        activity("XM-DAC-41114-CF-SO1", "<related-activity ref=\"XM-DAC-41114-CF\" type=\"1\"/>");
    IatiImport read = read(document(parent, child));
    assertThat(read.activities()).isEqualTo(2);
    assertThat(read.entries()).extracting(SubOutput::code).containsExactly("SO1");
    assertThat(read.problems())
        .extracting(IatiProblem::code, IatiProblem::xpath)
        .containsExactly(
            tuple(IatiProblemCode.PARENT_ACTIVITY, "/iati-activities/iati-activity[1]"));
  }

  @Test
  void should_skip_an_activity_without_dates_and_code_one_without_identifier_by_position() {
    String noDates =
        activity("H1", "").replace("<activity-date iso-date=\"2025-12-31\" type=\"3\"/>", "");
    String noId = activity("", "");
    IatiImport read = read(document(noDates, noId, activity("H3", "")));
    assertThat(read.entries()).extracting(SubOutput::code).containsExactly("ACTIVITY-2", "H3");
    assertThat(read.entries().get(0).displayCode()).isEmpty();
    assertThat(read.problems())
        .extracting(IatiProblem::code, IatiProblem::severity)
        .containsExactly(
            tuple(IatiProblemCode.NO_DATES, Severity.ERROR),
            tuple(IatiProblemCode.NO_IDENTIFIER, Severity.ERROR));
  }

  @Test
  void should_name_every_unmapped_element_once() {
    String extra =
        "<contact-info><email>office@example.org</email></contact-info>"
            + "<sector code=\"11120\"/><sector code=\"12240\"/>"
            + "<capital-spend percentage=\"0\"/>";
    IatiImport read = read(document(activity("I1", extra)));
    assertThat(read.problems())
        .extracting(IatiProblem::code)
        .containsOnly(IatiProblemCode.NOT_IMPORTED)
        .hasSize(3);
    assertThat(read.problems())
        .extracting(IatiProblem::message)
        .anyMatch(m -> m.contains("sector (2 elements)"));
  }

  @Test
  void should_keep_one_narrative_and_report_the_other_languages() {
    String a =
        activity("J1", "")
            .replace(
                "<title><narrative>Clean water for schools</narrative></title>",
                "<title><narrative xml:lang=\"fr\">Eau propre</narrative>"
                    + "<narrative xml:lang=\"en\">Clean water</narrative></title>");
    IatiImport read = read(document(a));
    assertThat(only(read).title()).isEqualTo("Clean water");
    assertThat(read.problems())
        .extracting(IatiProblem::code)
        .containsExactly(IatiProblemCode.OTHER_LANGUAGES);
  }

  @Test
  void should_keep_problem_messages_on_one_line() {
    String extra = budget(1, 2024, "12\n34", "USD");
    IatiImport read = read(document(activity("K1", extra)));
    assertThat(read.problems())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.message()).doesNotContain("\n"));
    assertThat(only(read).funding()).isEmpty();
  }
}
