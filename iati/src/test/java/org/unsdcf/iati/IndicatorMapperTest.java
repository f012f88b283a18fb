package org.unsdcf.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unsdcf.iati.ImportXml.activity;
import static org.unsdcf.iati.ImportXml.document;
import static org.unsdcf.iati.ImportXml.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * One {@code result/indicator} read back (design.md §15, §20): each test writes one indicator and
 * checks what the entry keeps and each problem's code, XPath (below the indicator) and message.
 */
class IndicatorMapperTest {
  private static final String AT = "/iati-activities/iati-activity[1]/result[1]/indicator[1]";
  private static final String TITLE = "<title><narrative>Wells</narrative></title>\n";

  private static IatiImport readIndicator(String attributes, String body) {
    String result =
        "<result type=\"1\"><title><narrative>Clean water for schools</narrative></title>\n"
            + "<indicator"
            + attributes
            + ">\n"
            + body
            + "</indicator></result>\n";
    return read(document(activity("E1", result)));
  }

  private static Indicator indicator(IatiImport read) {
    assertThat(read.entries()).hasSize(1);
    assertThat(read.entries().get(0).indicators()).hasSize(1);
    return read.entries().get(0).indicators().get(0);
  }

  private static List<String> problems(IatiImport read) {
    return ImportXml.problems(read, AT);
  }

  private static String period(int year, String content) {
    return ("<period><period-start iso-date=\"%d-01-01\"/><period-end iso-date=\"%d-12-31\"/>\n"
            + "%s</period>\n")
        .formatted(year, year, content);
  }

  @Test
  void should_take_the_code_as_title_of_an_indicator_without_one() {
    IatiImport read = readIndicator(" measure=\"1\"", "");
    assertThat(indicator(read).title()).isEqualTo("E1-R1-I1");
    assertThat(problems(read))
        .containsExactly("NO_TITLE : the indicator has no title; its code 'E1-R1-I1' stands in");
  }

  @Test
  void should_report_a_description_and_other_elements_of_the_indicator() {
    IatiImport read =
        readIndicator(
            " measure=\"1\"",
            TITLE
                + "<description><narrative>About wells</narrative></description>\n"
                + "<description/>\n"
                + "<document-link url=\"http://example.org/a\"/>\n"
                + "<document-link url=\"http://example.org/b\"/>\n"
                + "<aggregation-status/>\n");
    assertThat(problems(read))
        .containsExactly(
            "NOT_IMPORTED /description[1]: the description of indicator is not imported",
            "NOT_IMPORTED /document-link[1]: element document-link (2 times) is not imported");
  }

  @Test
  void should_derive_the_code_when_the_reference_code_is_not_a_code() {
    IatiImport read =
        readIndicator(
            " measure=\"1\"",
            TITLE
                + "<reference vocabulary=\"99\" code=\"  \"/>\n"
                + "<reference vocabulary=\"99\" code=\"IND 7\"/>\n");
    assertThat(indicator(read).code()).isEqualTo("E1-R1-I1");
    assertThat(problems(read))
        .containsExactly(
            "CODE_DERIVED /reference[2]/@code: reference code 'IND 7' is not a Code; the"
                + " indicator's code is derived from its position");
    IatiImport second =
        readIndicator(
            " measure=\"1\"",
            TITLE
                + "<reference vocabulary=\"99\" code=\"IND 7\"/>\n"
                + "<reference vocabulary=\"99\" code=\" IND-8 \"/>\n");
    assertThat(indicator(second).code()).isEqualTo("IND-8");
    assertThat(problems(second)).hasSize(1);
  }

  @Test
  void should_report_sdg_references_that_are_not_sdg_codes_and_other_vocabularies() {
    IatiImport read =
        readIndicator(
            " measure=\"1\"",
            TITLE
                + "<reference vocabulary=\"9\" code=\"6.1\"/>\n"
                + "<reference vocabulary=\"1\" code=\"X-1\"/>\n"
                + "<reference code=\"Y\"/>\n");
    assertThat(indicator(read).sdgIndicator()).isEmpty();
    assertThat(problems(read))
        .containsExactly(
            "NOT_AN_SDG_CODE /reference[1]/@code: SDG indicator reference '6.1' is not an SDG"
                + " indicator code; not imported",
            "NOT_IMPORTED /reference[2]: indicator reference of vocabulary '1' code 'X-1' is not"
                + " imported",
            "NOT_IMPORTED /reference[3]: indicator reference of vocabulary '' code 'Y' is not"
                + " imported");
  }

  @Test
  void should_guess_unit_for_an_unknown_measure_when_every_value_is_a_number() {
    IatiImport read =
        readIndicator(
            " measure=\"7\"",
            TITLE
                + "<baseline year=\"2023\" value=\"3\"/>\n"
                + period(2024, "<target value=\"5\"/>\n<actual value=\" \"/>\n"));
    Indicator i = indicator(read);
    assertThat(i.measure()).isEqualTo(Measure.UNIT);
    assertThat(i.unit()).contains(IndicatorUnit.COUNT);
    assertThat(problems(read))
        .containsExactly(
            "MEASURE_GUESSED : the indicator has unknown measure '7'; read as UNIT (unit 1,"
                + " accumulation LEVEL): every value present is a number",
            "NOT_A_NUMBER /period[1]/actual[1]: actual has no value for a numeric measure; not"
                + " imported");
  }

  @Test
  void should_guess_qualitative_when_the_baseline_is_not_a_number() {
    IatiImport read =
        readIndicator(
            "",
            TITLE
                + "<baseline year=\"2023\" value=\"many\"/>\n"
                + period(2024, "<target value=\"5\"/>\n"));
    Indicator i = indicator(read);
    assertThat(i.measure()).isEqualTo(Measure.QUALITATIVE);
    assertThat(i.baseline().get().value()).isEqualTo(Value.qualitative("many"));
    assertThat(i.targets().get(0).value()).isEqualTo(Value.qualitative("5"));
    assertThat(problems(read))
        .containsExactly(
            "MEASURE_GUESSED : the indicator has no measure; read as QUALITATIVE: a value present"
                + " is not a number");
  }

  @ParameterizedTest
  @CsvSource({"1, INCREASE", "true, INCREASE", "' 0 ', DECREASE", "false, DECREASE"})
  void should_read_ascending_as_a_direction(String ascending, Direction direction) {
    IatiImport read = readIndicator(" measure=\"1\" ascending=\"" + ascending + "\"", TITLE);
    assertThat(indicator(read).direction()).contains(direction);
    assertThat(read.problems()).isEmpty();
  }

  @Test
  void should_report_an_ascending_that_is_not_a_boolean() {
    IatiImport read = readIndicator(" measure=\"1\" ascending=\"yes\"", TITLE);
    assertThat(indicator(read).direction()).isEmpty();
    assertThat(problems(read))
        .containsExactly(
            "UNKNOWN_CODE /@ascending: ascending 'yes' is not a boolean; no direction imported");
  }

  @Test
  void should_leave_out_a_baseline_without_a_year_in_range() {
    IatiImport none = readIndicator(" measure=\"1\"", TITLE + "<baseline value=\"3\"/>\n");
    assertThat(indicator(none).baseline()).isEmpty();
    assertThat(problems(none))
        .containsExactly("MISSING /baseline[1]/@year: the baseline has no year; not imported");
    IatiImport old =
        readIndicator(" measure=\"1\"", TITLE + "<baseline year=\" 1900 \" value=\"3\"/>\n");
    assertThat(indicator(old).baseline()).isEmpty();
    assertThat(problems(old))
        .containsExactly(
            "MISSING /baseline[1]/@year: the baseline has year '1900', not a year in 1945–2100;"
                + " not imported");
  }

  @Test
  void should_keep_a_baseline_without_a_date_outside_its_year() {
    IatiImport read =
        readIndicator(
            " measure=\"1\"",
            TITLE
                + "<baseline year=\"2023\" iso-date=\"2024-02-01\" value=\"3\">\n"
                + "<comment><narrative>Census</narrative></comment></baseline>\n");
    Indicator i = indicator(read);
    assertThat(i.baseline().get().value()).isEqualTo(Value.numeric(3));
    assertThat(i.baseline().get().date()).isEmpty();
    assertThat(i.baseline().get().comment()).contains("Census");
    assertThat(problems(read))
        .containsExactly(
            "BAD_DATE /baseline[1]/@iso-date: baseline date 2024-02-01 is not in its year 2023;"
                + " not imported");
    IatiImport bad =
        readIndicator(
            " measure=\"1\"", TITLE + "<baseline year=\"2023\" iso-date=\"soon\" value=\"3\"/>\n");
    assertThat(indicator(bad).baseline().get().date()).isEmpty();
    assertThat(problems(bad))
        .containsExactly(
            "BAD_DATE /baseline[1]/@iso-date: date 'soon' is not an ISO date in 1945–2100; not"
                + " imported");
  }

  @Test
  void should_name_the_comment_of_a_numeric_value_that_is_missing() {
    IatiImport read =
        readIndicator(
            " measure=\"1\"",
            TITLE
                + "<baseline year=\"2023\" value=\"\">\n"
                + "<comment><narrative>Not counted</narrative></comment></baseline>\n"
                + period(2024, "<target value=\"2020:5\"/>\n"));
    assertThat(indicator(read).baseline()).isEmpty();
    assertThat(indicator(read).targets()).isEmpty();
    assertThat(problems(read))
        .containsExactly(
            "NOT_A_NUMBER /baseline[1]: baseline has no value for a numeric measure (its comment"
                + " is 'Not counted'); not imported",
            "NOT_A_NUMBER /period[1]/target[1]/@value: target value '2020:5' is not a number the"
                + " model can hold; not imported");
  }

  @Test
  void should_take_the_narrative_of_a_qualitative_value_and_report_its_number() {
    IatiImport read =
        readIndicator(
            " measure=\"5\"",
            TITLE
                + "<baseline year=\"2023\" value=\"3\">\n"
                + "<comment><narrative>Three\twells</narrative></comment></baseline>\n"
                + period(2024, "<target value=\" Good \"/>\n"));
    Indicator i = indicator(read);
    assertThat(i.baseline().get().value()).isEqualTo(Value.qualitative("Three wells"));
    assertThat(i.targets().get(0).value()).isEqualTo(Value.qualitative("Good"));
    assertThat(problems(read))
        .containsExactly(
            "NOT_IMPORTED /baseline[1]/@value: baseline value '3' of a qualitative indicator is"
                + " not imported (its narrative is the value)",
            "TEXT_CHANGED /baseline[1]: baseline text was changed to fit a Name");
  }

  @Test
  void should_leave_out_a_qualitative_value_without_words_on_its_first_line() {
    IatiImport read =
        readIndicator(
            " measure=\"5\"",
            TITLE
                + "<baseline year=\"2023\"/>\n"
                + period(
                    2024,
                    "<target>\n<comment><narrative>\nonly a second line</narrative></comment>"
                        + "</target>\n"));
    Indicator i = indicator(read);
    assertThat(i.baseline()).isEmpty();
    assertThat(i.targets()).isEmpty();
    assertThat(problems(read))
        .containsExactly(
            "MISSING /baseline[1]: baseline of a qualitative indicator has no narrative; not"
                + " imported",
            "MISSING /period[1]/target[1]: target of a qualitative indicator has a blank first"
                + " line; not imported");
  }

  @Test
  void should_leave_out_periods_without_valid_dates_or_that_end_before_they_start() {
    IatiImport read =
        readIndicator(
            " measure=\"1\"",
            TITLE
                + "<period><period-end iso-date=\"2024-12-31\"/><target value=\"1\"/></period>\n"
                + "<period><period-start iso-date=\"2024-01-01\"/><target value=\"1\"/></period>\n"
                + "<period><period-start iso-date=\"2024-12-31\"/>"
                + "<period-end iso-date=\"2024-01-01\"/><target value=\"1\"/></period>\n"
                + period(2025, "<target value=\"2\"/>\n"));
    Indicator i = indicator(read);
    assertThat(i.targets())
        .extracting(t -> t.year().getValue(), t -> t.value())
        .containsExactly(org.assertj.core.api.Assertions.tuple(2025, Value.numeric(2)));
    assertThat(problems(read))
        .containsExactly(
            "MISSING /period[1]: the period has no valid start and end; its targets and actuals"
                + " are not imported",
            "MISSING /period[2]: the period has no valid start and end; its targets and actuals"
                + " are not imported",
            "BAD_DATE /period[3]: the period ends (2024-01-01) before it starts (2024-12-31); its"
                + " targets and actuals are not imported");
  }

  @Test
  void should_leave_out_a_disaggregated_target_and_keep_one_with_an_empty_dimension() {
    IatiImport read =
        readIndicator(
            " measure=\"1\"",
            TITLE
                + period(
                    2024,
                    "<target value=\"1\"><dimension name=\"sex\" value=\"female\"/></target>\n"
                        + "<target value=\"2\"><dimension name=\"sex\"/></target>\n"
                        + "<target value=\"3\"><dimension value=\"male\"/></target>\n"
                        + "<target value=\"4\"><dimension/>"
                        + "<location ref=\"L1\"/><comment><narrative>Plan</narrative></comment>"
                        + "</target>\n"));
    Indicator i = indicator(read);
    assertThat(i.targets())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.value()).isEqualTo(Value.numeric(4));
              assertThat(t.kind()).isEqualTo(TargetKind.FINAL);
              assertThat(t.comment()).contains("Plan");
            });
    String left =
        ": a disaggregated target (with a dimension) has no place in the model; not imported";
    assertThat(problems(read))
        .containsExactly(
            "NOT_IMPORTED /period[1]/target[1]" + left,
            "NOT_IMPORTED /period[1]/target[2]" + left,
            "NOT_IMPORTED /period[1]/target[3]" + left);
  }

  @Test
  void should_report_other_elements_of_targets_and_actuals() {
    IatiImport read =
        readIndicator(
            " measure=\"1\"",
            TITLE
                + period(
                    2024,
                    "<target value=\"1\"><note>Planned</note></target>\n"
                        + "<actual value=\"2\"><document-link url=\"http://example.org\"/>"
                        + "<source>Survey</source></actual>\n"));
    Indicator i = indicator(read);
    assertThat(i.targets()).hasSize(1);
    assertThat(i.measurements()).hasSize(1);
    assertThat(problems(read))
        .containsExactly(
            "NOT_IMPORTED /period[1]/target[1]/note[1]: element note is not imported",
            "NOT_IMPORTED /period[1]/actual[1]/source[1]: element source is not imported");
  }

  @Test
  void should_read_the_dimensions_of_actuals_as_cells() {
    IatiImport read =
        readIndicator(
            " measure=\"1\"",
            TITLE
                + period(
                    2024,
                    "<actual value=\"1\"><dimension/><dimension name=\"age group\" value=\"0-5\"/>"
                        + "</actual>\n"
                        + "<actual value=\"2\"><dimension name=\"sex\" value=\"f\"/>"
                        + "<dimension name=\"sex\" value=\"m\"/></actual>\n"
                        + "<actual value=\"3\"><dimension name=\"sex\"/></actual>\n"
                        + "<actual value=\"4\"><dimension name=\" \" value=\"f\"/></actual>\n"
                        + "<actual value=\"5\"><dimension name=\"sex\" value=\" \"/></actual>\n"
                        + "<actual value=\"6\"/>\n"));
    Indicator i = indicator(read);
    assertThat(i.measurements())
        .extracting(m -> m.value(), m -> m.disaggregation())
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(Value.numeric(1), Map.of("age-group", "0-5")),
            org.assertj.core.api.Assertions.tuple(Value.numeric(2), Map.of("sex", "f")),
            org.assertj.core.api.Assertions.tuple(Value.numeric(6), Map.of()));
    assertThat(i.disaggregations())
        .extracting(d -> d.name(), d -> List.copyOf(d.categories()))
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("age-group", List.of("0-5")),
            org.assertj.core.api.Assertions.tuple("sex", List.of("f")));
    String missing = ": a dimension without a name or a value; the actual is not imported";
    assertThat(problems(read))
        .containsExactly(
            "CODE_DERIVED /period[1]/actual[1]/dimension[2]: dimension 'age group=0-5' became the"
                + " codes 'age-group=0-5'",
            "DUPLICATE_ITEM /period[1]/actual[2]/dimension[2]: dimension 'sex' repeats in one"
                + " actual; the first is kept",
            "MISSING /period[1]/actual[3]/dimension[1]" + missing,
            "MISSING /period[1]/actual[4]/dimension[1]" + missing,
            "MISSING /period[1]/actual[5]/dimension[1]" + missing);
  }

  @Test
  void should_date_each_measurement_by_its_period_and_keep_its_comment() {
    IatiImport read =
        readIndicator(
            " measure=\"2\"",
            TITLE
                + period(
                    2024,
                    "<actual value=\"12.50\"><comment><narrative>Survey</narrative></comment>"
                        + "</actual>\n"));
    Indicator i = indicator(read);
    assertThat(i.measurements())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.period().start()).isEqualTo(LocalDate.of(2024, 1, 1));
              assertThat(m.period().end()).isEqualTo(LocalDate.of(2024, 12, 31));
              assertThat(m.value()).isEqualTo(Value.numeric(new BigDecimal("12.5")));
              assertThat(m.comment()).contains("Survey");
            });
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "12, 12",
    "+12, 12",
    "-12, -12",
    "1.50, 1.5",
    "100, 100",
    "1e3, 1000",
    "1E+3, 1000",
    "25e-1, 2.5",
    ".5, 0.5",
    "5., 5",
    "999999999999999, 999999999999999",
    "-999999999999999, -999999999999999",
    "12345678901234.12345678901234567890, 12345678901234.1234567890123456789",
    "0.00000000000000000001, 0.00000000000000000001",
  })
  void should_read_numbers_the_model_can_hold(String text, String number) {
    assertThat(IndicatorMapper.number(text)).contains(new BigDecimal(number));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-",
        ".",
        "+.",
        "1000000000000000",
        "-1000000000000000",
        "1e15",
        "123456789012345.12345678901234567890",
        "0.000000000000000000001",
        "1e",
        "1e+",
        "1e12345",
        "2020:100",
        "1,000",
        "1.2.3",
        "e5",
        ".e5",
        "1x",
        "NaN",
        "Infinity",
        "0x10"
      })
  void should_leave_out_what_is_not_a_number_the_model_can_hold(String text) {
    assertThat(IndicatorMapper.number(text)).isEmpty();
  }

  @Test
  void should_measure_the_length_of_a_number_before_reading_it() {
    String sixtyFour = "0".repeat(61) + "1.5";
    assertThat(IndicatorMapper.number(sixtyFour)).contains(new BigDecimal("1.5"));
    assertThat(IndicatorMapper.number("0" + sixtyFour)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "'', false",
    "0, true",
    "+1, true",
    "-1, true",
    "+, false",
    "-, false",
    "., false",
    ".5, true",
    "-.5, true",
    "5., true",
    "5.25, true",
    "1e1, true",
    "1E1, true",
    "1e+1, true",
    "1e-1, true",
    ".5e1, true",
    "1e1234, true",
    "1e12345, false",
    "1e, false",
    "1E, false",
    "1e+, false",
    "1e-, false",
    "1ee1, false",
    ".e1, false",
    "e1, false",
    "1e1x, false",
    "1x, false",
    ".5x, false",
    "1.5.1, false",
    "++1, false",
    "1-, false",
    "' 1', false"
  })
  void should_tell_a_decimal_number_as_its_pattern_does(String s, boolean number) {
    assertThat(IndicatorMapper.isNumber(s)).isEqualTo(number);
  }
}
