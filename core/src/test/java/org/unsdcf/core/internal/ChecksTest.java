package org.unsdcf.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unsdcf.core.model.InvariantViolationException;

class ChecksTest {
  static final String KYRGYZ_JWPS =
      "https://kyrgyzstan.un.org/en/224766-joint-strategic-coordination-committee-endorsed-work-plans-2023-2024";

  private static void assertViolation(
      ThrowingCallable call, String field, String value, String reason) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvariantViolationException.class,
            e -> {
              assertThat(e.type()).isEqualTo("T");
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.value()).isEqualTo(value);
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.getMessage())
                  .isEqualTo("T." + field + ": " + reason + ", but was '" + value + "'");
            });
  }

  // uriProblem

  @ParameterizedTest
  @ValueSource(
      strings = {
        KYRGYZ_JWPS,
        "http://x.org",
        "https://un.org/",
        "https://un.org:8443/a/b?c=d&e=f#g",
        "https://un.org/a%20b",
        "https://un.org/%E2%82%AC",
        "https://un.org/%e2%82%ac%41",
        "https://un.org/%F0%9F%8C%8D",
        "https://[2001:db8::1]/x"
      })
  void should_find_nothing_wrong_with_an_absolute_http_uri(String uri) {
    assertThat(Checks.uriProblem(uri)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "http://exa mple.org/     | must be a valid URI",
        "https://un.org/%zz       | must be a valid URI",
        "https://un.org/a%        | must be a valid URI",
        "https://un.org/a%4       | must be a valid URI",
        "ftp://un.org/plan.pdf    | must be an absolute http or https URI",
        "file:///etc/passwd       | must be an absolute http or https URI",
        "/en/224766               | must be an absolute http or https URI",
        "en/224766                | must be an absolute http or https URI",
        "//un.org/en              | must be an absolute http or https URI",
        "mailto:rco@un.org        | must be an absolute http or https URI",
        "http:///en               | must have a host",
        "http:un.org              | must have a host",
        "http://un_org/           | must have a host",
        "http://u@x.org           | must not contain user information",
        "https://u:p@un.org/      | must not contain user information",
        "https://un.org/%c0%af    | must percent-encode only well-formed UTF-8",
        "https://un.org/%C0%AF    | must percent-encode only well-formed UTF-8",
        "https://un.org/%ff       | must percent-encode only well-formed UTF-8",
        "https://un.org/%80       | must percent-encode only well-formed UTF-8",
        "https://un.org/%E2%82    | must percent-encode only well-formed UTF-8",
        "https://un.org/%E2%82x   | must percent-encode only well-formed UTF-8",
        "https://un.org/%ED%A0%80 | must percent-encode only well-formed UTF-8",
        "https://un.org/%F4%90%80%80 | must percent-encode only well-formed UTF-8"
      })
  void should_tell_what_is_wrong_with_a_uri(String uri, String problem) {
    assertThat(Checks.uriProblem(uri)).isEqualTo(problem);
  }

  @Test
  void should_find_an_empty_string_not_absolute() {
    assertThat(Checks.uriProblem("")).isEqualTo("must be an absolute http or https URI");
  }

  @Test
  void should_bound_a_uri_to_2000_characters() {
    String prefix = "https://un.org/";
    String atLimit = prefix + "a".repeat(2_000 - prefix.length());

    assertThat(Checks.uriProblem(atLimit)).isNull();
    assertThat(Checks.uriProblem(atLimit + "a")).isEqualTo("must have at most 2000 characters");
    assertViolation(
        () -> Checks.uri("T", "reference", URI.create(atLimit + "a")),
        "reference",
        atLimit + "a",
        "must have at most 2000 characters");
    assertThat(Checks.uri("T", "reference", URI.create(atLimit))).hasToString(atLimit);
  }

  @Test
  void should_throw_the_uri_problem_as_the_reason() {
    assertViolation(
        () -> Checks.uri("T", "reference", URI.create("https://un.org/%c0%af")),
        "reference",
        "https://un.org/%c0%af",
        "must percent-encode only well-formed UTF-8");
  }

  // decimals

  @ParameterizedTest
  @CsvSource({
    "62.00, 62, 0",
    "1E+3, 1000, 0",
    "1.0E+3, 1000, 0",
    "100, 100, 0",
    "0.10, 0.1, 1",
    "0, 0, 0",
    "0.000, 0, 0",
    "0E+5, 0, 0",
    "-0.0, 0, 0",
    "-5.50, -5.5, 1",
    "12345678901234567890.123, 12345678901234567890.123, 3"
  })
  void should_normalise_decimals(BigDecimal given, String plain, int scale) {
    BigDecimal normal = Checks.normalise(given);

    assertThat(normal.toPlainString()).isEqualTo(plain);
    assertThat(normal.scale()).isEqualTo(scale);
    assertThat(normal.compareTo(given)).isZero();
    assertThat(Checks.isNormal(normal)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"62.00", "1E+3", "0.0", "0E+2", "10.10"})
  void should_tell_a_decimal_not_in_normal_form(String given) {
    assertThat(Checks.isNormal(new BigDecimal(given))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"62", "1000", "0", "0.1", "-5.5"})
  void should_tell_a_decimal_in_normal_form(String given) {
    assertThat(Checks.isNormal(new BigDecimal(given))).isTrue();
  }

  @Test
  void should_make_equal_decimals_of_different_scale_equal() {
    assertThat(Checks.decimal("T", "f", new BigDecimal("62.00")))
        .isEqualTo(Checks.decimal("T", "f", BigDecimal.valueOf(62)));
  }

  @ParameterizedTest
  @CsvSource({
    "999999999999999.9999, 999999999999999.9999",
    "-999999999999999, -999999999999999",
    "99999999999999.99999999999999999999, 99999999999999.99999999999999999999",
    "0.00000000000000000001, 0.00000000000000000001",
    "1.000000000000000000000000, 1"
  })
  void should_accept_decimals_within_bounds(BigDecimal given, String plain) {
    assertThat(Checks.decimal("T", "f", given).toPlainString()).isEqualTo(plain);
  }

  @ParameterizedTest
  @CsvSource({
    "1000000000000000, 1000000000000000, must be below 10^15 in absolute value",
    "-1000000000000000, -1000000000000000, must be below 10^15 in absolute value",
    "1E+15, 1E+15, must be below 10^15 in absolute value",
    "999999999999999.99999999999999999999, 999999999999999.99999999999999999999,"
        + " must have at most 34 significant digits and 20 decimal places",
    "0.000000000000000000001, 0.000000000000000000001,"
        + " must have at most 34 significant digits and 20 decimal places",
    "0.0000000000000000000010, 0.000000000000000000001,"
        + " must have at most 34 significant digits and 20 decimal places"
  })
  void should_reject_decimals_out_of_bounds(BigDecimal given, String value, String reason) {
    assertViolation(() -> Checks.decimal("T", "f", given), "f", value, reason);
  }

  @Test
  void should_write_decimals_plainly_in_messages() {
    assertThat(Checks.json(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Checks.json(new BigDecimal("0.000001"))).isEqualTo("0.000001");
    assertThat(Checks.json(Year.of(2023))).isEqualTo("2023");
    assertThat(Checks.json("text")).isEqualTo("text");
  }

  // years, dates, integers

  @ParameterizedTest
  @CsvSource({"1944, false", "1945, true", "2023, true", "2100, true", "2101, false"})
  void should_bound_years_to_1945_to_2100(int year, boolean ok) {
    ThrowingCallable check = () -> Checks.year("T", "year", Year.of(year));

    if (ok) {
      assertThatCode(check).doesNotThrowAnyException();
    } else {
      assertViolation(check, "year", Integer.toString(year), "must be a year from 1945 to 2100");
    }
  }

  @ParameterizedTest
  @CsvSource({"1944-12-31, false", "1945-01-01, true", "2100-12-31, true", "2101-01-01, false"})
  void should_bound_dates_to_the_model(LocalDate date, boolean ok) {
    ThrowingCallable check = () -> Checks.date("T", "date", date);

    if (ok) {
      assertThatCode(check).doesNotThrowAnyException();
    } else {
      assertViolation(
          check, "date", date.toString(), "must be a date from 1945-01-01 to 2100-12-31");
    }
  }

  @ParameterizedTest
  @CsvSource({"0, false", "1, true", "999, true", "1000, false"})
  void should_bound_integers(int value, boolean ok) {
    ThrowingCallable check = () -> Checks.between("T", "version", value, 1, 999);

    if (ok) {
      assertThat(Checks.between("T", "version", value, 1, 999)).isEqualTo(value);
    } else {
      assertViolation(check, "version", Integer.toString(value), "must be from 1 to 999");
    }
  }

  // sets and lists

  @Test
  void should_report_a_repeat_at_the_later_element() {
    assertViolation(
        () -> Checks.set("T", "agencies", List.of("UNDP", "WHO", "UNDP", "WHO")),
        "agencies/2",
        "UNDP",
        "must not repeat an element of the set");
    assertThatCode(() -> Checks.set("T", "agencies", List.of("UNDP", "undp")))
        .doesNotThrowAnyException();
  }

  @Test
  void should_check_every_element_before_repeats() {
    assertViolation(
        () -> Checks.codeSet("T", "agencies", List.of("UNDP", "UNDP", "bad code")),
        "agencies/2",
        "bad code",
        "must be a code of 1 to 64 letters, digits or . _ : / - starting with a letter or digit");
    assertViolation(
        () -> Checks.nameSet("T", "groups", List.of("Youth", "\u0000")),
        "groups/1",
        "\u0000",
        "must not contain control character U+0000");
  }

  @Test
  void should_reject_an_empty_required_list() {
    assertViolation(
        () -> Checks.nonEmpty("T", "agencies", List.of()),
        "agencies",
        "[]",
        "must have at least one element");
    assertThatCode(() -> Checks.nonEmpty("T", "agencies", List.of("UNDP")))
        .doesNotThrowAnyException();
  }

  @Test
  void should_check_a_large_set_element_by_element() {
    List<String> distinct = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      distinct.add("C" + i);
    }
    assertThatCode(() -> Checks.set("T", "codes", distinct)).doesNotThrowAnyException();
    List<String> repeated = new java.util.ArrayList<>(distinct);
    repeated.add("C7");
    assertViolation(
        () -> Checks.set("T", "codes", repeated),
        "codes/40",
        "C7",
        "must not repeat an element of the set");
  }

  // names, counted in code points

  @Test
  void should_count_names_in_code_points() {
    String emoji = "\uD83C\uDF0D";

    assertThat(Checks.name("T", "title", emoji.repeat(1_000))).hasSize(2_000);
    assertViolation(
        () -> Checks.name("T", "title", emoji.repeat(1_001)),
        "title",
        emoji.repeat(1_001),
        "must have at most 1000 code points");
    assertThat(Checks.text("T", "comment", emoji.repeat(100_000))).hasSize(200_000);
  }

  @Test
  void should_count_non_ascii_characters_as_code_points() {
    assertThat(Checks.name("T", "title", "é".repeat(1_000))).hasSize(1_000);
    assertViolation(
        () -> Checks.name("T", "title", "é".repeat(1_001)),
        "title",
        "é".repeat(1_001),
        "must have at most 1000 code points");
    assertViolation(
        () -> Checks.name("T", "title", "a".repeat(1_001)),
        "title",
        "a".repeat(1_001),
        "must have at most 1000 code points");
  }

  @Test
  void should_reject_delete_but_keep_the_characters_around_it() {
    assertViolation(
        () -> Checks.name("T", "title", "a\u007fb"),
        "title",
        "a\u007fb",
        "must not contain control character U+007F");
    assertThat(Checks.name("T", "title", " ~\u0080\u00a0x")).isEqualTo(" ~\u0080\u00a0x");
    assertViolation(
        () -> Checks.text("T", "comment", "line\u001fend"),
        "comment",
        "line\u001fend",
        "must not contain control character U+001F");
    assertThat(Checks.text("T", "comment", "a\tb\nc\rd")).isEqualTo("a\tb\nc\rd");
  }

  // formatting

  @Test
  void should_format_reasons_with_the_root_locale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
      assertViolation(
          () -> Checks.requireArgument(false, "T", "f", 1234, "must be below %d", 1000),
          "f",
          "1234",
          "must be below 1000");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void should_not_format_a_reason_without_arguments() {
    assertViolation(
        () -> Checks.requireArgument(false, "T", "f", "x", "must match %s"),
        "f",
        "x",
        "must match %s");
    assertThatCode(() -> Checks.requireArgument(true, "T", "f", "x", "unused %s"))
        .doesNotThrowAnyException();
  }
}
