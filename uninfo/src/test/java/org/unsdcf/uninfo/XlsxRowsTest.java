package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.validation.Severity;

/**
 * {@link XlsxRows} on its edges: the header's trailing empty cells and column cap, the caps on
 * records, cells and cell length, and each cell type read as text.
 */
class XlsxRowsTest {
  private final Problems problems = new Problems();

  private static final String SHEET_START =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<sheetData>";
  private static final String SHEET_END = "</sheetData></worksheet>";

  private static byte[] xlsx(String sheetData) {
    return Fixtures.zip(
        Map.of(
            "[Content_Types].xml", Fixtures.CONTENT_TYPES,
            "_rels/.rels", Fixtures.ROOT_RELS,
            "xl/workbook.xml", Fixtures.WORKBOOK,
            "xl/_rels/workbook.xml.rels", Fixtures.WORKBOOK_RELS,
            "xl/worksheets/sheet1.xml", SHEET_START + sheetData + SHEET_END));
  }

  private static String inline(String ref, String text) {
    return "<c r=\""
        + ref
        + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
        + text
        + "</t></is></c>";
  }

  private static String row(int r, String... cells) {
    return "<row r=\"" + r + "\">" + String.join("", cells) + "</row>";
  }

  private static String header(String... names) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      cells.add(inline(Fixtures.column(i) + 1, names[i]));
    }
    return row(1, cells.toArray(String[]::new));
  }

  private static String inlineRow(int r, int count) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      cells.add(inline(Fixtures.column(i) + r, "v" + i));
    }
    return row(r, cells.toArray(String[]::new));
  }

  private XlsxRows open(String sheetData, Limits limits) {
    return XlsxRows.open(xlsx(sheetData), limits, problems);
  }

  private UnInfoProblem refusal(String sheetData, Limits limits) {
    try {
      XlsxRows rows = open(sheetData, limits);
      rows.header();
      while (rows.next() != null) {
        // read on
      }
    } catch (UnInfoReadException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0);
    }
    throw new AssertionError("read without exception");
  }

  @Test
  void should_drop_trailing_empty_header_cells_but_keep_inner_ones() {
    XlsxRows trailing =
        open(row(1, inline("A1", "a"), inline("B1", " b "), inline("C1", " ")), Limits.DEFAULT);
    XlsxRows inner =
        open(row(1, inline("A1", "a"), inline("B1", " "), inline("C1", "c")), Limits.DEFAULT);

    assertThat(trailing.header()).containsExactly("a", "b");
    assertThat(inner.header()).containsExactly("a", "", "c");
    assertThat(trailing.listSeparator()).isEqualTo("; ");
  }

  @Test
  void should_accept_a_header_of_1000_columns_and_refuse_one_more() {
    String[] names = new String[Limits.MAX_COLUMNS];
    for (int i = 0; i < names.length; i++) {
      names[i] = "h" + i;
    }
    String[] more = java.util.Arrays.copyOf(names, names.length + 1);
    more[names.length] = "one more";

    assertThat(open(header(names), Limits.DEFAULT).header()).hasSize(Limits.MAX_COLUMNS);
    UnInfoProblem p = refusal(header(more), Limits.DEFAULT);
    assertThat(p.code()).isEqualTo(UnInfoProblemCode.LIMIT_CELLS);
    assertThat(p.row()).isEqualTo(1);
  }

  @Test
  void should_accept_as_many_records_as_the_limit_and_refuse_one_more() {
    Limits one = new Limits(Limits.DEFAULT_FILE_BYTES, 1, Limits.DEFAULT_CELL_CHARS);
    XlsxRows rows = open(header("a", "b") + inlineRow(2, 2), one);
    rows.header();
    assertThat(rows.next()).isEqualTo(new RawRow(2, List.of("v0", "v1")));
    assertThat(rows.next()).isNull();

    UnInfoProblem p = refusal(header("a", "b") + inlineRow(2, 2) + inlineRow(3, 2), one);

    assertThat(p.code()).isEqualTo(UnInfoProblemCode.LIMIT_ROWS);
    assertThat(p.row()).isEqualTo(3);
  }

  @Test
  void should_accept_100_cells_beyond_the_header_and_refuse_one_more() {
    int fits = 2 + Limits.MAX_EXTRA_CELLS;
    XlsxRows rows = open(header("a", "b") + inlineRow(2, fits), Limits.DEFAULT);
    rows.header();
    RawRow r = rows.next();
    assertThat(r.cells()).hasSize(fits);
    assertThat(r.cells().get(fits - 1)).isEqualTo("v" + (fits - 1));

    UnInfoProblem p = refusal(header("a", "b") + inlineRow(2, fits + 1), Limits.DEFAULT);
    assertThat(p.code()).isEqualTo(UnInfoProblemCode.LIMIT_CELLS);
    assertThat(p.row()).isEqualTo(2);
    assertThat(p.message()).contains("more than " + fits + " cells");
  }

  @Test
  void should_accept_a_cell_as_long_as_the_limit_and_refuse_one_more() {
    Limits ten = new Limits(Limits.DEFAULT_FILE_BYTES, Limits.DEFAULT_ROWS, 10);
    XlsxRows rows = open(header("a") + row(2, inline("A2", "0123456789")), ten);
    rows.header();
    assertThat(rows.next().cells()).containsExactly("0123456789");

    UnInfoProblem p = refusal(header("a") + row(2, inline("A2", "0123456789x")), ten);
    assertThat(p.code()).isEqualTo(UnInfoProblemCode.LIMIT_CELL_LENGTH);
    assertThat(p.row()).isEqualTo(2);
    assertThat(p.column()).isEqualTo("a");
  }

  @Test
  void should_read_each_cell_type_as_text() {
    XlsxRows rows =
        open(
            header("a", "Start date")
                + row(
                    2,
                    "<c r=\"A2\"><v>1.1000000000000001</v></c>",
                    "<c r=\"B2\"><v>45139</v></c>",
                    "<c r=\"C2\"><v>45139</v></c>",
                    "<c r=\"D2\" t=\"b\"><v>1</v></c>",
                    "<c r=\"E2\" t=\"b\"><v>0</v></c>",
                    "<c r=\"F2\"><f>A2*2</f><v>2.2000000000000002</v></c>",
                    "<c r=\"G2\" t=\"str\"><f>\"x\"&amp;\"y\"</f><v>xy</v></c>",
                    "<c r=\"H2\"><f>A2</f></c>",
                    "<c r=\"I2\" t=\"inlineStr\"><is><t>last</t></is></c>"),
            Limits.DEFAULT);
    rows.header();

    RawRow r = rows.next();

    assertThat(r.cells())
        .containsExactly("1.1", "2023-08-01", "45139", "TRUE", "FALSE", "2.2", "xy", "", "last");
    assertThat(problems.sorted()).isEmpty();
  }

  @Test
  void should_read_an_error_value_as_absent_with_a_warning() {
    XlsxRows rows =
        open(
            header("a", "b", "c")
                + row(
                    2,
                    "<c r=\"A2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>",
                    "<c r=\"B2\" t=\"e\"><v>#N/A</v></c>",
                    "<c r=\"C2\" t=\"str\"><f>X()</f><v>#REF!</v></c>",
                    "<c r=\"D2\" t=\"e\"><v>#NUM!</v></c>"),
            Limits.DEFAULT);
    rows.header();

    assertThat(rows.next().cells()).containsExactly("", "", "", "");
    assertThat(problems.sorted())
        .extracting(
            UnInfoProblem::code,
            UnInfoProblem::severity,
            UnInfoProblem::column,
            UnInfoProblem::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                UnInfoProblemCode.FORMULA_ERROR, Severity.WARNING, "a", "=1/0"),
            org.assertj.core.groups.Tuple.tuple(
                UnInfoProblemCode.FORMULA_ERROR, Severity.WARNING, "b", ""),
            org.assertj.core.groups.Tuple.tuple(
                UnInfoProblemCode.FORMULA_ERROR, Severity.WARNING, "c", "=X()"),
            org.assertj.core.groups.Tuple.tuple(
                UnInfoProblemCode.FORMULA_ERROR, Severity.WARNING, "", ""));
    assertThat(problems.sorted()).allSatisfy(p -> assertThat(p.row()).isEqualTo(2));
  }

  @Test
  void should_read_a_date_serial_beyond_excels_dates_as_its_number() {
    XlsxRows rows =
        open(
            header("Start date", "End date", "Start date", "End date")
                + row(
                    2,
                    "<c r=\"A2\"><v>2958465</v></c>",
                    "<c r=\"B2\"><v>1E300</v></c>",
                    "<c r=\"C2\"><v>-1</v></c>",
                    "<c r=\"D2\"><v>2958466</v></c>"),
            Limits.DEFAULT);
    rows.header();

    assertThat(rows.next().cells())
        .containsExactly("9999-12-31", "1" + "0".repeat(300), "-1", "2958466");
  }

  @Test
  void should_read_a_date_serial_of_1e300_as_a_row_not_imported_not_a_date_time_exception() {
    UnInfoImport read =
        Fixtures.readXlsx(Fixtures.xlsx(Fixtures.with(Fixtures.row(), "Start date", "#n:1E300")));

    assertThat(read.problems())
        .filteredOn(p -> p.code() == UnInfoProblemCode.VALUE_INVALID)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.column()).isEqualTo("Start date");
              assertThat(p.value()).startsWith("10000000000");
            });
  }

  @Test
  void should_refuse_a_cell_reference_beyond_column_XFD_before_fastexcel_allocates_its_row() {
    UnInfoProblem xfe = refusal(header("a") + row(2, inline("XFE2", "x")), Limits.DEFAULT);
    UnInfoProblem found =
        refusal(header("a") + row(2, inline("Ixinemlformat2", "x")), Limits.DEFAULT);
    UnInfoProblem charRefs =
        refusal(
            header("a") + row(2, inline("&#90;&#90;&#90;&#90;&#90;&#90;&#90;2", "x")),
            Limits.DEFAULT);
    UnInfoProblem prefixed =
        refusal(
            header("a")
                + "<row r=\"2\"><x:c xmlns:x=\"urn:x\" x:r=\"ZZZZZZZ2\"><x:v>1</x:v></x:c></row>",
            Limits.DEFAULT);
    UnInfoProblem xfd = refusal(header("a") + row(2, inline("XFD2", "x")), Limits.DEFAULT);

    assertThat(List.of(xfe, found, charRefs, prefixed))
        .allSatisfy(
            p -> {
              assertThat(p.code()).isEqualTo(UnInfoProblemCode.XML_INVALID);
              assertThat(p.message()).contains("names no column from A to XFD");
            });
    assertThat(xfe.message()).contains("'XFE2'");
    assertThat(found.message()).contains("'Ixinemlformat2'");
    assertThat(xfd.code()).isEqualTo(UnInfoProblemCode.LIMIT_CELLS);
  }

  @Test
  void should_name_a_column_from_A_to_XFD_as_fastexcel_reads_it() {
    assertThat(List.of("A1", "a1", "$A$1", "Z9", "AA1", "XFD1048576", "xfd1"))
        .allMatch(CellReferences::namesAColumn);
    assertThat(List.of("", "1", "$1", "XFE1", "AAAA1", "A-1", "Ä1", "[1", "@1"))
        .noneMatch(CellReferences::namesAColumn);
  }

  @Test
  void should_refuse_a_row_numbered_below_1_not_throw_on_its_problem_row() {
    UnInfoProblem header = refusal("<row r=\"0\">" + inline("A1", "a") + "</row>", Limits.DEFAULT);
    UnInfoProblem record =
        refusal(header("a") + "<row r=\"-2\">" + inline("A2", "x") + "</row>", Limits.DEFAULT);

    assertThat(List.of(header, record))
        .allSatisfy(
            p -> {
              assertThat(p.code()).isEqualTo(UnInfoProblemCode.XML_INVALID);
              assertThat(p.row()).isZero();
            });
    assertThat(record.message()).contains("a row numbered -2");
  }

  @Test
  void should_refuse_a_header_below_row_1() {
    UnInfoProblem p = refusal(row(2, inline("A2", "a")), Limits.DEFAULT);

    assertThat(p.code()).isEqualTo(UnInfoProblemCode.HEADER_MISMATCH);
    assertThat(p.row()).isEqualTo(2);
  }
}
