package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.uninfo.Fixtures.csv;
import static org.unsdcf.uninfo.Fixtures.readCsv;
import static org.unsdcf.uninfo.Fixtures.readXlsx;
import static org.unsdcf.uninfo.Fixtures.row;
import static org.unsdcf.uninfo.Fixtures.with;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.validation.Severity;

/**
 * The small parts' contracts: {@link Memo}'s bounds, {@link Problems}' order, {@link RawRow}'s
 * cells, {@link Columns}' header checks, {@link Countries}' comma aliases, the builder's ranges,
 * {@link UnInfoImport}'s counts, and an XLSX's text never taken as plain.
 */
class SmallPartsTest {

  // ---- Memo ----

  @Test
  void should_keep_a_result_whose_key_is_at_most_4096_characters() {
    Memo.Table<String, Integer> t = new Memo().table();

    t.put("a", 1, Memo.MAX_KEY_CHARS);
    t.put("b", 2, Memo.MAX_KEY_CHARS + 1);

    assertThat(t.get("a")).isEqualTo(1);
    assertThat(t.get("b")).isNull();
    assertThat(t.get("c")).isNull();
  }

  @Test
  void should_keep_the_first_result_of_a_key_and_charge_it_once() {
    Memo memo = new Memo();
    Memo.Table<String, Integer> t = memo.table();
    int keys = (int) (Memo.MAX_CHARS / Memo.MAX_KEY_CHARS);

    t.put("k", 1, Memo.MAX_KEY_CHARS);
    for (int i = 0; i < 10; i++) {
      t.put("k", 2, Memo.MAX_KEY_CHARS);
    }
    for (int i = 1; i < keys; i++) {
      t.put("k" + i, i, Memo.MAX_KEY_CHARS);
    }

    assertThat(t.get("k")).isEqualTo(1);
    assertThat(t.get("k" + (keys - 1))).isEqualTo(keys - 1);
  }

  @Test
  void should_stop_keeping_at_the_bound_shared_by_all_tables_of_a_memo() {
    Memo memo = new Memo();
    Memo.Table<String, Integer> first = memo.table();
    Memo.Table<String, Integer> second = memo.table();
    int keys = (int) (Memo.MAX_CHARS / Memo.MAX_KEY_CHARS);

    for (int i = 0; i < keys - 1; i++) {
      first.put("k" + i, i, Memo.MAX_KEY_CHARS);
    }
    second.put("last", -1, Memo.MAX_KEY_CHARS);
    second.put("over", -2, 1);
    first.put("over", -3, 1);

    assertThat(first.get("k0")).isZero();
    assertThat(first.get("k" + (keys - 2))).isEqualTo(keys - 2);
    assertThat(second.get("last")).isEqualTo(-1);
    assertThat(second.get("over")).isNull();
    assertThat(first.get("over")).isNull();
    assertThat(new Memo().<String, Integer>table().get("k0")).isNull();
  }

  // ---- Problems, RawRow ----

  @Test
  void should_sort_problems_by_row_keeping_the_order_within_a_row() {
    Problems p = new Problems();
    p.info(UnInfoProblemCode.VALUE_CHANGED, 3, "b", "", "m");
    p.warning(UnInfoProblemCode.VALUE_CHANGED, 2, "z", "", "m");
    p.error(UnInfoProblemCode.VALUE_CHANGED, 3, "a", "", "m");

    assertThat(p.sorted())
        .extracting(UnInfoProblem::row, UnInfoProblem::column, UnInfoProblem::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "z", Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(3, "b", Severity.INFO),
            org.assertj.core.groups.Tuple.tuple(3, "a", Severity.ERROR));
    assertThat(p.size()).isEqualTo(3);
  }

  @Test
  void should_give_a_missing_cell_as_empty() {
    RawRow r = new RawRow(2, List.of("a", "b"));

    assertThat(r.cell(0)).isEqualTo("a");
    assertThat(r.cell(1)).isEqualTo("b");
    assertThat(r.cell(2)).isEmpty();
    assertThat(r.cell(-1)).isEmpty();
  }

  // ---- Columns ----

  @Test
  void should_name_every_missing_required_column_in_the_refusal() {
    List<String> header =
        Fixtures.HEADER.stream().filter(h -> !h.equals("ID") && !h.equals("Status")).toList();

    assertThatThrownBy(() -> Columns.of(header, new Problems()))
        .isInstanceOfSatisfying(
            UnInfoReadException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.code()).isEqualTo(UnInfoProblemCode.HEADER_MISMATCH);
                          assertThat(p.column()).isEqualTo("ID");
                          assertThat(p.message())
                              .contains("required columns 'ID', 'Status' missing");
                        }));
    assertThatThrownBy(
            () ->
                Columns.of(
                    Fixtures.HEADER.stream().filter(h -> !h.equals("ID")).toList(), new Problems()))
        .hasMessageContaining("required column 'ID' missing");
  }

  @Test
  void should_name_a_column_beyond_the_header_as_empty() {
    Columns c = Columns.of(Fixtures.HEADER, new Problems());

    assertThat(c.name(0)).isEqualTo("Country");
    assertThat(c.name(Fixtures.HEADER.size() - 1))
        .isEqualTo(Fixtures.HEADER.get(Fixtures.HEADER.size() - 1));
    assertThat(c.name(Fixtures.HEADER.size())).isEmpty();
  }

  // ---- Countries ----

  @Test
  void should_give_only_the_aliases_holding_a_comma() {
    assertThat(Countries.commaAliases("MDA")).containsExactly("Moldova, Republic of");
    assertThat(Countries.commaAliases("MKD")).containsExactly("North Macedonia, Republic of");
    assertThat(Countries.commaAliases("KGZ")).isEmpty();
    assertThat(Countries.commaAliases("ZZZ")).isEmpty();
  }

  // ---- the builder ----

  @Test
  void should_accept_limits_from_1_to_their_defaults() {
    ActivityReportReader.Builder b = ActivityReportReader.builder();

    assertThat(b.maxFileBytes(1).maxRows(1).maxCellChars(1)).isSameAs(b);
    assertThat(
            b.maxFileBytes(Limits.DEFAULT_FILE_BYTES)
                .maxRows(Limits.DEFAULT_ROWS)
                .maxCellChars(Limits.DEFAULT_CELL_CHARS))
        .isSameAs(b);
    assertThatThrownBy(() -> b.maxFileBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxFileBytes");
    assertThatThrownBy(() -> b.maxFileBytes(Limits.DEFAULT_FILE_BYTES + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxFileBytes");
    assertThatThrownBy(() -> b.maxRows(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.maxCellChars(Limits.DEFAULT_CELL_CHARS + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxCellChars");
  }

  // ---- UnInfoImport ----

  @Test
  void should_count_the_problems_of_each_severity() {
    UnInfoImport r =
        readCsv(
            csv(
                with(row(), "Status", "Sleeping"),
                with(row(), "ID", "2", "Humanitarian marker", "###"),
                with(row(), "ID", "3", "Non Monetary Assistance", "Trucks"),
                with(row(), "ID", "4", "Non Monetary Assistance", "Food")));

    assertThat(r.count(Severity.ERROR)).isEqualTo(1);
    assertThat(r.count(Severity.WARNING)).isEqualTo(1);
    assertThat(r.count(Severity.INFO)).isEqualTo(2);
    assertThat(r.entries()).isEqualTo(3);
  }

  // ---- XLSX text is never plain ----

  @Test
  void should_clean_a_delete_character_in_an_xlsx_name() {
    UnInfoImport r =
        readXlsx(Fixtures.xlsx(with(row(), "Sub-Output", "Online\u007fconsultations")));

    assertThat(r.plans().get(0).jointWorkPlans().get(0).entries().get(0).title())
        .isEqualTo("Online consultations");
    assertThat(r.problems())
        .filteredOn(p -> p.code() == UnInfoProblemCode.VALUE_CHANGED)
        .singleElement()
        .satisfies(p -> assertThat(p.column()).isEqualTo("Sub-Output"));
  }
}
