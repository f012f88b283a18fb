package org.unsdcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code import uninfo} and {@code export uninfo}, in process, over files the test writes. */
class UninfoCommandsTest {
  private static final List<String> FIXED =
      List.of(
          "Country",
          "Plan name",
          "Strategic priority code",
          "Strategic priority",
          "Outcome code",
          "Outcome",
          "Output code",
          "Output",
          "Sub-Output publication status",
          "Sub-Output code",
          "Sub-Output",
          "ID",
          "Description",
          "Start date",
          "End date",
          "Status",
          "Agency abbreviations",
          "Contributing partners",
          "2023 Required",
          "2023 Available",
          "2023 Expenditure");

  @TempDir Path dir;

  private static String record(String... cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      b.append(i == 0 ? "" : ",").append('"').append(cells[i].replace("\"", "\"\"")).append('"');
    }
    return b.append("\r\n").toString();
  }

  private static String row(String country, String id, String status) {
    return record(
        country,
        "UNSDCF 2023-2027",
        "1",
        "Social services",
        "1.1",
        "People use services",
        "1.1.1",
        "Migrants have legal aid",
        "Yes",
        "1.1.1.01",
        "Online consultations",
        id,
        "-",
        "2023-01-01",
        "2023-12-31",
        status,
        "IOM",
        "USAID",
        "1000",
        "500",
        "250");
  }

  private Path report(String... rows) throws IOException {
    Path f = dir.resolve("report.csv");
    Files.writeString(f, record(FIXED.toArray(String[]::new)) + String.join("", rows));
    return f;
  }

  @Test
  void should_print_plans_as_ndjson_and_problems_then_the_summary() throws IOException {
    Path f = report(row("Kyrgyzstan", "1", "Closed"), row("Kosovo", "2", "Implementation"));

    CliRun run = CliRun.run("import", "uninfo", f.toString());

    assertThat(run.status).as(run.toString()).isZero();
    assertThat(run.out.split("\n")).hasSize(2);
    assertThat(run.out).contains("\"code\":\"KGZ-2023-2027\"").contains("\"XKX\"");
    String[] err = run.err.split("\n");
    assertThat(err[0]).startsWith("INFO row 1, column '");
    assertThat(err[err.length - 1])
        .isEqualTo(
            "uninfo: 2 rows, 2 plans, 2 sub-outputs, problems: errors 0, warnings 0, info "
                + (err.length - 1));
  }

  @Test
  void should_keep_one_country_and_exit_1_on_an_error_problem() throws IOException {
    Path f =
        report(
            row("Kyrgyzstan", "1", "Closed"),
            row("Kosovo", "2", "Sleeping"),
            row("Kosovo", "3", "Closed"));

    CliRun run = CliRun.run("import", "uninfo", f.toString(), "--country", "XKX");

    assertThat(run.status).as(run.toString()).isEqualTo(1);
    assertThat(run.out.split("\n")).singleElement().asString().contains("XKX-2023-2027");
    assertThat(run.err).contains("ERROR row 3, column 'Status': status 'Sleeping'");
    assertThat(run.err).contains("uninfo: 3 rows, 1 plans, 1 sub-outputs, problems: errors 1,");
  }

  @Test
  void should_refuse_a_bad_country_option_as_usage() throws IOException {
    CliRun run = CliRun.run("import", "uninfo", report().toString(), "--country", "kgz");

    assertThat(run.status).isEqualTo(64);
    assertThat(run.err).startsWith("unsdcf: --country must be three capital letters");
  }

  @Test
  void should_export_what_it_imported_and_import_it_again_to_the_same_plans() throws IOException {
    Path f = report(row("Kyrgyzstan", "1", "Closed"), row("Kosovo", "2", "Implementation"));
    CliRun first = CliRun.run("import", "uninfo", f.toString());
    Path ndjson = dir.resolve("plans.ndjson");
    Files.writeString(ndjson, first.out);

    CliRun export = CliRun.run("export", "uninfo", ndjson.toString());
    Path again = dir.resolve("again.csv");
    Files.writeString(again, export.out, StandardCharsets.UTF_8);
    CliRun second = CliRun.run("import", "uninfo", again.toString());

    assertThat(export.status).as(export.toString()).isZero();
    assertThat(export.out).startsWith("\ufeff\"Country\",\"Plan name\"");
    assertThat(second.out).isEqualTo(first.out);
  }

  @Test
  void should_export_a_single_plan_file() throws IOException {
    Path f = report(row("Kyrgyzstan", "1", "Closed"));
    Path plan = dir.resolve("plan.json");
    Files.writeString(plan, CliRun.run("import", "uninfo", f.toString()).out);

    CliRun export = CliRun.run("export", "uninfo", plan.toString());

    assertThat(export.status).isZero();
    assertThat(export.out.split("\r\n")).hasSize(2);
  }

  @Test
  void should_say_when_the_file_is_missing() {
    CliRun run = CliRun.run("import", "uninfo", dir.resolve("nope.csv").toString());

    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).contains("no such file");
  }

  // ---- the hostile-file suite: exit 2, one line per problem, no stack trace ----

  static Stream<Arguments> hostile() {
    String ok = record(FIXED.toArray(String[]::new)) + row("Kyrgyzstan", "1", "Closed");
    byte[] okBytes = ok.getBytes(StandardCharsets.UTF_8);
    byte[] zeros = new byte[32 << 20];
    return Stream.of(
        Arguments.of("zip bomb", zip("xl/worksheets/sheet1.xml", zeros), "ZIP_BOMB"),
        Arguments.of(
            "XXE",
            zip(
                "xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
                    .getBytes(StandardCharsets.UTF_8)),
            "XML_UNSAFE"),
        Arguments.of(
            "billion laughs",
            zip(
                "xl/sharedStrings.xml",
                "<!DOCTYPE s [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><s>&b;</s>"
                    .getBytes(StandardCharsets.UTF_8)),
            "XML_UNSAFE"),
        Arguments.of("truncated ZIP", Arrays.copyOf(zip("a.xml", okBytes), 60), "ZIP_INVALID"),
        Arguments.of("ZIP without workbook", zip("a.txt", okBytes), "XML_INVALID"),
        Arguments.of("2 GB stored claim", storedClaim(), "ZIP_INVALID"),
        Arguments.of("UTF-16 CSV", utf16(ok), "ENCODING"),
        Arguments.of(
            "invalid UTF-8",
            concat(okBytes, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}),
            "ENCODING"),
        Arguments.of("empty", new byte[0], "NOT_A_REPORT"),
        Arguments.of(
            "OLE2 workbook",
            new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 0, 0},
            "NOT_A_REPORT"),
        Arguments.of(
            "unterminated quote",
            (ok + "\"Kyrgyzstan\",\"a\"b").getBytes(StandardCharsets.UTF_8),
            "CSV_SYNTAX"),
        Arguments.of(
            "no header of a report",
            "x,y\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8),
            "HEADER_MISMATCH"),
        Arguments.of(
            "a million cells",
            (ok + "a,".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8),
            "LIMIT_CELLS"),
        Arguments.of(
            "a 200,000-character cell",
            (ok + "\"" + "x".repeat(200_000) + "\"").getBytes(StandardCharsets.UTF_8),
            "LIMIT_CELL_LENGTH"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void should_exit_2_with_one_line_per_problem(String name, byte[] content, String code)
      throws IOException {
    Path f = dir.resolve("hostile.bin");
    Files.write(f, content);

    CliRun run = CliRun.run("import", "uninfo", f.toString());

    assertThat(run.status).as(run.toString()).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err.split("\n"))
        .singleElement()
        .asString()
        .startsWith("ERROR row ")
        .endsWith("[" + code + "]")
        .doesNotContain("Exception");
  }

  private static byte[] zip(String name, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry(name));
      z.write(content);
      z.closeEntry();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  private static byte[] storedClaim() {
    byte[] z = zip("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8));
    // The first entry's local header: claim 2 GB inflated (offset 22); ZipInputStream must not
    // trust it.
    byte[] huge = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0x7f};
    System.arraycopy(huge, 0, z, 18, 4);
    System.arraycopy(huge, 0, z, 22, 4);
    z[8] = 0; // method STORED, so the claimed size is what a trusting reader would read
    return z;
  }

  private static byte[] utf16(String s) {
    return concat(new byte[] {(byte) 0xfe, (byte) 0xff}, s.getBytes(StandardCharsets.UTF_16BE));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    List<Byte> all = new ArrayList<>();
    for (byte x : a) {
      all.add(x);
    }
    for (byte x : b) {
      all.add(x);
    }
    byte[] r = new byte[all.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = all.get(i);
    }
    return r;
  }
}
