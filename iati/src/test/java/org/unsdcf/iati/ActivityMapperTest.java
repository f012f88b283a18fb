package org.unsdcf.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.unsdcf.iati.ImportXml.activity;
import static org.unsdcf.iati.ImportXml.document;
import static org.unsdcf.iati.ImportXml.only;
import static org.unsdcf.iati.ImportXml.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.LocationLevel;
import org.unsdcf.core.model.Marker;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;

/**
 * The mapping of one activity's own elements (design.md §15, §20): identifiers, parents,
 * descriptions, organisations, dates, tags, sectors, markers, locations, results and money; each
 * test checks what the entry keeps and each problem's code, XPath (below the activity) and message.
 */
class ActivityMapperTest {
  private static final String AT = "/iati-activities/iati-activity[1]";
  private static final String LEAD =
      "<participating-org role=\"3\"><narrative>UNDP</narrative></participating-org>";
  private static final String REPORTING =
      "<reporting-org ref=\"XM-DAC-41114\" type=\"40\"><narrative>UNDP</narrative></reporting-org>";

  private static IatiImport readActivity(String identifier, String extra) {
    return read(document(activity(identifier, extra)));
  }

  private static List<String> problems(IatiImport read) {
    return ImportXml.problems(read, AT);
  }

  @Test
  void should_report_activity_attributes_it_does_not_import() {
    String a =
        activity("A1", "")
            .replace(
                "<iati-activity default-currency=\"USD\">",
                "<iati-activity default-currency=\"USD\" hierarchy=\"2\""
                    + " last-updated-datetime=\"2024-01-01T00:00:00\" humanitarian=\"0\">");
    IatiImport read = read(document(a));
    assertThat(only(read).code()).isEqualTo("A1");
    assertThat(problems(read))
        .containsExactly(
            "NOT_IMPORTED : activity attributes last-updated-datetime, humanitarian are not"
                + " imported");
  }

  @Test
  void should_drop_the_parents_identifier_only_when_more_follows_it() {
    assertThat(only(readActivity("XM-1-", "<related-activity ref=\"XM-1\" type=\"1\"/>")).code())
        .isEqualTo("XM-1-");
    assertThat(only(readActivity("A-77", "<related-activity ref=\"XM-DAC-1\" type=\"1\"/>")).code())
        .isEqualTo("A-77");
    assertThat(only(readActivity("XM-1-S2", "<related-activity ref=\"XM-1\" type=\"2\"/>")).code())
        .isEqualTo("XM-1-S2");
    IatiImport read =
        readActivity(
            "XM-1-S3",
            "<related-activity ref=\" \" type=\"1\"/>\n"
                + "<related-activity ref=\" XM-1 \" type=\" 1 \"/>");
    assertThat(only(read).code()).isEqualTo("S3");
    assertThat(only(read).displayCode()).contains("XM-1-S3");
    assertThat(read.problems()).isEmpty();
  }

  @Test
  void should_report_an_identifier_that_is_not_a_code() {
    IatiImport read = readActivity("A 1", "");
    assertThat(only(read).code()).isEqualTo("A-1");
    assertThat(only(read).displayCode()).contains("A 1");
    assertThat(problems(read))
        .containsExactly(
            "CODE_DERIVED /iati-identifier[1]: identifier 'A 1' is not a Code; the entry's code is"
                + " 'A-1'");
  }

  @Test
  void should_keep_the_general_description_and_report_the_others() {
    IatiImport read =
        readActivity(
            "D1",
            "<description type=\"2\"><narrative>Objectives</narrative></description>\n"
                + "<description type=\" 1 \"><narrative>General</narrative></description>\n"
                + "<description type=\"3\"/>\n");
    assertThat(only(read).description()).contains("General");
    assertThat(problems(read))
        .containsExactly(
            "NOT_IMPORTED /description[1]: description of type '2' is not imported (one"
                + " description is)");
    IatiImport others =
        readActivity(
            "D2",
            "<description type=\"2\"><narrative>Objectives</narrative></description>\n"
                + "<description type=\"3\"><narrative>Targets</narrative></description>\n");
    assertThat(only(others).description()).contains("Objectives");
    assertThat(problems(others))
        .containsExactly(
            "NOT_IMPORTED /description[2]: description of type '3' is not imported (one"
                + " description is)");
  }

  @Test
  void should_read_partners_by_name_or_ref_and_report_what_it_cannot_keep() {
    IatiImport read =
        readActivity(
            "P1",
            """
            <participating-org role="1" ref=" "><narrative>Sweden</narrative></participating-org>
            <participating-org role="1"><narrative>Sweden</narrative></participating-org>
            <participating-org role="1" ref="GB GOV 1"><narrative>UK</narrative></participating-org>
            <participating-org role="4" ref="KG-GOV-1"/>
            <participating-org role="4"/>
            """);
    SubOutput e = only(read);
    assertThat(e.contributingPartners())
        .containsExactly(PartnerRef.of("Sweden"), PartnerRef.of("UK"));
    assertThat(e.implementingPartners())
        .containsExactly(PartnerRef.builder().name("KG-GOV-1").iatiOrgId("KG-GOV-1").build());
    assertThat(problems(read))
        .containsExactly(
            "DUPLICATE_ITEM /participating-org[3]: participating organisation 'Sweden' repeats"
                + " with the same role; kept once",
            "NOT_IMPORTED /participating-org[4]/@ref: organisation ref 'GB GOV 1' is not a Code;"
                + " not imported as the partner's IATI id",
            "MISSING /participating-org[6]: participating organisation without a name or ref; not"
                + " imported");
  }

  @Test
  void should_not_take_accountable_organisations_that_are_not_un_entities_as_agencies() {
    IatiImport read =
        readActivity(
            "P2",
            """
            <participating-org role="2"><narrative>Ministry of Health</narrative></participating-org>
            <participating-org role="2" ref="XX-NOT-UN"/>
            <participating-org role="2"><narrative>UNICEF</narrative></participating-org>
            """);
    assertThat(only(read).agencies()).containsExactly("UNDP", "UNICEF");
    assertThat(problems(read))
        .containsExactly(
            "NOT_IMPORTED /participating-org[2]: accountable organisation 'Ministry of Health' is"
                + " not a UN entity; not imported as an agency",
            "NOT_IMPORTED /participating-org[3]: accountable organisation 'XX-NOT-UN' is not a UN"
                + " entity; not imported as an agency");
  }

  @Test
  void should_derive_the_lead_from_a_ref_the_catalogue_does_not_know() {
    String a =
        activity("L1", "").replace(LEAD, "<participating-org role=\"3\" ref=\"XM-OCHA-X\"/>");
    IatiImport read = read(document(a));
    assertThat(only(read).leadEntity()).isEqualTo("XM-OCHA-X");
    assertThat(problems(read))
        .containsExactly(
            "AGENCY_DERIVED /participating-org[1]: organisation 'XM-OCHA-X' is not a catalogued UN"
                + " entity; its code is 'XM-OCHA-X'");
  }

  @Test
  void should_take_the_lead_from_the_reporting_organisations_ref() {
    String a =
        activity("L2", "")
            .replace(LEAD, "")
            .replace(REPORTING, "<reporting-org ref=\" XM-DAC-41114 \" type=\"40\"/>");
    IatiImport read = read(document(a));
    assertThat(only(read).leadEntity()).isEqualTo("UNDP");
    assertThat(read.problems()).isEmpty();
  }

  @Test
  void should_name_the_lead_unknown_when_no_organisation_names_one() {
    String a = activity("L3", "").replace(LEAD, "").replace(REPORTING, "");
    IatiImport read = read(document(a));
    assertThat(only(read).leadEntity()).isEqualTo("UNKNOWN");
    assertThat(only(read).agencies()).containsExactly("UNKNOWN");
    assertThat(problems(read))
        .containsExactly(
            "MISSING : no participating organisation of role 3 and no reporting organisation name"
                + " an agency; the lead entity is 'UNKNOWN'");
  }

  @Test
  void should_leave_out_an_activity_without_a_start_or_that_ends_before_it_starts() {
    String noStart =
        activity("T1", "").replace("<activity-date iso-date=\"2024-01-01\" type=\"1\"/>", "");
    IatiImport read = read(document(noStart));
    assertThat(read.entries()).isEmpty();
    assertThat(problems(read))
        .containsExactly(
            "NO_DATES : the activity has no start date (activity-date of type 1 or 2, 3 or 4); not"
                + " imported");
    String backwards = activity("T2", "").replace("2025-12-31", "2023-06-30");
    IatiImport back = read(document(backwards));
    assertThat(back.entries()).isEmpty();
    assertThat(problems(back))
        .containsExactly(
            "NO_DATES : the activity ends (2023-06-30) before it starts (2024-01-01); not"
                + " imported");
  }

  @Test
  void should_prefer_actual_dates_and_report_unknown_date_types() {
    IatiImport read =
        readActivity(
            "T3",
            """
            <activity-date iso-date="2024-03-01" type="2"/>
            <activity-date iso-date="2025-06-30" type="4"/>
            <activity-date iso-date="2024-02-01" type="9"/>
            """);
    assertThat(only(read).start()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(only(read).end()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(problems(read))
        .containsExactly(
            "UNKNOWN_CODE /activity-date[5]/@type: activity-date type '9' is not an IATI"
                + " ActivityDateType; not imported");
  }

  @Test
  void should_keep_repeated_tags_once_and_report_what_it_does_not_map() {
    IatiImport read =
        readActivity(
            "G1",
            """
            <tag vocabulary="99" vocabulary-uri="urn:unsdcf:additional-output" code="OP2.1"/>
            <tag vocabulary="99" vocabulary-uri="urn:unsdcf:additional-output" code="OP2.1"/>
            <tag vocabulary="99" vocabulary-uri="urn:unsdcf:output" code="OP1.1"/>
            <tag vocabulary="99" vocabulary-uri="urn:unsdcf:output" code="OP1.2"/>
            <tag vocabulary="99" vocabulary-uri="urn:unsdcf:tag:NDS" code="NDS-4"/>
            <tag vocabulary="99" vocabulary-uri="urn:unsdcf:tag:NDS" code="NDS-4"/>
            <tag vocabulary="1" code="x"/>
            <tag vocabulary="99" vocabulary-uri="urn:other" code="y"/>
            <tag vocabulary="99" vocabulary-uri="urn:unsdcf:tag:SDG_TARGET" code="6.1"/>
            """);
    SubOutput e = only(read);
    assertThat(e.additionalOutputs()).containsExactly("OP2.1");
    assertThat(e.outputCode()).isEqualTo("OP1.1");
    assertThat(e.tags()).containsExactly(Tag.of("NDS", "NDS-4"));
    assertThat(problems(read))
        .containsExactly(
            "DUPLICATE_ITEM /tag[2]: additional output 'OP2.1' repeats; kept once",
            "NOT_IMPORTED /tag[4]: a second output link 'OP1.2' is not imported (an entry serves"
                + " one output)",
            "DUPLICATE_ITEM /tag[6]: tag 'NDS-4' repeats; kept once",
            "NOT_IMPORTED /tag[7]: tag of vocabulary '1' code 'x' is not imported",
            "NOT_IMPORTED /tag[8]: tag of vocabulary '99' (urn:other) code 'y' is not imported",
            "NOT_IMPORTED /tag[9]: tag of vocabulary '99' (urn:unsdcf:tag:SDG_TARGET) code '6.1'"
                + " is not imported");
  }

  @Test
  void should_link_the_output_of_the_first_output_sector_when_no_tag_links_one() {
    IatiImport read =
        readActivity(
            "S1",
            """
            <sector vocabulary="99" vocabulary-uri="urn:unsdcf:framework" code="CF"/>
            <sector vocabulary="99" vocabulary-uri="urn:unsdcf:output" code="OP1.2"/>
            <sector vocabulary="99" vocabulary-uri="urn:unsdcf:output" code="OP1.3"/>
            """);
    assertThat(only(read).outputCode()).isEqualTo("OP1.2");
    assertThat(read.problems()).isEmpty();
    IatiImport tagged =
        readActivity(
            "S2",
            "<tag vocabulary=\"99\" vocabulary-uri=\"urn:unsdcf:output\" code=\"OP9\"/>\n"
                + "<sector vocabulary=\"99\" vocabulary-uri=\"urn:unsdcf:output\" code=\"OP1.2\"/>");
    assertThat(only(tagged).outputCode()).isEqualTo("OP9");
  }

  @Test
  void should_count_the_sectors_that_link_no_output() {
    IatiImport read =
        readActivity(
            "S3",
            """
            <sector vocabulary="1" vocabulary-uri="urn:unsdcf:output" code="OP1.2"/>
            <sector vocabulary="99" vocabulary-uri="urn:other" code="OP1.2"/>
            <sector vocabulary="99" vocabulary-uri="urn:unsdcf:output" code="a b"/>
            """);
    assertThat(only(read).outputCode()).isEqualTo(IatiImport.UNLINKED);
    assertThat(problems(read))
        .containsExactly("NOT_IMPORTED /sector[1]: sector (3 elements) is not imported");
    IatiImport one = readActivity("S4", "<sector code=\"11120\"/>");
    assertThat(problems(one))
        .containsExactly("NOT_IMPORTED /sector[1]: sector (1 element) is not imported");
  }

  @Test
  void should_report_markers_of_other_vocabularies_significances_and_codes() {
    IatiImport read =
        readActivity(
            "M1",
            """
            <policy-marker vocabulary="1" code="1" significance="2"/>
            <policy-marker vocabulary="99" vocabulary-uri="urn:unsdcf:marker" code="GEM" significance="5"/>
            <policy-marker vocabulary="99" vocabulary-uri="urn:unsdcf:marker" code="XYZ" significance="1"/>
            <policy-marker vocabulary="99" vocabulary-uri="urn:unsdcf:marker" code="HRM" significance="1"/>
            """);
    SubOutput e = only(read);
    assertThat(e.genderEqualityMarker()).isEmpty();
    assertThat(e.humanRightsMarker()).contains(Marker.LIMITED);
    assertThat(problems(read))
        .containsExactly(
            "NOT_IMPORTED /policy-marker[1]: policy marker of vocabulary '1' code '1' is not"
                + " imported (only the UN INFO markers of urn:unsdcf:marker are)",
            "UNKNOWN_CODE /policy-marker[2]/@significance: marker significance '5' is not 0–3; not"
                + " imported",
            "UNKNOWN_CODE /policy-marker[3]/@code: marker code 'XYZ' is not GEM, HRM or SPM; not"
                + " imported");
  }

  @Test
  void should_read_the_level_and_code_of_each_location() {
    IatiImport read =
        readActivity(
            "N1",
            """
            <location ref="KGZ"><name><narrative>Kyrgyzstan</narrative></name></location>
            <location><name><narrative>Country</narrative></name><location-id vocabulary="A4" code="KG"/></location>
            <location ref="OSH-1"><name><narrative>Osh city</narrative></name></location>
            <location><name><narrative>Batken</narrative></name><location-id vocabulary="G1" code="1528"/></location>
            <location ref="B-1"><name><narrative>Naryn</narrative></name><location-id vocabulary="G1" code="999"/></location>
            <location><name><narrative>Talas</narrative></name><location-id vocabulary="A4" code="XX"/></location>
            <location><name><narrative>Whole country</narrative></name><feature-designation code="PCLI"/></location>
            <location><name><narrative>Village</narrative></name><feature-designation code="PPL"/></location>
            <location><description><narrative>Somewhere</narrative></description></location>
            <location/>
            <location ref="OSH-1"><name><narrative>Osh city</narrative></name></location>
            """);
    assertThat(only(read).geographicScope())
        .extracting(l -> l.name(), l -> l.level(), l -> l.code())
        .containsExactly(
            tuple("Kyrgyzstan", LocationLevel.NATIONAL, Optional.of("KGZ")),
            tuple("Country", LocationLevel.NATIONAL, Optional.of("KGZ")),
            tuple("Osh city", LocationLevel.SUBNATIONAL, Optional.of("OSH-1")),
            tuple("Batken", LocationLevel.SUBNATIONAL, Optional.of("1528")),
            tuple("Naryn", LocationLevel.SUBNATIONAL, Optional.of("B-1")),
            tuple("Talas", LocationLevel.SUBNATIONAL, Optional.of("XX")),
            tuple("Whole country", LocationLevel.NATIONAL, Optional.empty()),
            tuple("Village", LocationLevel.SUBNATIONAL, Optional.empty()));
    assertThat(problems(read))
        .containsExactly(
            "NOT_IMPORTED /location[9]: a location without a name is not imported",
            "DUPLICATE_ITEM /location[11]: location 'Osh city' repeats; kept once");
  }

  @Test
  void should_report_result_titles_other_elements_and_results_without_indicators() {
    IatiImport read =
        readActivity(
            "R1",
            """
            <result type="1"><title><narrative>Water results</narrative></title>
            <document-link url="http://example.org"/>
            <indicator measure="1"><title><narrative>Wells</narrative></title></indicator>
            </result>
            <result type="1"><title><narrative>Clean water for schools</narrative></title></result>
            """);
    assertThat(only(read).indicators()).extracting(i -> i.code()).containsExactly("R1-R1-I1");
    assertThat(problems(read))
        .containsExactly(
            "NOT_IMPORTED /result[1]/title[1]: result title 'Water results' is not imported (its"
                + " indicators are)",
            "NOT_IMPORTED /result[1]/document-link[1]: element document-link is not imported",
            "MISSING /result[2]: the result has no indicator; nothing imported from it");
  }

  private static String budget(String type, String body) {
    return "<budget" + type + "><period-start iso-date=\"2024-01-01\"/>" + body + "</budget>\n";
  }

  @Test
  void should_read_budgets_of_unknown_type_as_original_and_leave_out_broken_ones() {
    IatiImport read =
        readActivity(
            "B1",
            budget(" type=\"3\"", "<value currency=\"USD\">100</value>")
                + budget("", "<value currency=\" \">50</value>")
                + budget(" type=\"1\"", "")
                + "<budget type=\"1\"><value currency=\"USD\">7</value></budget>\n");
    assertThat(only(read).funding())
        .extracting(f -> f.year().getValue(), f -> f.required())
        .containsExactly(tuple(2024, Money.of(150, "USD")));
    assertThat(problems(read))
        .containsExactly(
            "MISSING /budget[1]/@type: budget of unknown type '3'; read as original (type 1)",
            "MISSING /budget[2]/@type: budget without a type; read as original (type 1)",
            "BAD_AMOUNT /budget[3]: budget without a value; not imported",
            "MISSING /budget[4]: budget without a valid period-start; not imported");
  }

  @Test
  void should_date_transactions_by_their_value_date_when_they_have_no_date() {
    IatiImport read =
        readActivity(
            "X1",
            """
            <transaction><transaction-type code="11"/><value currency="USD" value-date="2025-05-01">300</value></transaction>
            <transaction><transaction-type code="11"/><value currency="USD">400</value></transaction>
            <transaction><transaction-type code="3"/><value currency="USD"> 250 </value></transaction>
            """);
    assertThat(only(read).funding())
        .extracting(FundingLine::year, FundingLine::available)
        .containsExactly(tuple(java.time.Year.of(2025), Money.of(300, "USD")));
    assertThat(problems(read))
        .containsExactly(
            "MISSING /transaction[2]: transaction without a valid date; not imported",
            "TRANSACTION_NOT_IMPORTED /transaction[3]: transaction of type '3' (250) is not"
                + " imported: only types 11, 1 and 4 are");
  }

  @Test
  void should_date_a_transaction_by_its_transaction_date_before_its_value_date() {
    IatiImport read =
        readActivity(
            "X2",
            "<transaction><transaction-type code=\"11\"/>"
                + "<transaction-date iso-date=\"2024-03-01\"/>"
                + "<value currency=\"USD\" value-date=\"2025-01-01\">300</value></transaction>\n");
    assertThat(only(read).funding())
        .extracting(FundingLine::year, FundingLine::available)
        .containsExactly(tuple(java.time.Year.of(2024), Money.of(300, "USD")));
  }

  @Test
  void should_leave_out_money_without_any_currency() {
    String a =
        activity("C1", budget(" type=\"1\"", "<value>100</value>"))
            .replace("default-currency=\"USD\"", "default-currency=\" \"");
    IatiImport read = read(document(a));
    assertThat(only(read).funding()).isEmpty();
    assertThat(problems(read))
        .containsExactly(
            "MISSING /budget[1]/value[1]: budget value without a currency and no"
                + " default-currency; not imported");
  }

  @Test
  void should_count_only_default_currencies_that_are_given() {
    String blank = "default-currency=\" \"";
    String a = activity("C2", "").replace("default-currency=\"USD\"", blank);
    String b = activity("C3", "").replace("default-currency=\"USD\"", "default-currency=\"EUR\"");
    String c =
        activity("C4", ImportXml.budget(1, 2024, "10", "EUR"))
            .replace("default-currency=\"USD\"", blank);
    IatiImport read = read(document(a, b, c));
    assertThat(read.currency()).isEqualTo("EUR");
    assertThat(read.entries().get(2).funding().get(0).required())
        .isEqualTo(Money.of(new BigDecimal("10"), "EUR"));
    assertThat(read.problems()).isEmpty();
  }
}
