package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.unsdcf.json.BadInputTest.col;
import static org.unsdcf.json.BadInputTest.is;
import static org.unsdcf.json.BadInputTest.min;
import static org.unsdcf.json.BadInputTest.with;
import static org.unsdcf.json.Json.goldenWith;
import static org.unsdcf.json.Json.problemsOf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The diagnosing reader where the one-pass reader gives up (design.md §5.1, §11): value kinds
 * against the measure, money bounds and scale, disaggregation keys, object nesting and the format
 * version's own check, each reported once, at its pointer and position.
 */
class DiagnosingReaderTest {
  private static final String INDICATOR = "/priorityAreas/0/outcomes/0/indicators/0";

  private static int line(String doc, String text) {
    return Json.lineOf(doc, text);
  }

  private static int column(String doc, String text) {
    return Json.columnOf(doc, text);
  }

  @Test
  void should_report_a_text_baseline_of_a_numeric_indicator_as_a_type_mismatch() {
    String doc = Json.golden().replace("\"value\": 0", "\"value\": \"none\"");

    ReadProblem p = BadInputTest.only(doc);

    is(
        p,
        ReadProblemCode.TYPE_MISMATCH,
        INDICATOR + "/baseline/value",
        line(doc, "\"none\""),
        column(doc, "\"none\""));
    assertThat(p.message())
        .isEqualTo("expected a number for a UNIT indicator, but was the string 'none'");
  }

  @Test
  void should_read_an_amount_of_scale_4_and_report_only_the_other_problem() {
    String doc =
        Json.golden()
            .replace("\"amount\": 120000", "\"amount\": 120000.1234")
            .replace("\"code\": \"SP1\",", "\"code\": \"SP1\", \"x\": 1,");

    assertThat(problemsOf(doc).problems())
        .extracting(ReadProblem::code, ReadProblem::path)
        .containsExactly(tuple(ReadProblemCode.UNKNOWN_FIELD, "/priorityAreas/0/x"));
  }

  @Test
  void should_say_which_bound_a_number_breaks() {
    ReadProblem amount = BadInputTest.only(goldenWith("\"amount\": 120000", "\"amount\": -1"));
    assertThat(amount.message()).isEqualTo("amount '-1' must not be negative");

    ReadProblem denominator =
        BadInputTest.only(goldenWith("\"denominator\": 500", "\"denominator\": 0"));
    assertThat(denominator.message()).isEqualTo("denominator '0' must be above 0");

    ReadProblem numerator =
        BadInputTest.only(goldenWith("\"numerator\": 310", "\"numerator\": -2"));
    assertThat(numerator.message()).isEqualTo("numerator '-2' must not be negative");
  }

  @Test
  void should_report_a_disaggregation_key_that_is_not_a_code_at_its_name() {
    String doc = Json.golden().replace("\"sex\": \"female\"", "\"s x\": \"female\"");

    ReadProblem p = BadInputTest.only(doc);

    is(
        p,
        ReadProblemCode.PATTERN,
        INDICATOR + "/measurements/1/disaggregation/s x",
        line(doc, "\"s x\""),
        column(doc, "\"s x\""));
    assertThat(p.message())
        .isEqualTo(
            "code 's x' must be 1 to 64 letters, digits or . _ : / - starting with a letter or"
                + " digit");
  }

  @Test
  void should_report_a_later_disaggregation_key_that_is_not_a_code_at_its_own_name() {
    String doc =
        Json.golden().replace("\"sex\": \"female\"", "\"sex\": \"female\", \"s x\": \"female\"");

    ReadProblem p = BadInputTest.only(doc);

    is(
        p,
        ReadProblemCode.PATTERN,
        INDICATOR + "/measurements/1/disaggregation/s x",
        line(doc, "\"s x\""),
        column(doc, "\"s x\""));
  }

  @Test
  void should_report_a_disaggregation_category_that_is_not_a_code_at_its_value() {
    String doc = Json.golden().replace("\"sex\": \"female\"", "\"sex\": \"fe male\"");

    ReadProblem p = BadInputTest.only(doc);

    is(
        p,
        ReadProblemCode.PATTERN,
        INDICATOR + "/measurements/1/disaggregation/sex",
        line(doc, "\"fe male\""),
        column(doc, "\"fe male\""));
  }

  @Test
  void should_report_objects_nested_too_deeply_at_the_first_brace_too_deep() {
    String doc = min("'x':" + "{'a':".repeat(64) + "1" + "}".repeat(64));

    ReadProblem p = BadInputTest.only(doc);

    is(
        p,
        ReadProblemCode.LIMIT_DEPTH,
        "/x" + "/a".repeat(63),
        1,
        col(doc, "{\"a\":{\"a\"") + 5 * 63);
    assertThat(p.message()).isEqualTo("objects and arrays are nested deeper than 64 levels");
  }

  @Test
  void should_stop_at_a_format_version_as_long_as_the_number_limit() {
    String doc = with("formatVersion", "9".repeat(64));

    PlanReadException e = problemsOf(doc);

    assertThat(e.problems())
        .extracting(ReadProblem::code, ReadProblem::path)
        .containsExactly(tuple(ReadProblemCode.UNSUPPORTED_VERSION, "/formatVersion"));
    assertThat(problemsOf(with("formatVersion", "9".repeat(65))).problems())
        .extracting(ReadProblem::code)
        .containsExactly(ReadProblemCode.LIMIT_NUMBER_LENGTH);
  }

  @Test
  void should_read_the_golden_document_with_both_readers_alike() {
    byte[] doc = Json.golden().getBytes(StandardCharsets.UTF_8);
    assertThat(PlanReader.standard().read(doc)).isEqualTo(Plans.kyrgyzstan());
  }
}
