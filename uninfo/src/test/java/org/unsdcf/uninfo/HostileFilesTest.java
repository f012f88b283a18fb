package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.uninfo.Fixtures.row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken files: each is refused with one problem naming what is wrong, quickly and
 * without inflating or buffering more than the caps allow.
 */
class HostileFilesTest {

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("zip bomb", xlsx(), zipBomb(), UnInfoProblemCode.ZIP_BOMB),
        Arguments.of(
            "XXE in a sheet", xlsx(), xlsxWithSheet(xxeSheet()), UnInfoProblemCode.XML_UNSAFE),
        Arguments.of(
            "billion laughs", xlsx(), xlsxWithSheet(laughsSheet()), UnInfoProblemCode.XML_UNSAFE),
        Arguments.of(
            "external DTD in shared strings",
            xlsx(),
            xlsxWith(
                "xl/sharedStrings.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE sst SYSTEM \"http://example.invalid/x.dtd\"><sst/>"),
            UnInfoProblemCode.XML_UNSAFE),
        Arguments.of("UTF-16 XML part", xlsx(), xlsxWithUtf16Sheet(), UnInfoProblemCode.XML_UNSAFE),
        Arguments.of("truncated ZIP", xlsx(), truncated(), UnInfoProblemCode.ZIP_INVALID),
        Arguments.of(
            "duplicate ZIP entries", xlsx(), duplicateEntries(), UnInfoProblemCode.ZIP_INVALID),
        Arguments.of(
            "stored entry claiming 2 GB", xlsx(), storedClaim(), UnInfoProblemCode.ZIP_INVALID),
        Arguments.of(
            "ZIP without a workbook",
            xlsx(),
            Fixtures.zip(Map.of("a.txt", "hello")),
            UnInfoProblemCode.XML_INVALID),
        Arguments.of(
            "malformed sheet XML",
            xlsx(),
            xlsxWithSheet("<worksheet><sheetData><row>"),
            UnInfoProblemCode.XML_INVALID),
        Arguments.of("UTF-16 CSV with BOM", csv(), utf16(true), UnInfoProblemCode.ENCODING),
        Arguments.of("UTF-16 CSV without BOM", csv(), utf16(false), UnInfoProblemCode.ENCODING),
        Arguments.of("invalid UTF-8", csv(), invalidUtf8(), UnInfoProblemCode.ENCODING),
        Arguments.of("empty file", csv(), new byte[0], UnInfoProblemCode.NOT_A_REPORT),
        Arguments.of("old binary workbook", csv(), ole2(), UnInfoProblemCode.NOT_A_REPORT),
        Arguments.of("unterminated quote", csv(), unterminated(), UnInfoProblemCode.CSV_SYNTAX),
        Arguments.of(
            "not a report",
            csv(),
            "a,b,c\r\n1,2,3\r\n".getBytes(StandardCharsets.UTF_8),
            UnInfoProblemCode.HEADER_MISMATCH),
        Arguments.of(
            "a record of a million cells", csv(), wideRecord(), UnInfoProblemCode.LIMIT_CELLS));
  }

  private static ActivityReportFormat xlsx() {
    return ActivityReportFormat.XLSX;
  }

  private static ActivityReportFormat csv() {
    return ActivityReportFormat.CSV;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void should_refuse_a_hostile_file_with_one_problem(
      String name, ActivityReportFormat format, byte[] file, UnInfoProblemCode code) {
    assertThatThrownBy(
            () -> ActivityReportReader.standard().read(new ByteArrayInputStream(file), format))
        .isInstanceOfSatisfying(
            UnInfoReadException.class,
            e -> {
              assertThat(e.problems())
                  .singleElement()
                  .satisfies(p -> assertThat(p.code()).isEqualTo(code));
              assertThat(e.getMessage()).doesNotContain("\n").endsWith("[" + code + "]");
            });
  }

  @org.junit.jupiter.api.Test
  void should_refuse_a_cell_rows_or_file_over_the_limits() {
    byte[] file = Fixtures.csv(row(), Fixtures.with(row(), "ID", "2"));
    ActivityReportReader cells = ActivityReportReader.builder().maxCellChars(10).build();
    ActivityReportReader rows = ActivityReportReader.builder().maxRows(1).build();
    ActivityReportReader bytes = ActivityReportReader.builder().maxFileBytes(100).build();

    assertThat(code(cells, file, ActivityReportFormat.CSV))
        .isEqualTo(UnInfoProblemCode.LIMIT_CELL_LENGTH);
    assertThat(code(rows, file, ActivityReportFormat.CSV)).isEqualTo(UnInfoProblemCode.LIMIT_ROWS);
    assertThat(code(bytes, file, ActivityReportFormat.CSV))
        .isEqualTo(UnInfoProblemCode.LIMIT_FILE_SIZE);
    assertThat(code(cells, Fixtures.xlsx(row()), ActivityReportFormat.XLSX))
        .isEqualTo(UnInfoProblemCode.LIMIT_CELL_LENGTH);
  }

  @org.junit.jupiter.api.Test
  void should_cap_shared_strings() {
    StringBuilder sst = new StringBuilder("<?xml version=\"1.0\"?><sst>");
    for (int i = 0; i < 200; i++) {
      sst.append("<si><t>s</t></si>");
    }
    byte[] file = xlsxWith("xl/sharedStrings.xml", sst.append("</sst>").toString());

    assertThat(
            code(
                ActivityReportReader.builder().maxRows(1).build(), file, ActivityReportFormat.XLSX))
        .isEqualTo(UnInfoProblemCode.LIMIT_CELLS);
  }

  private static UnInfoProblemCode code(
      ActivityReportReader reader, byte[] file, ActivityReportFormat f) {
    try {
      reader.read(new ByteArrayInputStream(file), f);
    } catch (UnInfoReadException e) {
      return e.problems().get(0).code();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("read without exception");
  }

  // ---- the files ----

  private static Map<String, String> baseParts() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", Fixtures.CONTENT_TYPES);
    parts.put("_rels/.rels", Fixtures.ROOT_RELS);
    parts.put("xl/workbook.xml", Fixtures.WORKBOOK);
    parts.put("xl/_rels/workbook.xml.rels", Fixtures.WORKBOOK_RELS);
    parts.put("xl/worksheets/sheet1.xml", Fixtures.sheet(List.of(Fixtures.HEADER)));
    return parts;
  }

  static byte[] xlsxWith(String part, String xml) {
    Map<String, String> parts = baseParts();
    parts.put(part, xml);
    return Fixtures.zip(parts);
  }

  static byte[] xlsxWithSheet(String xml) {
    return xlsxWith("xl/worksheets/sheet1.xml", xml);
  }

  static String xxeSheet() {
    return "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>";
  }

  static String laughsSheet() {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      b.append("<!ENTITY l").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        b.append("&l").append(i - 1).append(';');
      }
      b.append("\">");
    }
    return b.append("]><worksheet><sheetData>&l9;</sheetData></worksheet>").toString();
  }

  static byte[] xlsxWithUtf16Sheet() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    baseParts().forEach((k, v) -> parts.put(k, v.getBytes(StandardCharsets.UTF_8)));
    parts.put(
        "xl/worksheets/sheet1.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet/>"
            .getBytes(StandardCharsets.UTF_16));
    return Fixtures.zipBytes(parts);
  }

  static byte[] zipBomb() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        z.write(zeros);
      }
      z.closeEntry();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  static byte[] truncated() {
    byte[] whole = Fixtures.xlsx(row());
    return Arrays.copyOf(whole, whole.length / 2);
  }

  static byte[] duplicateEntries() {
    Map<String, String> parts = baseParts();
    parts.put("xl/worksheets/sheet2.xml", "<worksheet/>");
    byte[] zip = Fixtures.zip(parts);
    byte[] from = "xl/worksheets/sheet2.xml".getBytes(StandardCharsets.US_ASCII);
    byte[] to = "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + from.length <= zip.length; i++) {
      if (Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
        System.arraycopy(to, 0, zip, i, to.length);
      }
    }
    return zip;
  }

  static byte[] storedClaim() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      byte[] data = "<worksheet/>".getBytes(StandardCharsets.UTF_8);
      ZipEntry e = new ZipEntry("xl/worksheets/sheet1.xml");
      e.setMethod(ZipEntry.STORED);
      e.setSize(data.length);
      CRC32 crc = new CRC32();
      crc.update(data);
      e.setCrc(crc.getValue());
      z.putNextEntry(e);
      z.write(data);
      z.closeEntry();
    } catch (IOException ex) {
      throw new AssertionError(ex);
    }
    byte[] zip = out.toByteArray();
    // Local header: sizes at offsets 18 (compressed) and 22 (uncompressed); claim 2 GB for both.
    byte[] huge = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0x7f};
    System.arraycopy(huge, 0, zip, 18, 4);
    System.arraycopy(huge, 0, zip, 22, 4);
    return zip;
  }

  static byte[] utf16(boolean bom) {
    byte[] text =
        new String(Fixtures.csv(row()), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
    if (!bom) {
      return text;
    }
    byte[] b = new byte[text.length + 2];
    b[0] = (byte) 0xff;
    b[1] = (byte) 0xfe;
    System.arraycopy(text, 0, b, 2, text.length);
    return b;
  }

  static byte[] invalidUtf8() {
    byte[] ok = Fixtures.csv(row());
    byte[] b = Arrays.copyOf(ok, ok.length + 2);
    b[ok.length] = (byte) 0xc0;
    b[ok.length + 1] = (byte) 0xaf;
    return b;
  }

  static byte[] ole2() {
    return new byte[] {
      (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1
    };
  }

  static byte[] unterminated() {
    String ok = new String(Fixtures.csv(row()), StandardCharsets.UTF_8);
    return (ok + "\r\n\"Kyrgyzstan\",\"x\" y,\"z").getBytes(StandardCharsets.UTF_8);
  }

  static byte[] wideRecord() {
    String ok = new String(Fixtures.csv(row()), StandardCharsets.UTF_8);
    return (ok + "\r\n" + "a,".repeat(1_000_000) + "a").getBytes(StandardCharsets.UTF_8);
  }
}
