package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.unsdcf.json.BadInputTest.MIN;
import static org.unsdcf.json.BadInputTest.min;
import static org.unsdcf.json.BadInputTest.with;
import static org.unsdcf.json.Json.goldenWith;
import static org.unsdcf.json.Json.problemsOf;
import static org.unsdcf.json.Json.utf8;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.TargetKind;

/**
 * The diagnosing reader's problems beyond their codes: each value quoted in its message as
 * design.md §5.2 says (controls and lone surrogates escaped, pairs kept, long values cut), each
 * rule named, and exactly one problem for one bad value.
 */
class ProblemMessagesTest {
  private static final String INDICATOR = "/priorityAreas/0/outcomes/0/indicators/0";

  private static ReadProblem only(String doc) {
    return BadInputTest.only(doc);
  }

  private static ReadProblem only(byte[] doc) {
    return BadInputTest.only(doc);
  }

  @Test
  void should_quote_a_space_raw_and_a_tab_escaped() {
    ReadProblem p = only(with("title", "' \\t '"));

    assertThat(p.code()).isEqualTo(ReadProblemCode.TEXT_BLANK);
    assertThat(p.message()).isEqualTo("text ' \\u0009 ' is blank");
  }

  @Test
  void should_quote_a_surrogate_pair_raw_and_a_lone_surrogate_escaped() {
    ReadProblem pair = only(with("code", "'a\ud83d\ude00'"));
    assertThat(pair.message()).startsWith("code 'a\ud83d\ude00' must be");

    ReadProblem lone = only(with("code", "'a\\ud800'"));
    assertThat(lone.code()).isEqualTo(ReadProblemCode.PATTERN);
    assertThat(lone.message()).startsWith("code 'a\\uD800' must be");

    ReadProblem low = only(with("code", "'\\udc00a'"));
    assertThat(low.message()).startsWith("code '\\uDC00a' must be");
  }

  @Test
  void should_quote_del_escaped() {
    ReadProblem p = only(with("title", "'a\\u007f'"));

    assertThat(p.code()).isEqualTo(ReadProblemCode.TEXT_CONTROL_CHAR);
    assertThat(p.message()).isEqualTo("text 'a\\u007F' contains control character U+007F");
  }

  @Test
  void should_cut_a_quoted_value_after_100_characters() {
    String code = "c".repeat(64) + "\ud83d\ude00".repeat(40);
    ReadProblem p = only(with("code", "'" + code + "'"));

    assertThat(p.message())
        .isEqualTo(
            "code '"
                + "c".repeat(64)
                + "\ud83d\ude00".repeat(36)
                + "...' must be 1 to 64 letters, digits or . _ : / - starting with a letter or"
                + " digit");
    ReadProblem exactly = only(with("code", "'" + "c".repeat(100) + "'"));
    assertThat(exactly.message()).startsWith("code '" + "c".repeat(100) + "' must");
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of(
            utf8(MIN.replace("\"currency\":\"USD\"", "\"currency\":\"US$\"")),
            "/currency",
            "currency 'US$' must be an ISO 4217 code"),
        Arguments.of(
            utf8(MIN.replace("[\"KGZ\"]", "[\"kgz\"]")),
            "/countries/0",
            "country 'kgz' must be an ISO 3166-1 alpha-3 code"),
        Arguments.of(
            goldenWith("\"10.7\"\n          ]", "\"18.1\"\n          ]"),
            "/priorityAreas/0/outcomes/0/sdgTargets/1",
            "SDG target '18.1' must be an SDG target code such as 5.2"),
        Arguments.of(
            goldenWith("\"code\": \"3\"", "\"code\": \"0\""),
            "/priorityAreas/0/outcomes/0/outputs/0/tags/0/code",
            "GCM objective '0' must be a GCM objective number from 1 to 99"),
        Arguments.of(
            goldenWith("\"GCM_OBJECTIVE\"", "\"gcm\""),
            "/priorityAreas/0/outcomes/0/outputs/0/tags/0/vocabulary",
            "vocabulary 'gcm' must be upper-case letters, digits and _, at most 32, starting with a"
                + " letter"),
        Arguments.of(
            goldenWith(
                "\"code\": \"OC1.1-I1\",", "\"code\": \"OC1.1-I1\", \"sdgIndicator\": \"5.2\","),
            INDICATOR + "/sdgIndicator",
            "SDG indicator '5.2' must be an SDG indicator code such as 5.2.1"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("rules")
  void should_name_the_rule_a_value_breaks(byte[] doc, String path, String message) {
    ReadProblem p = only(doc);

    assertThat(p.code()).isEqualTo(ReadProblemCode.PATTERN);
    assertThat(p.path()).isEqualTo(path);
    assertThat(p.message()).isEqualTo(message);
  }

  @Test
  void should_report_a_bad_tag_code_once_not_again_against_its_vocabulary() {
    String tag = "\"vocabulary\": \"GCM_OBJECTIVE\",\n                  \"code\": \"3\"";
    String tags = "/priorityAreas/0/outcomes/0/outputs/0/tags/0/code";

    PlanReadException number =
        problemsOf(goldenWith(tag, "\"vocabulary\": \"GCM_OBJECTIVE\", \"code\": 3"));
    assertThat(number.problems())
        .extracting(ReadProblem::code, ReadProblem::path, ReadProblem::message)
        .containsExactly(
            tuple(
                ReadProblemCode.TYPE_MISMATCH, tags, "expected a string, but was the number '3'"));

    PlanReadException spaced =
        problemsOf(goldenWith(tag, "\"vocabulary\": \"GCM_OBJECTIVE\", \"code\": \"3 b\""));
    assertThat(spaced.problems())
        .extracting(ReadProblem::code, ReadProblem::path)
        .containsExactly(tuple(ReadProblemCode.PATTERN, tags));
  }

  @Test
  void should_list_the_constants_of_an_unknown_enum() {
    ReadProblem p = only(goldenWith("\"kind\": \"FINAL\"", "\"kind\": \"final\""));

    assertThat(p.message()).isEqualTo("'final' is not one of " + constants(TargetKind.class));
    assertThat(p.message()).contains(", ").doesNotContain("of ,");
  }

  private static String constants(Class<? extends Enum<?>> type) {
    StringBuilder b = new StringBuilder();
    for (Enum<?> e : type.getEnumConstants()) {
      b.append(b.length() == 0 ? "" : ", ").append(e.name());
    }
    return b.toString();
  }

  @Test
  void should_say_what_was_expected_instead_of_a_wrong_type() {
    ReadProblem list = only(with("countries", "'KGZ'"));
    assertThat(list.path()).isEqualTo("/countries");
    assertThat(list.message()).isEqualTo("expected an array, but was the string 'KGZ'");

    ReadProblem value = only(goldenWith("\"value\": 500", "\"value\": true"));
    assertThat(value.path()).isEqualTo(INDICATOR + "/measurements/0/value");
    assertThat(value.message()).isEqualTo("expected a number or a string, but was a boolean");
  }

  /** The worked example with its first indicator QUALITATIVE and one value {@code "Draft"}. */
  private static String qualitative() {
    return new String(PlanWriter.pretty().write(Plans.qualitative()), StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\" \"            | TEXT_BLANK",
        "\"a\\u0000\"     | TEXT_CONTROL_CHAR",
        "\"a\\tb\"        | TEXT_CONTROL_CHAR",
        "\"a\\ud800\"     | TEXT_SURROGATE",
        "\"\\udc00\"      | TEXT_SURROGATE",
        "5                | TYPE_MISMATCH",
        "null             | NULL_NOT_ALLOWED",
      })
  void should_report_a_bad_qualitative_value_once(String value, ReadProblemCode code) {
    String doc = qualitative().replace("\"Draft\"", value);

    PlanReadException e = problemsOf(doc);

    assertThat(e.problems())
        .extracting(ReadProblem::code, ReadProblem::path)
        .containsExactly(tuple(code, INDICATOR + "/measurements/0/value"));
  }

  @Test
  void should_report_a_too_long_qualitative_value_once_and_read_one_of_exactly_1000() {
    String name = "\ud83d\ude00".repeat(1000);
    String doc = qualitative().replace("\"Draft\"", "\"" + name + "\"");
    String unknown = doc.replace("\"title\": \"Migration", "\"x\": 1, \"title\": \"Migration");

    assertThat(problemsOf(unknown).problems())
        .extracting(ReadProblem::code, ReadProblem::path)
        .containsExactly(tuple(ReadProblemCode.UNKNOWN_FIELD, INDICATOR + "/x"));
    assertThat(problemsOf(doc.replace(name, name + "a")).problems())
        .extracting(ReadProblem::code, ReadProblem::message)
        .containsExactly(
            tuple(
                ReadProblemCode.TEXT_TOO_LONG,
                "text '"
                    + "\ud83d\ude00".repeat(100)
                    + "...' has 1001 code points, more than 1000"));
  }

  @Test
  void should_report_a_number_where_text_is_wanted_as_the_measure_says() {
    ReadProblem p = only(qualitative().replace("\"Draft\"", "5"));

    assertThat(p.message())
        .isEqualTo("expected text for a QUALITATIVE indicator, but was the number '5'");
  }

  @Test
  void should_report_a_title_of_exactly_1000_code_points_only_for_another_problem() {
    String title = "\ud83d\ude00".repeat(1000);
    PlanReadException e = problemsOf(min("'x':1").replace("\"T\"", "\"" + title + "\""));

    assertThat(e.problems())
        .extracting(ReadProblem::code, ReadProblem::path)
        .containsExactly(tuple(ReadProblemCode.UNKNOWN_FIELD, "/x"));
  }

  @Test
  void should_report_a_lone_high_surrogate_at_the_end_of_a_text() {
    ReadProblem p = only(with("title", "'a\\ud800'"));

    assertThat(p.code()).isEqualTo(ReadProblemCode.TEXT_SURROGATE);
    assertThat(p.message()).isEqualTo("text 'a\\uD800' contains an unpaired surrogate");
  }

  @Test
  void should_read_a_qualitative_plan() {
    byte[] doc = utf8(qualitative());
    assertThat(PlanReader.standard().read(doc).priorityAreas().get(0).outcomes().get(0).code())
        .isEqualTo("OC1.1");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{}     | an object",
        "[1]    | an array",
        "true   | a boolean",
        "false  | a boolean",
      })
  void should_name_the_json_kind_given_instead_of_a_string(String value, String kind) {
    ReadProblem p = only(with("title", value));

    assertThat(p.code()).isEqualTo(ReadProblemCode.TYPE_MISMATCH);
    assertThat(p.message()).isEqualTo("expected a string, but was " + kind);
  }

  @Test
  void should_name_a_portfolio_entry_by_its_line_and_its_plan_or_first_problem() {
    PortfolioEntry plan = PortfolioEntry.of(3, Plans.kyrgyzstan());
    PlanReadException problems = problemsOf("");
    PortfolioEntry failed = PortfolioEntry.failed(4, problems);

    assertThat(plan).hasToString("line 3: KGZ-2023-2027");
    assertThat(failed).hasToString("line 4: " + problems.getMessage());
  }
}
