package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link CsvRows}: the byte order marks it names, strict UTF-8, one row per record however many
 * lines it spans, and the limits on records and cells, each refused with the one problem that names
 * it.
 */
class CsvRowsTest {

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static UnInfoProblem refusal(byte[] file, Limits limits) {
    try {
      CsvRows rows = CsvRows.open(file, limits);
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

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "00 00 fe ff, the CSV is UTF-32BE (byte order mark at offset 0)",
    "00 00 fe ff 41 42, the CSV is UTF-32BE",
    "ff fe 00 00, the CSV is UTF-32LE (byte order mark at offset 0)",
    "ff fe 00 00 41 00 00 00, the CSV is UTF-32LE",
    "fe ff, the CSV is UTF-16BE (byte order mark at offset 0)",
    "fe ff 00 41, the CSV is UTF-16BE",
    "ff fe, the CSV is UTF-16LE (byte order mark at offset 0)",
    "ff fe 00, the CSV is UTF-16LE",
    "ff fe 41 00, the CSV is UTF-16LE",
    "ff fe 00 41, the CSV is UTF-16LE",
    "ff fe 41 00 00 00, the CSV is UTF-16LE",
    "01 00 fe ff, byte 0x00 at offset 1 is not well-formed",
    "00 01 fe ff, byte 0x00 at offset 0 is not well-formed",
    "00 00 ff ff, byte 0x00 at offset 0 is not well-formed",
    "00 00 fe fe, byte 0x00 at offset 0 is not well-formed",
    "00 00 fe, byte 0x00 at offset 0 is not well-formed",
    "fe fe 00 00, byte 0xfe at offset 0 is not well-formed",
    "ff ff 00 00, byte 0xff at offset 0 is not well-formed",
    "fe, byte 0xfe at offset 0 is not well-formed",
    "ff, byte 0xff at offset 0 is not well-formed",
    "ef bb bf 41 80, byte 0x80 at offset 4 is not well-formed",
    "41 ef bb bf 80, byte 0x80 at offset 4 is not well-formed",
  })
  void should_refuse_other_encodings_naming_them(String hex, String message) {
    byte[] file = HexFormat.of().parseHex(hex.replace(" ", ""));

    UnInfoProblem p = refusal(file, Limits.DEFAULT);

    assertThat(p.code()).isEqualTo(UnInfoProblemCode.ENCODING);
    assertThat(p.message()).contains(message);
  }

  @Test
  void should_read_a_file_of_only_a_bom_as_empty() {
    UnInfoProblem p = refusal(HexFormat.of().parseHex("efbbbf"), Limits.DEFAULT);

    assertThat(p.code()).isEqualTo(UnInfoProblemCode.NOT_A_REPORT);
  }

  @Test
  void should_skip_one_bom_and_read_the_header_after_it() {
    CsvRows rows = CsvRows.open(bytes("\ufeff\"a\",\" b \"\r\n\"1\",\"2\""), Limits.DEFAULT);

    assertThat(rows.header()).containsExactly("a", "b");
    assertThat(rows.next()).isEqualTo(new RawRow(2, List.of("1", "2")));
    assertThat(rows.next()).isNull();
    assertThat(rows.listSeparator()).isEqualTo(", ");
  }

  @Test
  void should_say_whether_the_text_may_hold_controls() {
    assertThat(CsvRows.open(bytes("a,b\r\n\"x\ty\",z\n"), Limits.DEFAULT).plainText()).isTrue();
    assertThat(CsvRows.open(bytes("a,b\r\n\"x\u0007y\",z\n"), Limits.DEFAULT).plainText())
        .isFalse();
    assertThat(CsvRows.open(bytes("a,b\r\nx\u007f,z\n"), Limits.DEFAULT).plainText()).isFalse();
    assertThat(CsvRows.open(bytes("a,b\r\n😀,z\n"), Limits.DEFAULT).plainText()).isFalse();
  }

  @Test
  void should_number_records_spanning_lines_by_record() {
    CsvRows rows = CsvRows.open(bytes("a,b\r\n\"1\n2\n3\",x\r\ny,z\r\n"), Limits.DEFAULT);

    rows.header();
    assertThat(rows.next()).isEqualTo(new RawRow(2, List.of("1\n2\n3", "x")));
    assertThat(rows.next()).isEqualTo(new RawRow(3, List.of("y", "z")));
    assertThat(rows.next()).isNull();
  }

  @Test
  void should_accept_as_many_records_as_the_limit_and_refuse_one_more() {
    Limits two = new Limits(Limits.DEFAULT_FILE_BYTES, 2, Limits.DEFAULT_CELL_CHARS);
    CsvRows rows = CsvRows.open(bytes("a,b\r\n1,2\r\n3,4\r\n"), two);
    rows.header();
    assertThat(rows.next()).isNotNull();
    assertThat(rows.next()).isNotNull();
    assertThat(rows.next()).isNull();

    UnInfoProblem p = refusal(bytes("a,b\r\n1,2\r\n3,4\r\n5,6\r\n"), two);

    assertThat(p.code()).isEqualTo(UnInfoProblemCode.LIMIT_ROWS);
    assertThat(p.row()).isEqualTo(4);
    assertThat(p.message()).contains("more than 2 records");
  }

  @Test
  void should_accept_a_record_of_100_cells_beyond_the_header_and_refuse_one_more() {
    String header = "a,b\r\n";
    String fits = String.join(",", Collections.nCopies(2 + Limits.MAX_EXTRA_CELLS, "x"));

    CsvRows rows = CsvRows.open(bytes(header + fits + "\r\n"), Limits.DEFAULT);
    rows.header();
    assertThat(rows.next().cells()).hasSize(2 + Limits.MAX_EXTRA_CELLS);

    UnInfoProblem p = refusal(bytes(header + "a,b\r\n" + fits + ",x\r\n"), Limits.DEFAULT);
    assertThat(p.code()).isEqualTo(UnInfoProblemCode.LIMIT_CELLS);
    assertThat(p.row()).isEqualTo(3);
    assertThat(p.message()).contains("more than " + (2 + Limits.MAX_EXTRA_CELLS) + " cells");
  }

  @Test
  void should_accept_a_header_of_1000_columns_and_refuse_one_more() {
    String fits = String.join(",", Collections.nCopies(Limits.MAX_COLUMNS, "h"));

    CsvRows rows = CsvRows.open(bytes(fits + "\r\n"), Limits.DEFAULT);
    assertThat(rows.header()).hasSize(Limits.MAX_COLUMNS);

    UnInfoProblem p = refusal(bytes(fits + ",h\r\n"), Limits.DEFAULT);
    assertThat(p.code()).isEqualTo(UnInfoProblemCode.LIMIT_CELLS);
    assertThat(p.row()).isEqualTo(1);
  }

  @Test
  void should_refuse_a_broken_record_in_one_line_naming_its_row() {
    UnInfoProblem p = refusal(bytes("a,b\r\n1,2\r\n\"3,4\r\n5,6\r\n"), Limits.DEFAULT);

    assertThat(p.code()).isEqualTo(UnInfoProblemCode.CSV_SYNTAX);
    assertThat(p.row()).isEqualTo(3);
    assertThat(p.message())
        .startsWith("not RFC 4180 CSV: ")
        .doesNotContain("\n")
        .doesNotContain("\\n")
        .doesNotContain("malformed record");
  }
}
