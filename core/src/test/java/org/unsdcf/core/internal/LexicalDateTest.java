package org.unsdcf.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written date reading the JSON reader uses agrees with ISO parsing of design.md §3.1's
 * Date: {@code yyyy-MM-dd} in ASCII digits, a calendar date, within the model's range.
 */
class LexicalDateTest {
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
      LocalDate actual = Lexical.date(s);
      if (expected == null ? actual != null : !expected.equals(actual)) {
        disagreements.add(s);
      }
    }
    assertThat(disagreements).isEmpty();
  }
}
