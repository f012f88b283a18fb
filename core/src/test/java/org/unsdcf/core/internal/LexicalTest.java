package org.unsdcf.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hand-written matcher agrees with the regular expression of design.md §3.1 it replaces, on
 * every string of up to four characters over an alphabet of the patterns' edge characters and on
 * strings at and past each length bound.
 */
class LexicalTest {
  private static final String ALPHABET = "0179azAZ._-:/ é";

  static Stream<Arguments> patterns() {
    return Stream.of(
        Arguments.of("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}", (Predicate<String>) Lexical::isCode),
        Arguments.of("[A-Z]{3}", (Predicate<String>) Lexical::isThreeLetters),
        Arguments.of(
            "(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-z])", (Predicate<String>) Lexical::isSdgTarget),
        Arguments.of(
            "(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-z])\\.[1-9][0-9]?",
            (Predicate<String>) Lexical::isSdgIndicator),
        Arguments.of("[1-9][0-9]?", (Predicate<String>) Lexical::isGcmObjective),
        Arguments.of("[A-Z][A-Z0-9_]{0,31}", (Predicate<String>) Lexical::isVocabulary));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void the_matcher_agrees_with_its_regular_expression(String regex, Predicate<String> matcher) {
    Pattern pattern = Pattern.compile(regex);
    List<String> disagreements = new ArrayList<>();
    for (String s : strings()) {
      if (matcher.test(s) != pattern.matcher(s).matches()) {
        disagreements.add(s);
      }
    }
    assertThat(disagreements).isEmpty();
  }

  /** Every string of up to four alphabet characters, and long runs at the length bounds. */
  static List<String> strings() {
    List<String> all = new ArrayList<>(List.of(""));
    List<String> previous = List.of("");
    for (int length = 1; length <= 4; length++) {
      List<String> next = new ArrayList<>();
      for (String prefix : previous) {
        for (char c : ALPHABET.toCharArray()) {
          next.add(prefix + c);
        }
      }
      all.addAll(next);
      previous = next;
    }
    for (String start : List.of("A", "a", "1", "_")) {
      for (int length : new int[] {31, 32, 33, 63, 64, 65}) {
        all.add(start + "B".repeat(length - 1));
        all.add(start + "9".repeat(length - 1));
      }
    }
    all.addAll(List.of("5.2", "17.a", "18.1", "10.10.1", "1.1.10", "1.01", "1.a.0", "5.2.1 "));
    return all;
  }
}
