package org.unsdcf.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The texts and codes of an import made to fit the model's Name, Text and Code kinds (§3.1). */
class ImportTextsTest {

  @ParameterizedTest
  @CsvSource({
    "2024, 4, true",
    "0000, 4, true",
    "9999, 4, true",
    "202, 4, false",
    "20245, 4, false",
    "20a4, 4, false",
    "/024, 4, false",
    "202:, 4, false",
    "12, 2, true"
  })
  void should_tell_exactly_n_ascii_digits(String s, int n, boolean digits) {
    assertThat(ImportTexts.isDigits(s, n)).isEqualTo(digits);
  }

  @Test
  void should_keep_a_code_and_derive_one_from_what_is_not() {
    assertThat(ImportTexts.code("OP1.1-a_b:c/d")).isEqualTo("OP1.1-a_b:c/d");
    assertThat(ImportTexts.code("z a")).isEqualTo("z-a");
    assertThat(ImportTexts.code("Z a")).isEqualTo("Z-a");
    assertThat(ImportTexts.code("0 a")).isEqualTo("0-a");
    assertThat(ImportTexts.code("-a")).isEqualTo("X-a");
    assertThat(ImportTexts.code("\u00e9t\u00e9")).isEqualTo("X-t-");
    assertThat(ImportTexts.code("")).isEqualTo("X");
    String sixtyFour = "a".repeat(63) + " ";
    assertThat(ImportTexts.code(sixtyFour)).isEqualTo("a".repeat(63) + "-");
    String sixtyFive = "a".repeat(64) + " ";
    assertThat(ImportTexts.code(sixtyFive))
        .hasSize(64)
        .isEqualTo("a".repeat(55) + "-" + ImportTexts.sha256(sixtyFive).substring(0, 8));
  }

  @Test
  void should_make_line_breaks_one_space_in_a_name_and_keep_them_in_a_text() {
    assertThat(ImportTexts.name("a\r\n\tb")).contains(new ImportTexts.Cleaned("a b", true));
    assertThat(ImportTexts.name("a\u0001\u0002b")).contains(new ImportTexts.Cleaned("a  b", true));
    assertThat(ImportTexts.name("a\n\u0001b")).contains(new ImportTexts.Cleaned("a  b", true));
    assertThat(ImportTexts.text("a\r\n\tb")).contains(new ImportTexts.Cleaned("a\r\n\tb", false));
    assertThat(ImportTexts.text("a\n\u0001\u007fb"))
        .contains(new ImportTexts.Cleaned("a\n  b", true));
    assertThat(ImportTexts.name(" plain words "))
        .contains(new ImportTexts.Cleaned(" plain words ", false));
    assertThat(ImportTexts.text(" plain words "))
        .contains(new ImportTexts.Cleaned(" plain words ", false));
  }

  @Test
  void should_leave_out_what_is_only_controls_or_lone_surrogates() {
    for (String blank : new String[] {"", "  ", "\u0001", "\u007f", "\ud800", "\udc00\u0002"}) {
      assertThat(ImportTexts.name(blank)).as(blank).isEmpty();
      assertThat(ImportTexts.text(blank)).as(blank).isEmpty();
    }
  }

  @Test
  void should_replace_lone_surrogates_and_keep_pairs() {
    String clef = "\ud834\udd1e";
    assertThat(ImportTexts.text("a\ud834")).contains(new ImportTexts.Cleaned("a ", true));
    assertThat(ImportTexts.text("a\ud834b")).contains(new ImportTexts.Cleaned("a b", true));
    assertThat(ImportTexts.text("\udd1eb")).contains(new ImportTexts.Cleaned(" b", true));
    assertThat(ImportTexts.text("a\udd1eb")).contains(new ImportTexts.Cleaned("a b", true));
    assertThat(ImportTexts.text("a" + clef + "\u0001"))
        .contains(new ImportTexts.Cleaned("a" + clef + " ", true));
    assertThat(ImportTexts.name(clef + "\u0001" + clef))
        .contains(new ImportTexts.Cleaned(clef + " " + clef, true));
    assertThat(ImportTexts.text(clef)).contains(new ImportTexts.Cleaned(clef, false));
  }

  @Test
  void should_cut_a_name_to_a_thousand_code_points() {
    String thousand = "n".repeat(1000);
    assertThat(ImportTexts.name(thousand)).contains(new ImportTexts.Cleaned(thousand, false));
    assertThat(ImportTexts.name(thousand + "m")).contains(new ImportTexts.Cleaned(thousand, true));
    String pairs = "\ud834\udd1e".repeat(600);
    assertThat(ImportTexts.name(pairs)).contains(new ImportTexts.Cleaned(pairs, false));
    String longButNotOver = "n".repeat(999) + "\ud834\udd1e";
    assertThat(ImportTexts.name(longButNotOver))
        .contains(new ImportTexts.Cleaned(longButNotOver, false));
    String manyPairs = "\ud834\udd1e".repeat(1001);
    assertThat(ImportTexts.name(manyPairs))
        .contains(new ImportTexts.Cleaned("\ud834\udd1e".repeat(1000), true));
  }

  @Test
  void should_cut_a_text_to_a_hundred_thousand_code_points() {
    String max = "t".repeat(100_000);
    assertThat(ImportTexts.text(max)).contains(new ImportTexts.Cleaned(max, false));
    assertThat(ImportTexts.text(max + "u")).contains(new ImportTexts.Cleaned(max, true));
    String longButNotOver = "t".repeat(99_999) + "\ud834\udd1e";
    assertThat(ImportTexts.text(longButNotOver))
        .contains(new ImportTexts.Cleaned(longButNotOver, false));
    String pairs = "\ud834\udd1e".repeat(60_000);
    assertThat(ImportTexts.text(pairs)).contains(new ImportTexts.Cleaned(pairs, false));
    Optional<ImportTexts.Cleaned> cut = ImportTexts.text("\ud834\udd1e".repeat(100_001));
    assertThat(cut).contains(new ImportTexts.Cleaned("\ud834\udd1e".repeat(100_000), true));
  }

  @Test
  void should_quote_at_most_two_hundred_characters() {
    assertThat(ImportTexts.quote("q".repeat(200))).isEqualTo("'" + "q".repeat(200) + "'");
    assertThat(ImportTexts.quote("q".repeat(201))).isEqualTo("'" + "q".repeat(200) + "…'");
  }
}
