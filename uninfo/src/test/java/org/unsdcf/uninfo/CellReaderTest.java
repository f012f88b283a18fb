package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unsdcf.core.validation.Severity;

/**
 * {@link CellReader} on Names, Texts and lists: what it changes and the one problem per change
 * (code, severity, row, column, value), for files that may hold controls and for plain ones.
 */
class CellReaderTest {
  private static final String NAME = Columns.SO;
  private static final String TEXT = Columns.DESCRIPTION;
  private static final String LIST = Columns.QCPR;

  private final Problems problems = new Problems();
  private final Columns columns = Columns.of(Fixtures.HEADER, new Problems());

  private CellReader reader(boolean plain) {
    return new CellReader(columns, ", ", problems, new CommaNames(Set.of()), new Memo(), plain);
  }

  private RawRow row(int row, String column, String value) {
    List<String> cells = new ArrayList<>(Collections.nCopies(Fixtures.HEADER.size(), ""));
    cells.set(columns.at(column), value);
    return new RawRow(row, cells);
  }

  private void assertOneProblem(
      UnInfoProblemCode code, Severity severity, int row, String column, String value) {
    assertThat(problems.sorted())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(code);
              assertThat(p.severity()).isEqualTo(severity);
              assertThat(p.row()).isEqualTo(row);
              assertThat(p.column()).isEqualTo(column);
              assertThat(value).startsWith(p.value());
              assertThat(p.value()).hasSize(Math.min(200, value.length()));
            });
  }

  @Test
  void should_replace_a_control_in_a_name_of_a_file_that_may_hold_controls() {
    assertThat(reader(false).name(row(2, NAME, " a\u0007b "), NAME)).contains("a b");

    assertOneProblem(UnInfoProblemCode.VALUE_CHANGED, Severity.WARNING, 2, NAME, "a\u0007b");
  }

  @Test
  void should_replace_a_control_in_a_text_of_a_file_that_may_hold_controls() {
    assertThat(reader(false).text(row(3, TEXT, "one\ntwo\u0007"), TEXT)).contains("one\ntwo");

    assertOneProblem(UnInfoProblemCode.VALUE_CHANGED, Severity.WARNING, 3, TEXT, "one\ntwo\u0007");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void should_replace_line_breaks_in_a_name_but_keep_them_in_a_text(boolean plain) {
    CellReader cells = reader(plain);

    assertThat(cells.name(row(2, NAME, "a\r\n\tb\nc"), NAME)).contains("a b c");
    assertThat(cells.text(row(2, TEXT, "a\r\n\tb"), TEXT)).contains("a\r\n\tb");
    assertOneProblem(UnInfoProblemCode.WHITESPACE_REPLACED, Severity.INFO, 2, NAME, "a\r\n\tb\nc");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void should_keep_a_clean_name_and_text_without_a_problem(boolean plain) {
    CellReader cells = reader(plain);

    assertThat(cells.name(row(2, NAME, "Ünïcode name 😀 x"), NAME)).contains("Ünïcode name 😀 x");
    assertThat(cells.text(row(2, TEXT, "A text 😀 with a space"), TEXT))
        .contains("A text 😀 with a space");
    assertThat(cells.name(row(2, NAME, "-"), NAME)).isEmpty();
    assertThat(cells.text(row(2, TEXT, "  "), TEXT)).isEmpty();
    assertThat(problems.sorted()).isEmpty();
  }

  @Test
  void should_replace_unpaired_surrogates_and_keep_pairs() {
    CellReader cells = reader(false);
    String pair = "😀";
    String[][] cases = {
      {"\u0007" + pair + "x", pair + "x"},
      {pair + "\u0007x", pair + " x"},
      {"x\u007f" + pair + "y", "x " + pair + "y"},
      {"a\ud83dx", "a\ufffdx"},
      {"a\ud83d", "a\ufffd"},
      {"\ude00x", "\ufffdx"},
      {"x\ude00", "x\ufffd"},
      {"x\ude00\ud83d", "x\ufffd\ufffd"},
      {"x\ude00y", "x\ufffdy"},
      {"x\ud800y", "x\ufffdy"},
      {"x\udfffy", "x\ufffdy"},
      {"\ud83d\ud83d\ude00", "\ufffd" + pair},
    };
    for (String[] c : cases) {
      assertThat(cells.text(row(2, TEXT, c[0]), TEXT)).as(c[0]).contains(c[1]);
      assertThat(cells.name(row(2, NAME, c[0]), NAME)).as(c[0]).contains(c[1]);
    }
    assertThat(problems.sorted())
        .hasSize(2 * cases.length)
        .allSatisfy(p -> assertThat(p.code()).isEqualTo(UnInfoProblemCode.VALUE_CHANGED));
  }

  /** A cell of nothing but controls or lone surrogates is cleaned too (no other character). */
  @ParameterizedTest
  @ValueSource(strings = {"\u0007", "\u0001\u0008", "\u007f", "\ud800", "\udfff", "\ude00"})
  void should_clean_a_cell_of_nothing_but_controls_or_lone_surrogates(String cell) {
    CellReader cells = reader(false);
    String expected = Character.isSurrogate(cell.charAt(0)) ? "\ufffd" : null;

    assertThat(cells.name(row(2, NAME, cell), NAME))
        .isEqualTo(java.util.Optional.ofNullable(expected));
    assertThat(cells.text(row(2, TEXT, cell), TEXT))
        .isEqualTo(java.util.Optional.ofNullable(expected));
    assertThat(problems.sorted())
        .extracting(UnInfoProblem::code, UnInfoProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(UnInfoProblemCode.VALUE_CHANGED, NAME),
            org.assertj.core.groups.Tuple.tuple(UnInfoProblemCode.VALUE_CHANGED, TEXT));
  }

  @Test
  void should_drop_del_from_a_name_and_a_text() {
    CellReader cells = reader(false);

    assertThat(cells.name(row(2, NAME, "x\u007f"), NAME)).contains("x");
    assertThat(cells.text(row(2, TEXT, "\u007fy"), TEXT)).contains("y");
    assertThat(problems.sorted()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void should_cut_a_name_above_1000_characters(boolean plain) {
    CellReader cells = reader(plain);
    String exact = "n".repeat(CellReader.MAX_NAME);

    assertThat(cells.name(row(2, NAME, exact), NAME)).contains(exact);
    assertThat(problems.sorted()).isEmpty();
    assertThat(cells.name(row(3, NAME, exact + "xy"), NAME)).contains(exact);
    assertOneProblem(UnInfoProblemCode.VALUE_CHANGED, Severity.WARNING, 3, NAME, exact + "xy");
    assertThat(problems.sorted().get(0).message()).contains("1002").contains("1000");
  }

  @Test
  void should_count_a_name_in_code_points_when_cutting() {
    CellReader cells = reader(false);
    String emojis = "😀".repeat(CellReader.MAX_NAME);

    assertThat(cells.name(row(2, NAME, emojis), NAME)).contains(emojis);
    assertThat(cells.name(row(2, NAME, emojis + "😀"), NAME)).contains(emojis);
    assertThat(problems.sorted())
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo(UnInfoProblemCode.VALUE_CHANGED));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void should_cut_a_text_above_100000_characters(boolean plain) {
    CellReader cells = reader(plain);
    String exact = "t".repeat(CellReader.MAX_TEXT);

    assertThat(cells.text(row(2, TEXT, exact), TEXT)).contains(exact);
    assertThat(problems.sorted()).isEmpty();
    assertThat(cells.text(row(4, TEXT, exact + "u"), TEXT)).contains(exact);
    assertOneProblem(UnInfoProblemCode.VALUE_CHANGED, Severity.WARNING, 4, TEXT, exact + "u");
  }

  @Test
  void should_count_a_text_in_code_points_when_cutting() {
    CellReader cells = reader(false);
    // 100,001 chars but 100,000 code points: nothing to cut
    String text = "t".repeat(CellReader.MAX_TEXT - 1) + "😀";

    assertThat(cells.text(row(2, TEXT, text), TEXT)).contains(text);
    assertThat(problems.sorted()).isEmpty();
  }

  @Test
  void should_report_only_the_control_in_a_text_of_exactly_100000_characters() {
    String text = "t".repeat(CellReader.MAX_TEXT - 2) + "\u0007t";

    assertThat(reader(false).text(row(2, TEXT, text), TEXT))
        .hasValueSatisfying(t -> assertThat(t).hasSize(CellReader.MAX_TEXT));
    assertThat(problems.sorted())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("control characters"));
  }

  @Test
  void should_report_a_repeated_list_cell_with_a_repeat_at_each_of_its_rows() {
    CellReader cells = reader(true);

    for (int r = 2; r <= 4; r++) {
      assertThat(cells.names(row(r, LIST, "A, B, A"), LIST, Set.of())).containsExactly("A", "B");
    }
    assertThat(problems.sorted())
        .extracting(UnInfoProblem::code, UnInfoProblem::row, UnInfoProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(UnInfoProblemCode.DUPLICATE_ITEM, 2, LIST),
            org.assertj.core.groups.Tuple.tuple(UnInfoProblemCode.DUPLICATE_ITEM, 3, LIST),
            org.assertj.core.groups.Tuple.tuple(UnInfoProblemCode.DUPLICATE_ITEM, 4, LIST));
    assertThat(problems.sorted()).allSatisfy(p -> assertThat(p.value()).isEqualTo("A"));
  }

  @Test
  void should_split_a_cell_by_the_extra_names_given_with_it_each_time() {
    CellReader cells = reader(true);
    String cell = "Alpha, Beta, Gamma";

    assertThat(cells.names(row(2, LIST, cell), LIST, Set.of("Alpha, Beta")))
        .containsExactly("Alpha, Beta", "Gamma");
    assertThat(cells.names(row(3, LIST, cell), LIST, Set.of("Beta, Gamma")))
        .containsExactly("Alpha", "Beta, Gamma");
    assertThat(cells.names(row(4, LIST, cell), LIST, Set.of("Alpha, Beta")))
        .containsExactly("Alpha, Beta", "Gamma");
    assertThat(cells.names(row(5, LIST, cell), LIST, Set.of()))
        .containsExactly("Alpha", "Beta", "Gamma");
    assertThat(cells.names(row(6, LIST, cell), LIST, Set.of()))
        .containsExactly("Alpha", "Beta", "Gamma");
    assertThat(cells.names(row(7, LIST, "-"), LIST, Set.of())).isEmpty();
    assertThat(problems.sorted()).isEmpty();
  }

  @Test
  void should_read_an_absent_column_as_absent() {
    Columns without =
        Columns.of(Fixtures.HEADER.stream().filter(h -> !h.equals(TEXT)).toList(), new Problems());
    CellReader cells =
        new CellReader(without, ", ", problems, new CommaNames(Set.of()), new Memo(), true);

    assertThat(cells.text(new RawRow(2, List.of("x", "y")), TEXT)).isEqualTo(Optional.empty());
  }

  @Test
  void should_lower_case_without_the_default_locale() {
    assertThat(CellReader.lower("ÀBIc")).isEqualTo("àbic");
  }
}
