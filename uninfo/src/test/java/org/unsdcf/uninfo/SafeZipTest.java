package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SafeZip}'s checks of an XLSX's container on their edges: which parts are XML, their
 * encoding and DTDs wherever they stand, the caps on entries, shared strings and cells.
 */
class SafeZipTest {
  /** One row allowed: at most 128 shared strings and 128 cells. */
  private static final Limits ONE_ROW =
      new Limits(Limits.DEFAULT_FILE_BYTES, 1, Limits.DEFAULT_CELL_CHARS);

  private static byte[] zip(String name, byte[] content) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put(name, content);
    return Fixtures.zipBytes(parts);
  }

  private static byte[] zip(String name, String content) {
    return zip(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private static UnInfoProblem refusal(byte[] file, Limits limits) {
    try {
      SafeZip.scan(file, limits);
    } catch (UnInfoReadException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0);
    }
    throw new AssertionError("scanned without exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.xml", "_rels/.rels", "xl/drawings/v.vml"})
  void should_check_each_xml_part_for_a_dtd_or_an_entity(String name) {
    assertThat(refusal(zip(name, "<!DOCTYPE x>"), Limits.DEFAULT).code())
        .isEqualTo(UnInfoProblemCode.XML_UNSAFE);
    assertThat(refusal(zip(name, "<a/><!ENTITY"), Limits.DEFAULT).code())
        .isEqualTo(UnInfoProblemCode.XML_UNSAFE);
    assertThat(refusal(zip(name, "\u0000<"), Limits.DEFAULT).message()).contains("not UTF-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.txt", "a.xml.bin", "xl/media/image.png"})
  void should_not_check_other_parts(String name) {
    assertThat(SafeZip.scan(zip(name, "<!DOCTYPE x>\u0000<"), Limits.DEFAULT))
        .containsOnlyKeys(name);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"00 3c", "3c 00", "fe ff 00 3c", "ff fe 3c 00", "fe", "ff 41", "00 3c 61"})
  void should_refuse_an_xml_part_in_utf16_or_utf32(String hex) {
    byte[] b = java.util.HexFormat.of().parseHex(hex.replace(" ", ""));
    if (b.length == 1) {
      b = new byte[] {b[0], 'a'};
    }

    UnInfoProblem p = refusal(zip("a.xml", b), Limits.DEFAULT);

    assertThat(p.code()).isEqualTo(UnInfoProblemCode.XML_UNSAFE);
    assertThat(p.message()).contains("part 'a.xml' is not UTF-8 XML");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"3c", "00 61", "61 00", "3c 61", "ef bb bf 3c"})
  void should_accept_xml_parts_that_only_look_like_utf16(String hex) {
    byte[] b = java.util.HexFormat.of().parseHex(hex.replace(" ", ""));

    assertThat(SafeZip.scan(zip("a.xml", b), Limits.DEFAULT).get("a.xml")).isEqualTo(b);
  }

  @Test
  void should_accept_10000_entries_and_refuse_one_more() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    for (int i = 0; i < Limits.MAX_ENTRIES; i++) {
      parts.put("p" + i, new byte[0]);
    }

    assertThat(SafeZip.scan(Fixtures.zipBytes(parts), Limits.DEFAULT)).hasSize(Limits.MAX_ENTRIES);
    parts.put("one-more", new byte[0]);
    assertThat(refusal(Fixtures.zipBytes(parts), Limits.DEFAULT).code())
        .isEqualTo(UnInfoProblemCode.ZIP_BOMB);
  }

  @Test
  void should_count_shared_strings_of_both_forms_up_to_the_cap() {
    String fits = "<si>".repeat(64) + "<si x=\"1\">".repeat(64);

    assertThat(SafeZip.scan(zip("xl/sharedStrings.xml", fits), ONE_ROW)).hasSize(1);
    UnInfoProblem atStart = refusal(zip("xl/sharedStrings.xml", "<si>" + fits), ONE_ROW);
    UnInfoProblem atEnd = refusal(zip("xl/sharedStrings.xml", fits + "<si "), ONE_ROW);
    assertThat(atStart.code()).isEqualTo(UnInfoProblemCode.LIMIT_CELLS);
    assertThat(atStart.message()).contains("more than 128 shared strings");
    assertThat(atEnd.code()).isEqualTo(UnInfoProblemCode.LIMIT_CELLS);
    assertThat(SafeZip.scan(zip("xl/other.xml", "<si>" + fits), ONE_ROW)).hasSize(1);
  }

  @Test
  void should_count_cells_of_both_forms_over_all_sheets_up_to_the_cap() {
    String half = "<c></c>".repeat(32) + "<c r=\"A1\"/>".repeat(32);
    byte[] sheet = ("<w>" + half + "</w>").getBytes(StandardCharsets.US_ASCII);
    Map<String, byte[]> fits = new LinkedHashMap<>();
    fits.put("xl/worksheets/sheet1.xml", sheet);
    fits.put("xl/worksheets/sheet2.xml", sheet);
    Map<String, byte[]> over = new LinkedHashMap<>(fits);
    over.put("xl/worksheets/sheet3.xml", "<c>".getBytes(StandardCharsets.US_ASCII));

    assertThat(SafeZip.scan(Fixtures.zipBytes(fits), ONE_ROW)).hasSize(2);
    UnInfoProblem p = refusal(Fixtures.zipBytes(over), ONE_ROW);
    assertThat(p.code()).isEqualTo(UnInfoProblemCode.LIMIT_CELLS);
    assertThat(p.message()).contains("more than 128 cells");
    assertThat(refusal(zip("xl/worksheets/sheet1.xml", "<c>" + half + half), ONE_ROW).code())
        .isEqualTo(UnInfoProblemCode.LIMIT_CELLS);
    assertThat(SafeZip.scan(zip("xl/styles.xml", "<c>" + half + half), ONE_ROW)).hasSize(1);
  }

  @Test
  void should_count_cells_and_shared_strings_under_any_prefix_or_whitespace() {
    String cells = "<x:c r=\"A1\"/>".repeat(64) + "<c\nr=\"B1\"/>".repeat(32) + "<é:c/>".repeat(32);

    assertThat(SafeZip.scan(zip("xl/worksheets/sheet1.xml", sheet(cells)), ONE_ROW)).hasSize(1);
    assertThat(refusal(zip("xl/worksheets/sheet1.xml", sheet(cells + "<x:c/>")), ONE_ROW))
        .extracting(UnInfoProblem::code)
        .isEqualTo(UnInfoProblemCode.LIMIT_CELLS);
    String strings = "<x:si>".repeat(100) + "<si\t>".repeat(28);
    assertThat(SafeZip.scan(zip("xl/sharedStrings.xml", strings), ONE_ROW)).hasSize(1);
    assertThat(refusal(zip("xl/sharedStrings.xml", strings + "<ns:si>"), ONE_ROW).code())
        .isEqualTo(UnInfoProblemCode.LIMIT_CELLS);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"<c>", "<c/>", "<c r=\"A1\">", "<x:c>", "<a:b:c>", "<c\r\n>", "<c"})
  void should_count_a_start_tag_named_c(String tag) {
    assertThat(SafeZip.countElements(("<w>" + tag).getBytes(StandardCharsets.UTF_8), ascii("c")))
        .isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"</c>", "<col>", "<cols/>", "<x:cfg>", "<xc>", "<c:>", "<?c?>", "c>"})
  void should_not_count_other_tags(String tag) {
    assertThat(SafeZip.countElements(("<w>" + tag).getBytes(StandardCharsets.UTF_8), ascii("c")))
        .isZero();
  }

  private static String sheet(String cells) {
    return "<w xmlns:x=\"urn:x\" xmlns:é=\"urn:e\">" + cells + "</w>";
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void should_keep_each_part_as_inflated_and_pack_them_again() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("b.xml", "<b/>".getBytes(StandardCharsets.US_ASCII));
    parts.put("a.bin", new byte[] {1, 2, 3});

    Map<String, byte[]> scanned = SafeZip.scan(Fixtures.zipBytes(parts), Limits.DEFAULT);

    assertThat(scanned.keySet()).containsExactly("b.xml", "a.bin");
    assertThat(SafeZip.scan(SafeZip.pack(scanned), Limits.DEFAULT))
        .hasSize(2)
        .hasEntrySatisfying("a.bin", b -> assertThat(b).containsExactly(1, 2, 3));
  }

  @Test
  void should_accept_a_part_inflating_less_than_100_times_its_compressed_size() {
    byte[] zeros = new byte[3 * 512 * 1024];

    assertThat(SafeZip.scan(zip("a.bin", zeros), Limits.DEFAULT).get("a.bin"))
        .hasSize(zeros.length);
    // 3 MiB deflating about 130 to 1: over 100 times only without the 16 KiB margin
    byte[] sparse = new byte[3 * 1024 * 1024];
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int i = 0; i < sparse.length; i += 512) {
      sparse[i] = (byte) random.nextInt(256);
    }
    assertThat(SafeZip.scan(zip("b.bin", sparse), Limits.DEFAULT).get("b.bin")).isEqualTo(sparse);
  }

  @Test
  void should_refuse_a_part_inflating_more_than_100_times_even_after_a_large_part() {
    byte[] noise = new byte[200 * 1024];
    new java.util.SplittableRandom(7).nextBytes(noise);
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("noise.bin", noise);
    parts.put("zeros.bin", new byte[4 * 1024 * 1024]);

    UnInfoProblem p = refusal(Fixtures.zipBytes(parts), Limits.DEFAULT);

    assertThat(p.code()).isEqualTo(UnInfoProblemCode.ZIP_BOMB);
    assertThat(p.message()).contains("part 'zeros.bin' inflates more than 100 times");
  }

  @Test
  void should_say_what_breaks_a_zip_in_one_line() {
    assertThat(SafeZip.oneLine(null)).isEqualTo("malformed");
    assertThat(SafeZip.oneLine("bad\nentry")).isEqualTo("bad\\nentry");
    assertThat(SafeZip.oneLine("plain")).isEqualTo("plain");
  }
}
