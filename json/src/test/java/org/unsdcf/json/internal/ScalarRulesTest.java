package org.unsdcf.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's hand-written scalar rules agree with the definitions of design.md §3.1 they replace:
 * the regular expressions and ISO dates in range.
 */
class ScalarRulesTest {
  private static final String ALPHABET = "0179azAZ._-:/ é";

  static Stream<Arguments> patterns() {
    return Stream.of(
        Arguments.of("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}", (Predicate<String>) ScalarRules::isCode),
        Arguments.of("[A-Z]{3}", (Predicate<String>) ScalarRules::isThreeLetters),
        Arguments.of(
            "(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-z])", (Predicate<String>) ScalarRules::isSdgTarget),
        Arguments.of(
            "(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-z])\\.[1-9][0-9]?",
            (Predicate<String>) ScalarRules::isSdgIndicator),
        Arguments.of("[1-9][0-9]?", (Predicate<String>) ScalarRules::isGcmObjective),
        Arguments.of("[A-Z][A-Z0-9_]{0,31}", (Predicate<String>) ScalarRules::isVocabulary));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void each_matcher_agrees_with_its_regular_expression(String regex, Predicate<String> matcher) {
    Pattern pattern = Pattern.compile(regex);
    List<String> disagreements = new ArrayList<>();
    for (String s : strings(ALPHABET, 4)) {
      if (matcher.test(s) != pattern.matcher(s).matches()) {
        disagreements.add(s);
      }
    }
    for (String start : List.of("A", "a", "1", "_")) {
      for (int length : new int[] {31, 32, 33, 63, 64, 65}) {
        String s = start + "B".repeat(length - 1);
        if (matcher.test(s) != pattern.matcher(s).matches()) {
          disagreements.add(s);
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void dates_agree_with_iso_parsing_within_the_model_range() {
    List<String> disagreements = new ArrayList<>();
    for (String s :
        List.of(
            "2024-02-29",
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-04-31",
            "1944-12-31",
            "1945-01-01",
            "2100-12-31",
            "2101-01-01",
            "2024-1-01",
            "+2024-01-01",
            "2024-01-01T",
            "２０２４-01-01",
            "0000-01-01",
            "")) {
      LocalDate expected;
      try {
        expected = LocalDate.parse(s);
        if (!s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")
            || expected.getYear() < 1945
            || expected.getYear() > 2100) {
          expected = null;
        }
      } catch (DateTimeParseException e) {
        expected = null;
      }
      LocalDate actual = ScalarRules.date(s);
      if (expected == null ? actual != null : !expected.equals(actual)) {
        disagreements.add(s);
      }
    }
    assertThat(disagreements).isEmpty();
  }

  private static List<String> strings(String alphabet, int maxLength) {
    List<String> all = new ArrayList<>(List.of(""));
    List<String> previous = List.of("");
    for (int length = 1; length <= maxLength; length++) {
      List<String> next = new ArrayList<>();
      for (String prefix : previous) {
        for (char c : alphabet.toCharArray()) {
          next.add(prefix + c);
        }
      }
      all.addAll(next);
      previous = next;
    }
    return all;
  }
}
