package org.unsdcf.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unsdcf.iati.ImportXml.activity;
import static org.unsdcf.iati.ImportXml.budget;
import static org.unsdcf.iati.ImportXml.document;
import static org.unsdcf.iati.ImportXml.read;

import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.validation.Severity;

/**
 * One small document per problem code the other tests do not reach: the code, its severity, the
 * xpath and position it points at, what the message says, and what the entry keeps instead.
 */
class IatiProblemCodesTest {
  private static final String CLEAN = activity("A1", "");
  private static final String LEAD =
      "<participating-org role=\"3\"><narrative>UNDP</narrative></participating-org>";

  /** The only problem of a read, which must have exactly one entry. */
  private static IatiProblem onlyProblem(IatiImport read) {
    assertThat(read.problems()).hasSize(1);
    return read.problems().get(0);
  }

  private static SubOutput onlyEntry(IatiImport read) {
    assertThat(read.entries()).hasSize(1);
    return read.entries().get(0);
  }

  private static void assertProblem(
      IatiProblem p, IatiProblemCode code, Severity severity, String xpath, int line, int column) {
    assertThat(p.code()).isEqualTo(code);
    assertThat(p.severity()).isEqualTo(severity).isEqualTo(code.severity());
    assertThat(p.xpath()).isEqualTo(xpath);
    assertThat(p.line()).isEqualTo(line);
    assertThat(p.column()).isEqualTo(column);
  }

  @Test
  void an_activity_without_a_title_takes_its_identifier_as_title() {
    IatiImport read =
        read(
            document(
                CLEAN.replace(
                    "<title><narrative>Clean water for schools</narrative></title>", "")));
    IatiProblem p = onlyProblem(read);
    assertProblem(
        p, IatiProblemCode.NO_TITLE, Severity.WARNING, "/iati-activities/iati-activity[1]", 3, 41);
    assertThat(p.message()).isEqualTo("the activity has no title; its identifier stands in");
    assertThat(onlyEntry(read).title()).isEqualTo("A1");
  }

  @Test
  void a_title_with_a_line_break_is_changed_to_fit_a_name() {
    IatiImport read =
        read(document(CLEAN.replace("Clean water for schools", "Clean water\nfor schools")));
    IatiProblem p = onlyProblem(read);
    assertProblem(
        p,
        IatiProblemCode.TEXT_CHANGED,
        Severity.INFO,
        "/iati-activities/iati-activity[1]/title[1]",
        6,
        12);
    assertThat(p.message()).startsWith("title: line breaks or control characters became spaces");
    assertThat(onlyEntry(read).title()).isEqualTo("Clean water for schools");
  }

  @Test
  void an_unknown_activity_status_is_read_as_implementation() {
    IatiImport read =
        read(
            document(
                CLEAN.replace("<activity-status code=\"2\"/>", "<activity-status code=\"9\"/>")));
    IatiProblem p = onlyProblem(read);
    assertProblem(
        p,
        IatiProblemCode.UNKNOWN_CODE,
        Severity.WARNING,
        "/iati-activities/iati-activity[1]/activity-status[1]/@code",
        8,
        32);
    assertThat(p.message())
        .isEqualTo(
            "activity status '9' is not an IATI ActivityStatus code; read as IMPLEMENTATION");
    assertThat(onlyEntry(read).status()).isEqualTo(ImplementationStatus.IMPLEMENTATION);
  }

  @Test
  void a_missing_activity_status_is_read_as_implementation() {
    IatiImport read =
        read(
            document(
                CLEAN.replace("<activity-status code=\"2\"/>", "<activity-status code=\"3\"/>")));
    assertThat(read.problems()).isEmpty();
    assertThat(onlyEntry(read).status()).isEqualTo(ImplementationStatus.FINALISATION);

    read = read(document(CLEAN.replace("<activity-status code=\"2\"/>", "")));
    IatiProblem p = onlyProblem(read);
    assertProblem(
        p, IatiProblemCode.MISSING, Severity.WARNING, "/iati-activities/iati-activity[1]", 3, 41);
    assertThat(p.message())
        .isEqualTo("the activity has no activity-status; read as IMPLEMENTATION");
    assertThat(onlyEntry(read).status()).isEqualTo(ImplementationStatus.IMPLEMENTATION);
  }

  @Test
  void an_unknown_recipient_country_or_role_is_not_imported() {
    IatiImport read = read(document(activity("A1", "<recipient-country code=\"ZZ\"/>")));
    IatiProblem p = onlyProblem(read);
    assertProblem(
        p,
        IatiProblemCode.UNKNOWN_CODE,
        Severity.WARNING,
        "/iati-activities/iati-activity[1]/recipient-country[2]/@code",
        12,
        31);
    assertThat(read.recipientCountries()).containsExactly("KGZ");

    read =
        read(
            document(
                activity(
                    "A1",
                    "<participating-org role=\"7\"><narrative>Acme</narrative></participating-org>")));
    p = onlyProblem(read);
    assertProblem(
        p,
        IatiProblemCode.UNKNOWN_CODE,
        Severity.WARNING,
        "/iati-activities/iati-activity[1]/participating-org[2]/@role",
        12,
        29);
    assertThat(p.message()).contains("role '7' is not an IATI organisation role");
    SubOutput e = onlyEntry(read);
    assertThat(e.agencies()).containsExactly("UNDP");
    assertThat(e.contributingPartners()).isEmpty();
    assertThat(e.implementingPartners()).isEmpty();
  }

  @Test
  void a_date_that_is_not_an_iso_date_is_left_out() {
    IatiImport read =
        read(document(activity("A1", "<activity-date iso-date=\"2024-13-01\" type=\"2\"/>")));
    IatiProblem p = onlyProblem(read);
    assertProblem(
        p,
        IatiProblemCode.BAD_DATE,
        Severity.WARNING,
        "/iati-activities/iati-activity[1]/activity-date[3]/@iso-date",
        12,
        48);
    assertThat(p.message())
        .isEqualTo("date '2024-13-01' is not an ISO date in 1945–2100; not imported");
    // the planned start stands, as the actual start is not a date
    assertThat(onlyEntry(read).start()).hasToString("2024-01-01");

    read = read(document(activity("A1", "<activity-date iso-date=\"1900-01-01\" type=\"2\"/>")));
    assertThat(onlyProblem(read).code()).isEqualTo(IatiProblemCode.BAD_DATE);
  }

  @Test
  void a_repeated_agency_or_sdg_target_is_kept_once() {
    String unicef =
        "<participating-org role=\"2\"><narrative>UNICEF</narrative></participating-org>";
    IatiImport read = read(document(activity("A1", unicef + unicef)));
    IatiProblem p = onlyProblem(read);
    assertProblem(
        p,
        IatiProblemCode.DUPLICATE_ITEM,
        Severity.INFO,
        "/iati-activities/iati-activity[1]/participating-org[3]",
        12,
        106);
    assertThat(p.message()).isEqualTo("agency 'UNICEF' repeats; kept once");
    assertThat(onlyEntry(read).agencies()).containsExactly("UNDP", "UNICEF");

    String tag = "<tag vocabulary=\"3\" code=\"6.1\"/>";
    read = read(document(activity("A1", tag + tag)));
    p = onlyProblem(read);
    assertProblem(
        p,
        IatiProblemCode.DUPLICATE_ITEM,
        Severity.INFO,
        "/iati-activities/iati-activity[1]/tag[2]",
        12,
        65);
    assertThat(p.message()).isEqualTo("SDG target 6.1 repeats; kept once");
    assertThat(onlyEntry(read).sdgTargets()).containsExactly("6.1");
  }

  @Test
  void an_sdg_code_without_the_sdg_form_is_left_out() {
    IatiImport read = read(document(activity("A1", "<tag vocabulary=\"3\" code=\"66.1\"/>")));
    IatiProblem p = onlyProblem(read);
    assertProblem(
        p,
        IatiProblemCode.NOT_AN_SDG_CODE,
        Severity.WARNING,
        "/iati-activities/iati-activity[1]/tag[1]/@code",
        12,
        34);
    assertThat(p.message())
        .isEqualTo("SDG target tag '66.1' is not an SDG target code; not imported");
    assertThat(onlyEntry(read).sdgTargets()).isEmpty();

    // letters are SDG target codes too (6.a), so they are imported without a problem
    read = read(document(activity("A1", "<tag vocabulary=\"3\" code=\"6.a\"/>")));
    assertThat(read.problems()).isEmpty();
    assertThat(onlyEntry(read).sdgTargets()).containsExactly("6.a");
  }

  @Test
  void an_organisation_the_catalogue_does_not_know_gives_a_derived_agency_code() {
    IatiImport read =
        read(
            document(
                CLEAN.replace(
                    LEAD,
                    "<participating-org role=\"3\"><narrative>ACME</narrative></participating-org>")));
    IatiProblem p = onlyProblem(read);
    assertProblem(
        p,
        IatiProblemCode.AGENCY_DERIVED,
        Severity.WARNING,
        "/iati-activities/iati-activity[1]/participating-org[1]",
        7,
        33);
    assertThat(p.message())
        .isEqualTo(
            "organisation 'ACME' is not a catalogued UN entity; its name is used as its code");
    assertThat(onlyEntry(read).leadEntity()).isEqualTo("ACME");

    read =
        read(
            document(
                CLEAN.replace(
                    LEAD,
                    "<participating-org role=\"3\"><narrative>Acme Relief Corps</narrative>"
                        + "</participating-org>")));
    p = onlyProblem(read);
    assertThat(p.code()).isEqualTo(IatiProblemCode.AGENCY_DERIVED);
    assertThat(p.message()).endsWith("its code is 'Acme-Relief-Corps'");
    assertThat(onlyEntry(read).leadEntity()).isEqualTo("Acme-Relief-Corps");
    assertThat(onlyEntry(read).agencies()).containsExactly("Acme-Relief-Corps");
  }

  @Test
  void a_budget_value_that_is_not_an_amount_is_left_out() {
    for (String bad : List.of("abc", "1000000000000000", "1.23456")) {
      IatiImport read = read(document(activity("A1", budget(1, 2024, bad, "USD"))));
      IatiProblem p = onlyProblem(read);
      assertProblem(
          p,
          IatiProblemCode.BAD_AMOUNT,
          Severity.ERROR,
          "/iati-activities/iati-activity[1]/budget[1]/value[1]",
          12,
          147); // the end of the value's start tag, whatever its text
      assertThat(p.message())
          .isEqualTo(
              "budget value '"
                  + bad
                  + "' is not an amount with at most 4 decimals below 10^15; not imported");
      assertThat(onlyEntry(read).funding()).isEmpty();
    }
  }

  @Test
  void a_negative_budget_is_read_as_zero() {
    IatiImport read = read(document(activity("A1", budget(1, 2024, "-5", "USD"))));
    IatiProblem p = onlyProblem(read);
    assertThat(p.code()).isEqualTo(IatiProblemCode.BAD_AMOUNT);
    assertThat(p.xpath()).isEqualTo("/iati-activities/iati-activity[1]/budget[1]/value[1]");
    assertThat(p.message())
        .isEqualTo("required of 2024 sums to -5, which a Money cannot hold; read as 0");
    assertThat(onlyEntry(read).funding())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.year()).isEqualTo(Year.of(2024));
              assertThat(f.required()).isEqualTo(Money.of(0, "USD"));
            });
  }

  @Test
  void a_budget_over_two_years_counts_in_the_year_it_starts() {
    IatiImport read =
        read(
            document(
                activity(
                    "A1",
                    "<budget type=\"1\"><period-start iso-date=\"2024-07-01\"/>"
                        + "<period-end iso-date=\"2025-06-30\"/>"
                        + "<value currency=\"USD\" value-date=\"2024-07-01\">100</value></budget>")));
    IatiProblem p = onlyProblem(read);
    assertProblem(
        p,
        IatiProblemCode.BUDGET_SPANS_YEARS,
        Severity.WARNING,
        "/iati-activities/iati-activity[1]/budget[1]",
        12,
        18);
    assertThat(p.message())
        .isEqualTo("budget period 2024-07-01–2025-06-30 spans years; counted in 2024");
    assertThat(onlyEntry(read).funding())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.year()).isEqualTo(Year.of(2024));
              assertThat(f.required()).isEqualTo(Money.of(100, "USD"));
            });
  }

  @Test
  void problems_beyond_the_cap_are_counted_in_one_last_problem() {
    StringBuilder tags = new StringBuilder();
    for (int i = 0; i < 10_010; i++) {
      tags.append("<tag vocabulary=\"3\" code=\"x\"/>");
    }
    IatiImport read = read(document(activity("A1", tags.toString())));
    assertThat(read.problems()).hasSize(10_001);
    assertThat(read.problems().subList(0, 10_000))
        .allSatisfy(p -> assertThat(p.code()).isEqualTo(IatiProblemCode.NOT_AN_SDG_CODE));
    IatiProblem last = read.problems().get(10_000);
    assertThat(last.code()).isEqualTo(IatiProblemCode.TOO_MANY_PROBLEMS);
    assertThat(last.severity()).isEqualTo(Severity.WARNING);
    assertThat(last.message()).isEqualTo("10 more problems were found and not listed");
    // it points where the last listed problem points
    assertThat(last.xpath()).isEqualTo(read.problems().get(9_999).xpath());
    assertThat(last.xpath()).isEqualTo("/iati-activities/iati-activity[1]/tag[10000]/@code");
    assertThat(onlyEntry(read).sdgTargets()).isEmpty();
  }
}
