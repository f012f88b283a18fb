package org.unsdcf.iati;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.unsdcf.iati.ImportXml.activity;
import static org.unsdcf.iati.ImportXml.document;
import static org.unsdcf.iati.ImportXml.only;
import static org.unsdcf.iati.ImportXml.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.validation.Severity;

/**
 * How the reader walks a document (design.md §15, §20): the root and what sits beside the
 * activities, namespaces, positions in XPaths across activities, narratives and languages, what
 * counts as content, the file's currency, limits given to the builder, and the order of problems.
 */
class IatiReaderStructureTest {
  private static final String AT = "/iati-activities/iati-activity[1]";

  private static List<String> problems(IatiImport read) {
    return ImportXml.problems(read, AT);
  }

  private static IatiReadException refused(IatiReader reader, String document) {
    return catchThrowableOfType(
        IatiReadException.class, () -> reader.read(document.getBytes(UTF_8)));
  }

  // --- dates and years -------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "2024-01-01, 2024-01-01",
    "2024-12-31T23:59:59Z, 2024-12-31",
    "2024-02-29, 2024-02-29",
    "0000-01-01, 0000-01-01",
    "2023-02-29, ",
    "2024-13-01, ",
    "2024-1-01, ",
    "2024/01/01, ",
    "2024-01/01, ",
    "2024-0a-01, ",
    "2024-01-0:, ",
    "2024-01-0, ",
    "20240101, ",
    "'', "
  })
  void should_read_the_date_at_the_start_of_a_text(String text, LocalDate date) {
    assertThat(ActivityContext.isoDate(text)).isEqualTo(date);
  }

  @Test
  void should_not_read_a_date_followed_by_a_line_terminator() {
    for (String end : new String[] {"\n", "\r", "\u0085", "\u2028", "\u2029"}) {
      assertThat(ActivityContext.isoDate("2024-01-01" + end))
          .as("%x", (int) end.charAt(0))
          .isNull();
      assertThat(ActivityContext.isoDate("2024-01-01 x" + end + "y")).isNull();
    }
    assertThat(ActivityContext.isoDate("2024-01-01 \u0084\u2027\u202a\t"))
        .isEqualTo(LocalDate.of(2024, 1, 1));
  }

  @ParameterizedTest
  @CsvSource({"1945, 1945", "2100, 2100", "2024, 2024", "1944, ", "2101, ", "024, ", "20245, "})
  void should_read_years_in_1945_to_2100(String text, Integer year) {
    assertThat(ActivityContext.year(text)).isEqualTo(Optional.ofNullable(year));
  }

  @Test
  void should_write_the_first_and_last_days_of_any_year() {
    for (int y : new int[] {1, 1944, 1945, 2024, 2100, 2101, 9999}) {
      java.time.Year year = java.time.Year.of(y);
      assertThat(IsoDates.firstDay(year)).isEqualTo(year.atDay(1).toString());
      assertThat(IsoDates.lastDay(year)).isEqualTo(year.atMonth(12).atEndOfMonth().toString());
      for (LocalDate d :
          new LocalDate[] {
            year.atDay(1),
            year.atMonth(12).atEndOfMonth(),
            year.atMonth(1).atDay(31),
            year.atMonth(12).atDay(1),
            year.atMonth(6).atDay(15)
          }) {
        assertThat(IsoDates.of(d)).isEqualTo(d.toString());
      }
    }
  }

  // --- the root and its children ---------------------------------------------------------------

  @Test
  void should_report_a_missing_or_unknown_version_and_foreign_attributes_of_the_root() {
    String clean = activity("V1", "");
    IatiImport none =
        read(document(clean).replace("<iati-activities version=\"2.03\">", "<iati-activities>"));
    assertThat(problems(none))
        .containsExactly(
            "MISSING /iati-activities/@version: iati-activities has no version; read as 2.03");
    IatiImport old =
        read(
            document(clean)
                .replace(
                    "<iati-activities version=\"2.03\">",
                    "<iati-activities version=\" 1.05 \" xmlns:d=\"urn:d\" d:x=\"1\">"));
    assertThat(problems(old))
        .containsExactly(
            "FOREIGN_ATTRIBUTE /iati-activities: attributes of other namespaces are not imported:"
                + " d:x",
            "UNKNOWN_CODE /iati-activities/@version: IATI version '1.05' is not 2.0x; read as"
                + " 2.03");
    IatiImport two = read(document(clean).replace("version=\"2.03\"", "version=\"2.01\""));
    assertThat(two.problems()).isEmpty();
  }

  @Test
  void should_report_other_elements_beside_the_activities() {
    String doc =
        document(
            activity("W1", ""),
            "<d:meta xmlns:d=\"urn:d\">x</d:meta>\n<other>y</other>\n<empty/>\n");
    IatiImport read = read(doc);
    assertThat(read.activities()).isEqualTo(1);
    assertThat(problems(read))
        .containsExactly(
            "NOT_IMPORTED /iati-activities/d:meta[1]: element d:meta of iati-activities is not"
                + " imported",
            "NOT_IMPORTED /iati-activities/other[1]: element other of iati-activities is not"
                + " imported");
  }

  @Test
  void should_refuse_a_root_in_a_namespace() {
    IatiReader reader = IatiReader.standard();
    assertThat(refused(reader, "<iati-activities xmlns=\"urn:x\" version=\"2.03\"/>"))
        .hasMessageContaining(
            "not an IATI activity file: the root element is <{}iati-activities>, not"
                + " <iati-activities>");
    assertThat(refused(reader, "<a:iati-activities xmlns:a=\"urn:x\" version=\"2.03\"/>"))
        .hasMessageContaining("the root element is <a:iati-activities>, not <iati-activities>");
  }

  @Test
  void should_name_foreign_elements_of_an_activity_by_prefix() {
    IatiImport read =
        read(
            document(
                activity(
                    "F1",
                    "<d:extra xmlns:d=\"urn:d\">x</d:extra>\n<extra xmlns=\"urn:e\">y</extra>\n")));
    assertThat(problems(read))
        .containsExactly(
            "NOT_IMPORTED /d:extra[1]: element d:extra is not imported",
            "NOT_IMPORTED /{}extra[1]: element {}extra is not imported");
  }

  @Test
  void should_give_positions_in_every_activity_not_only_the_first() {
    String second =
        activity(
            "P2",
            "<result type=\"1\"><title><narrative>Clean water for schools</narrative></title>"
                + "<indicator measure=\"1\"/><indicator measure=\"1\"/></result>\n");
    String third = activity("P3", "<activity-date iso-date=\"2024-02-01\" type=\"9\"/>\n");
    IatiImport read = read(document(activity("P1", ""), second, third));
    assertThat(read.problems())
        .extracting(IatiProblem::xpath)
        .containsExactly(
            "/iati-activities/iati-activity[2]/result[1]/indicator[1]",
            "/iati-activities/iati-activity[2]/result[1]/indicator[2]",
            "/iati-activities/iati-activity[3]/activity-date[3]/@type");
  }

  @Test
  void should_count_positions_among_more_names_than_it_searches_in_place() {
    StringBuilder extra = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      extra.append("<x").append(i).append(">v</x").append(i).append(">\n");
    }
    extra.append("<x12>w</x12>\n");
    extra.append("<activity-date iso-date=\"2024-02-01\" type=\"9\"/>\n");
    extra.append("<x13>v</x13>\n");
    IatiImport read = read(document(activity("Q1", extra.toString())));
    List<String> xpaths = read.problems().stream().map(IatiProblem::xpath).toList();
    assertThat(xpaths)
        .contains(
            AT + "/activity-date[3]/@type",
            AT + "/x1[1]",
            AT + "/x10[1]",
            AT + "/x11[1]",
            AT + "/x12[1]",
            AT + "/x13[1]")
        .hasSize(14);
    assertThat(problems(read))
        .contains("NOT_IMPORTED /x12[1]: element x12 (2 times) is not imported");
  }

  @Test
  void should_read_exactly_the_limit_of_activities_and_depth() {
    IatiReader two = IatiReader.builder().maxActivities(2).build();
    assertThat(ImportXml.read(two, document(activity("M1", ""), activity("M2", ""))).activities())
        .isEqualTo(2);
    String deep = "<iati-activities><iati-activity><a><b><c><d/></c></b></a></iati-activity>";
    IatiReader six = IatiReader.builder().maxDepth(6).build();
    assertThat(ImportXml.read(six, deep + "</iati-activities>").activities()).isEqualTo(1);
    assertThat(
            refused(
                six,
                "<iati-activities><iati-activity><a><b><c><d><e/></d></c></b></a></iati-activity>"
                    + "</iati-activities>"))
        .hasMessageContaining("6");
  }

  @Test
  void should_read_an_element_with_a_hundred_attributes_and_refuse_one_more() {
    StringBuilder attributes = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      attributes.append(" a").append(i).append("=\"1\"");
    }
    String hundred = "<iati-activities version=\"2.03\"><x" + attributes + "/></iati-activities>";
    assertThat(IatiReader.standard().read(hundred.getBytes(UTF_8)).activities()).isZero();
    String more = hundred.replace("<x ", "<x b=\"1\" ");
    assertThat(refused(IatiReader.standard(), more)).hasMessageContaining("100");
  }

  @Test
  void should_quote_the_parsers_message_without_its_own_framing() {
    IatiReadException e =
        refused(IatiReader.standard(), "<iati-activities><iati-activity></iati-activities>");
    assertThat(e.getMessage())
        .startsWith("not well-formed XML at line 1, column ")
        .doesNotContain("Message:")
        .doesNotContain("ParseError")
        .contains("iati-activity");
  }

  @Test
  void should_place_the_no_country_problem_at_the_root() {
    String doc = document(activity("N1", "").replace("<recipient-country code=\"KG\"/>", ""));
    IatiImport read = read(doc);
    assertThat(read.recipientCountries()).isEmpty();
    IatiProblem p = read.noCountryProblem();
    assertThat(p.xpath()).isEqualTo("/iati-activities");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo("<iati-activities version=\"2.03\">".length() + 1);
  }

  @Test
  void should_read_a_file(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("activities.xml");
    Files.writeString(file, document(activity("R1", "")), UTF_8);
    assertThat(IatiReader.standard().read(file).entries())
        .extracting(SubOutput::code)
        .containsExactly("R1");
  }

  @Test
  void should_take_limits_up_to_the_defaults_and_from_one() {
    IatiReader.Builder b =
        IatiReader.builder()
            .maxDepth(64)
            .maxAttributeLength(100_000)
            .maxActivities(1_000_000)
            .maxDocumentBytes(256L * 1024 * 1024);
    assertThat(ImportXml.read(b.build(), document(activity("B1", ""))).entries()).hasSize(1);
    IatiReader.Builder small =
        IatiReader.builder().maxDepth(1).maxAttributeLength(1).maxActivities(1).maxDocumentBytes(1);
    assertThat(small.build()).isNotNull();
    assertThatThrownBy(() -> IatiReader.builder().maxDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("IatiReader.maxDepth: must be between 1 and 64, but was '0'");
  }

  // --- narratives ------------------------------------------------------------------------------

  private static String titled(String id, String narratives) {
    return activity(id, "")
        .replace(
            "<title><narrative>Clean water for schools</narrative></title>",
            "<title>" + narratives + "</title>");
  }

  @Test
  void should_keep_the_first_narrative_when_none_is_in_the_language() {
    IatiImport read =
        read(
            document(
                titled(
                    "L1",
                    "<narrative xml:lang=\"fr\">Eau</narrative>"
                        + "<narrative xml:lang=\"es\">Agua</narrative>")));
    assertThat(only(read).title()).isEqualTo("Eau");
    assertThat(problems(read))
        .containsExactly(
            "OTHER_LANGUAGES /title[1]: the element has 2 narratives; the one in fr is kept, the"
                + " others are not imported");
  }

  @Test
  void should_prefer_a_narrative_without_a_language_to_one_in_another() {
    IatiImport read =
        read(
            document(
                titled(
                    "L2",
                    "<narrative xml:lang=\"fr\">Eau</narrative><narrative>Water</narrative>"
                        + "<narrative>Later</narrative>")));
    assertThat(only(read).title()).isEqualTo("Water");
    assertThat(problems(read))
        .containsExactly(
            "OTHER_LANGUAGES /title[1]: the element has 3 narratives; the one in the activity's"
                + " language is kept, the others are not imported");
  }

  @Test
  void should_take_the_configured_language_ignoring_case_and_report_upper_case_once() {
    String a =
        titled(
                "L3",
                "<narrative xml:lang=\"fr\">Eau</narrative><narrative xml:lang=\"EN\">Water</narrative>")
            .replace(
                "<iati-identifier>",
                "<description><narrative xml:lang=\"EN\">More</narrative></description>\n"
                    + "<iati-identifier>");
    IatiImport read = read(document(a));
    assertThat(only(read).title()).isEqualTo("Water");
    assertThat(problems(read))
        .containsExactly(
            "OTHER_LANGUAGES /title[1]: the element has 2 narratives; the one in EN is kept, the"
                + " others are not imported",
            "LANGUAGE_CASE /title[1]/narrative[2]/@xml:lang: xml:lang 'EN' is not lower case"
                + " (read ignoring case; reported once per activity)");
    IatiImport french = ImportXml.read(IatiReader.builder().language("fr").build(), document(a));
    assertThat(only(french).title()).isEqualTo("Eau");
  }

  @Test
  void should_count_only_narratives_of_iati_with_words() {
    IatiImport read =
        read(
            document(
                titled(
                    "L4",
                    "<d:narrative xmlns:d=\"urn:d\">Autre</d:narrative><note>Nota</note>"
                        + "<narrative> </narrative><narrative>Water</narrative>")));
    assertThat(only(read).title()).isEqualTo("Water");
    assertThat(read.problems()).isEmpty();
  }

  @Test
  void should_report_control_characters_made_spaces_in_a_description() {
    IatiImport read =
        read(
            document(
                activity(
                    "C1",
                    "<description><narrative>Wells\u007fand pumps</narrative></description>")));
    assertThat(only(read).description()).contains("Wells and pumps");
    assertThat(problems(read))
        .containsExactly(
            "TEXT_CHANGED /description[1]: description: control characters became spaces, or the"
                + " text was cut to 100000 characters");
  }

  @Test
  void should_report_a_narrative_cut_to_the_longest_text_the_reader_keeps() {
    String runs = "a".repeat(600_000) + "<!-- -->" + "b".repeat(600_000);
    IatiImport read =
        read(
            document(
                activity("C2", "<description><narrative>" + runs + "</narrative></description>")));
    assertThat(only(read).description().get()).hasSize(100_000);
    assertThat(problems(read))
        .containsExactly(
            "TEXT_CHANGED /description[1]: description: control characters became spaces, or the"
                + " text was cut to 100000 characters",
            "TEXT_CHANGED /description[1]/narrative[1]: the narrative was cut to its first"
                + " characters");
  }

  @Test
  void should_report_only_elements_that_hold_something() {
    IatiImport read =
        read(
            document(
                activity(
                    "H1",
                    """
                    <note xml:lang="en"/>
                    <blank a=" "/>
                    <wrap><sub/><sub>  </sub></wrap>
                    <deep><sub><leaf>x</leaf></sub></deep>
                    <attr b="1"/>
                    """)));
    assertThat(problems(read))
        .containsExactly(
            "NOT_IMPORTED /deep[1]: element deep is not imported",
            "NOT_IMPORTED /attr[1]: element attr is not imported");
  }

  // --- currency and money ----------------------------------------------------------------------

  private static String budget(String value) {
    return "<budget type=\"1\"><period-start iso-date=\"2024-01-01\"/>" + value + "</budget>\n";
  }

  @Test
  void should_read_money_in_its_own_currency_when_no_activity_has_a_default() {
    String a =
        activity("K1", budget("<value currency=\"EUR\">10</value>"))
            .replace(" default-currency=\"USD\"", "");
    IatiImport read = read(document(a));
    assertThat(read.currency()).isEqualTo("EUR");
    assertThat(only(read).funding().get(0).required()).isEqualTo(Money.of(10, "EUR"));
    assertThat(read.problems()).isEmpty();
  }

  @Test
  void should_fall_back_to_usd_and_say_so_only_when_there_is_money() {
    String lower = " default-currency=\"usd\"";
    String withMoney =
        activity("K2", budget("<value currency=\"usd\">10</value>"))
            .replace(" default-currency=\"USD\"", lower);
    String without = activity("K3", "").replace(" default-currency=\"USD\"", lower);
    IatiImport read = read(document(without, withMoney));
    assertThat(read.currency()).isEqualTo("USD");
    assertThat(problems(read))
        .contains("MISSING /iati-activities: no usable default-currency; money is read in USD");
    IatiImport none = read(document(without));
    assertThat(none.currency()).isEqualTo("USD");
    assertThat(none.problems()).isEmpty();
  }

  @Test
  void should_keep_incoming_funds_when_no_commitment_covers_their_year() {
    IatiImport read =
        read(document(activity("K4", ImportXml.transaction(1, "2024-03-01", "60", "USD"))));
    assertThat(only(read).funding().get(0).available()).isEqualTo(Money.of(60, "USD"));
    assertThat(read.problems()).isEmpty();
  }

  @Test
  void should_read_a_zero_budget_and_refuse_sums_a_money_cannot_hold() {
    IatiImport zero = read(document(activity("K5", budget("<value>0</value>"))));
    assertThat(only(zero).funding().get(0).required()).isEqualTo(Money.of(0, "USD"));
    assertThat(zero.problems()).isEmpty();
    IatiImport big =
        read(
            document(
                activity(
                    "K6", budget("<value>999999999999999</value>") + budget("<value>1</value>"))));
    assertThat(only(big).funding().get(0).required()).isEqualTo(Money.of(0, "USD"));
    assertThat(problems(big))
        .containsExactly(
            "BAD_AMOUNT /budget[1]/value[1]: required of 2024 sums to 1000000000000000, which a"
                + " Money cannot hold; read as 0");
    IatiImport below =
        read(
            document(
                activity(
                    "K7", budget("<value>999999999999998</value>") + budget("<value>1</value>"))));
    assertThat(only(below).funding().get(0).required().amount())
        .isEqualByComparingTo(new BigDecimal("999999999999999"));
  }

  @Test
  void should_find_an_agency_by_its_dac_number_alone() {
    String a =
        activity("A1", "")
            .replace(
                "<participating-org role=\"3\"><narrative>UNDP</narrative></participating-org>",
                "<participating-org role=\"3\" ref=\"41114\"/>");
    assertThat(only(read(document(a))).leadEntity()).isEqualTo("UNDP");
  }

  // --- the problem list ------------------------------------------------------------------------

  @Test
  void should_sort_problems_by_position_then_code() {
    String parent = activity("XM-1", "");
    String child =
        activity(
            "XM-1-S1",
            "<related-activity ref=\"XM-1\" type=\"1\"/>\n"
                + "<activity-date iso-date=\"2024-02-01\" type=\"9\"/>\n");
    IatiImport read = read(document(parent, child));
    assertThat(read.problems())
        .extracting(IatiProblem::code)
        .containsExactly(IatiProblemCode.PARENT_ACTIVITY, IatiProblemCode.UNKNOWN_CODE);
    String both =
        activity("G1", "")
            .replace(
                "<iati-activity default-currency=\"USD\">",
                "<iati-activity default-currency=\"USD\" xml:lang=\"EN\" d:x=\"1\""
                    + " xmlns:d=\"urn:d\">");
    assertThat(read(document(both)).problems())
        .extracting(IatiProblem::code)
        .containsExactly(IatiProblemCode.FOREIGN_ATTRIBUTE, IatiProblemCode.LANGUAGE_CASE);
  }

  @Test
  void should_tell_whether_a_log_holds_an_error() {
    ProblemLog log = new ProblemLog(10);
    assertThat(log.hasErrors()).isFalse();
    log.add(IatiProblemCode.NO_TITLE, Severity.WARNING, "/a", 1, 1, "warned");
    assertThat(log.hasErrors()).isFalse();
    log.add(IatiProblemCode.NO_DATES, Severity.ERROR, "/a", 1, 1, "failed");
    assertThat(log.hasErrors()).isTrue();
  }

  @Test
  void should_refuse_a_problem_without_a_position_or_on_more_than_one_line() {
    IatiProblem ok = new IatiProblem(IatiProblemCode.NO_TITLE, Severity.WARNING, "/a", 1, 1, "m");
    assertThat(ok.line()).isEqualTo(1);
    for (int[] at : new int[][] {{0, 1}, {1, 0}}) {
      assertThatThrownBy(
              () ->
                  new IatiProblem(
                      IatiProblemCode.NO_TITLE, Severity.WARNING, "/a", at[0], at[1], "m"))
          .isInstanceOf(IllegalArgumentException.class);
    }
    for (String message : new String[] {"\nm", "m\n", "\rm", "m\r"}) {
      assertThatThrownBy(
              () ->
                  new IatiProblem(IatiProblemCode.NO_TITLE, Severity.WARNING, "/a", 1, 1, message))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  // --- the import as a plan
  // -----------------------------------------------------------------------

  @Test
  void should_add_an_empty_joint_work_plan_over_the_plans_period_when_nothing_was_imported() {
    String undated =
        activity("E1", "").replace("<activity-date iso-date=\"2025-12-31\" type=\"3\"/>", "");
    IatiImport read = read(document(undated));
    assertThat(read.entries()).isEmpty();
    org.unsdcf.core.model.CooperationFramework plan = org.unsdcf.testkit.SamplePlans.kyrgyzstan();
    org.unsdcf.core.model.CooperationFramework into = read.into(plan);
    org.unsdcf.core.model.JointWorkPlan added =
        into.jointWorkPlans().get(into.jointWorkPlans().size() - 1);
    assertThat(added.period()).isEqualTo(plan.period());
    assertThat(added.code()).isEqualTo("IATI-" + plan.period().start() + "-" + plan.period().end());
    assertThat(added.entries()).isEmpty();
    assertThatThrownBy(() -> read.toPlan(List.of("KGZ")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("IatiImport.toPlan: no entry was imported, so the plan has no period");
  }

  @Test
  void should_take_a_code_like_name_as_an_agency_without_remark_when_nothing_is_catalogued()
      throws IOException {
    AgencyResolver none = AgencyResolver.none();
    assertThat(none.isCatalogued()).isFalse();
    assertThat(none.byIatiOrgId("XM-DAC-41114")).isEmpty();
    assertThat(none.byName("UNDP")).isEmpty();
    ImportAssembler assembler = new ImportAssembler(Optional.empty(), "en", none);
    String doc =
        document(
            activity(
                "U1",
                "<participating-org role=\"2\"><narrative>UNICEF</narrative></participating-org>"));
    new ActivityStreamReader(new IatiReader.Limits(1_000_000, 64, 1000, 10))
        .read(new java.io.ByteArrayInputStream(doc.getBytes(UTF_8)), assembler);
    IatiImport read = assembler.finish();
    assertThat(only(read).agencies()).containsExactly("UNDP", "UNICEF");
    assertThat(read.problems()).isEmpty();
  }

  // --- text runs and reused nodes
  // -----------------------------------------------------------------

  @Test
  void should_join_the_runs_of_a_text_as_they_are() {
    IatiImport spaced =
        read(document(titled("J1", "<narrative>Clean water<![CDATA[ ]]></narrative>")));
    assertThat(only(spaced).title()).isEqualTo("Clean water ");
    assertThat(spaced.problems()).isEmpty();
    IatiImport later = read(document(titled("J2", "<narrative> <![CDATA[Water]]></narrative>")));
    assertThat(only(later).title()).isEqualTo(" Water");
    assertThat(later.problems()).isEmpty();
    IatiImport blank =
        read(
            document(
                titled(
                    "J3",
                    "<narrative> <![CDATA[ ]]>\n  </narrative><narrative>Water</narrative>")));
    assertThat(only(blank).title()).isEqualTo("Water");
    assertThat(blank.problems()).isEmpty();
  }

  @Test
  void should_read_indentation_longer_than_the_shared_runs() {
    for (int spaces : new int[] {63, 64, 65, 80}) {
      String indent = "\n" + " ".repeat(spaces);
      IatiImport read =
          read(
              document(
                  activity(
                      "I" + spaces,
                      "<description>"
                          + indent
                          + "<narrative>About wells</narrative>"
                          + indent
                          + "</description>")));
      assertThat(only(read).description()).contains("About wells");
      assertThat(read.problems()).isEmpty();
    }
  }

  @Test
  void should_keep_a_text_that_starts_with_a_line_break() {
    IatiImport read = read(document(titled("J4", "<narrative>\nWater</narrative>")));
    assertThat(only(read).title()).isEqualTo(" Water");
    assertThat(read.problems())
        .extracting(IatiProblem::code)
        .containsExactly(IatiProblemCode.TEXT_CHANGED);
  }

  @Test
  void should_not_call_a_text_of_exactly_the_longest_length_cut() {
    String exact = "a".repeat(1_000_000);
    String message =
        "TEXT_CHANGED /description[1]: description: control characters became spaces, or the"
            + " text was cut to 100000 characters";
    IatiImport whole =
        read(
            document(
                activity("J5", "<description><narrative>" + exact + "</narrative></description>")));
    assertThat(problems(whole)).containsExactly(message);
    IatiImport more =
        read(
            document(
                activity(
                    "J6",
                    "<description><narrative>" + exact + "<!-- -->b</narrative></description>")));
    assertThat(problems(more))
        .containsExactly(
            message,
            "TEXT_CHANGED /description[1]/narrative[1]: the narrative was cut to its first"
                + " characters");
  }

  @Test
  void should_not_carry_foreign_attributes_from_one_activity_to_the_next() {
    String foreign =
        activity("Z1", "")
            .replace(
                "<iati-activity default-currency=\"USD\">",
                "<iati-activity default-currency=\"USD\" xmlns:d=\"urn:d\" d:x=\"1\">");
    IatiImport read = read(document(foreign, activity("Z2", "")));
    assertThat(read.problems())
        .extracting(IatiProblem::code, IatiProblem::xpath)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                IatiProblemCode.FOREIGN_ATTRIBUTE, "/iati-activities/iati-activity[1]"));
  }

  @Test
  void should_find_catalogued_agencies_by_org_id_dac_number_and_abbreviation() {
    CatalogueAgencies catalogue =
        new CatalogueAgencies(org.unsdcf.core.entities.UnEntityCatalogue.bundled());
    assertThat(catalogue.isCatalogued()).isTrue();
    assertThat(catalogue.byIatiOrgId("XM-DAC-41114")).contains("UNDP");
    assertThat(catalogue.byIatiOrgId("41114")).contains("UNDP");
    assertThat(catalogue.byIatiOrgId("4111")).isEmpty();
    assertThat(catalogue.byIatiOrgId("XX-NOT-UN")).isEmpty();
    assertThat(catalogue.byName("UNDP")).contains("UNDP");
    assertThat(catalogue.byName("Ministry of Health")).isEmpty();
  }
}
