package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.uninfo.Fixtures.csv;
import static org.unsdcf.uninfo.Fixtures.row;
import static org.unsdcf.uninfo.Fixtures.with;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unsdcf.core.validation.Severity;

/**
 * How {@link ActivityReportReader} takes its input: from a path (the format told by the first
 * bytes) or a stream (read in growing steps whatever it says is available), within the file size
 * limit to the byte; and {@link UnInfoProblem}'s value cut and equality.
 */
class ReaderInputTest {

  /** A stream that never says how much it holds, so the reader must grow its buffer. */
  private static InputStream unsized(byte[] b) {
    return new FilterInputStream(new ByteArrayInputStream(b)) {
      @Override
      public int available() {
        return 0;
      }
    };
  }

  private static UnInfoProblem refusal(ActivityReportReader reader, InputStream in) {
    try {
      reader.read(in, ActivityReportFormat.CSV);
    } catch (UnInfoReadException e) {
      return e.problems().get(0);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("read without exception");
  }

  /** A CSV of ASCII only and of at least {@code size} bytes, many records. */
  private static byte[] bigCsv(int size) {
    Map<String, String> ascii = with(row(), "Gender marker", "2 - Significant");
    List<Map<String, String>> rows = new ArrayList<>();
    byte[] b = new byte[0];
    while (b.length < size) {
      rows.add(with(ascii, "ID", String.valueOf(rows.size() + 1)));
      b = csv(Fixtures.HEADER, rows);
    }
    return b;
  }

  @Test
  void should_read_a_stream_larger_than_its_first_buffer() throws IOException {
    byte[] file = bigCsv(200 * 1024);

    UnInfoImport r = ActivityReportReader.standard().read(unsized(file), ActivityReportFormat.CSV);
    UnInfoImport sized =
        ActivityReportReader.standard()
            .read(new ByteArrayInputStream(file), ActivityReportFormat.CSV);

    assertThat(r.rows()).isEqualTo(sized.rows()).isGreaterThan(100);
    assertThat(r.plans()).isEqualTo(sized.plans());
    assertThat(r.problems()).noneMatch(p -> p.severity() != Severity.INFO);
  }

  @Test
  void should_see_a_nul_just_after_the_first_buffer() {
    byte[] file = bigCsv(70 * 1024);
    file[64 * 1024] = 0;

    UnInfoProblem p = refusal(ActivityReportReader.standard(), unsized(file));

    assertThat(p.code()).isEqualTo(UnInfoProblemCode.ENCODING);
    assertThat(p.message()).contains("offset " + 64 * 1024);
  }

  @Test
  void should_accept_a_stream_of_exactly_the_size_limit_and_refuse_one_byte_more() {
    for (int limit : new int[] {100, 64 * 1024, 64 * 1024 + 1, 64 * 1024 + 10}) {
      byte[] file = new byte[limit + 1];
      Arrays.fill(file, (byte) 'a');
      ActivityReportReader reader = ActivityReportReader.builder().maxFileBytes(limit).build();

      assertThat(refusal(reader, unsized(Arrays.copyOf(file, limit))).code())
          .as("%d bytes", limit)
          .isEqualTo(UnInfoProblemCode.HEADER_MISMATCH);
      assertThat(refusal(reader, unsized(file)).code())
          .as("%d bytes", limit + 1)
          .isEqualTo(UnInfoProblemCode.LIMIT_FILE_SIZE);
    }
  }

  @Test
  void should_read_a_path_as_csv_or_as_xlsx_by_its_first_bytes(@TempDir Path dir)
      throws IOException {
    Path csv = Files.write(dir.resolve("report.csv"), csv(row()));
    Path xlsx = Files.write(dir.resolve("report.bin"), Fixtures.xlsx(row()));
    Path pk = Files.write(dir.resolve("pk.csv"), new byte[] {'P', 'K', 3, 4});
    Path pkShort = Files.write(dir.resolve("pk3.csv"), new byte[] {'P', 'K', 3});

    assertThat(ActivityReportReader.standard().read(csv).plans()).hasSize(1);
    assertThat(ActivityReportReader.standard().read(xlsx).plans()).hasSize(1);
    assertThatThrownBy(() -> ActivityReportReader.standard().read(pk))
        .isInstanceOfSatisfying(
            UnInfoReadException.class,
            e -> assertThat(e.problems().get(0).code()).isEqualTo(UnInfoProblemCode.ZIP_INVALID));
    assertThatThrownBy(() -> ActivityReportReader.standard().read(pkShort))
        .isInstanceOfSatisfying(
            UnInfoReadException.class,
            e ->
                assertThat(e.problems().get(0).code())
                    .isEqualTo(UnInfoProblemCode.HEADER_MISMATCH));
  }

  @Test
  void should_refuse_a_path_larger_than_the_limit_before_reading_it(@TempDir Path dir)
      throws IOException {
    byte[] file = csv(row());
    Path p = Files.write(dir.resolve("report.csv"), file);

    assertThat(ActivityReportReader.builder().maxFileBytes(file.length).build().read(p).plans())
        .hasSize(1);
    assertThatThrownBy(
            () -> ActivityReportReader.builder().maxFileBytes(file.length - 1).build().read(p))
        .isInstanceOfSatisfying(
            UnInfoReadException.class,
            e ->
                assertThat(e.problems().get(0).code())
                    .isEqualTo(UnInfoProblemCode.LIMIT_FILE_SIZE));
  }

  @Test
  void should_refuse_an_old_binary_workbook_by_its_four_magic_bytes() {
    byte[] ole2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0};

    UnInfoProblem p = refusal(ActivityReportReader.standard(), new ByteArrayInputStream(ole2));

    assertThat(p.code()).isEqualTo(UnInfoProblemCode.NOT_A_REPORT);
    assertThat(p.message()).contains("OLE2");
  }

  // ---- UnInfoProblem ----

  private static UnInfoProblem problem(String value) {
    return UnInfoProblem.of(UnInfoProblemCode.VALUE_INVALID, Severity.ERROR, 2, "c", value, "m");
  }

  @Test
  void should_cut_a_value_to_200_characters_without_splitting_a_surrogate_pair() {
    String high = "\ud83d";
    String two = "a".repeat(199) + high;
    String pairAcross = "a".repeat(199) + "😀" + "b";
    String pairBefore = "a".repeat(198) + "😀" + "b";

    assertThat(problem(two).value()).isEqualTo(two);
    assertThat(problem("a".repeat(201)).value()).isEqualTo("a".repeat(200));
    assertThat(problem(pairAcross).value()).isEqualTo("a".repeat(199));
    assertThat(problem(pairBefore).value()).isEqualTo("a".repeat(198) + "😀");
  }

  @Test
  void should_be_equal_exactly_when_every_part_is() {
    UnInfoProblem p =
        UnInfoProblem.of(UnInfoProblemCode.VALUE_INVALID, Severity.ERROR, 2, "c", "v", "m");

    assertThat(p)
        .isEqualTo(
            UnInfoProblem.of(UnInfoProblemCode.VALUE_INVALID, Severity.ERROR, 2, "c", "v", "m"))
        .hasSameHashCodeAs(
            UnInfoProblem.of(UnInfoProblemCode.VALUE_INVALID, Severity.ERROR, 2, "c", "v", "m"))
        .isNotEqualTo(
            UnInfoProblem.of(UnInfoProblemCode.VALUE_CHANGED, Severity.ERROR, 2, "c", "v", "m"))
        .isNotEqualTo(
            UnInfoProblem.of(UnInfoProblemCode.VALUE_INVALID, Severity.WARNING, 2, "c", "v", "m"))
        .isNotEqualTo(
            UnInfoProblem.of(UnInfoProblemCode.VALUE_INVALID, Severity.ERROR, 3, "c", "v", "m"))
        .isNotEqualTo(
            UnInfoProblem.of(UnInfoProblemCode.VALUE_INVALID, Severity.ERROR, 2, "d", "v", "m"))
        .isNotEqualTo(
            UnInfoProblem.of(UnInfoProblemCode.VALUE_INVALID, Severity.ERROR, 2, "c", "w", "m"))
        .isNotEqualTo(
            UnInfoProblem.of(UnInfoProblemCode.VALUE_INVALID, Severity.ERROR, 2, "c", "v", "n"))
        .isNotEqualTo("row 2, column 'c': m [VALUE_INVALID]");
    assertThat(p.hashCode())
        .isNotEqualTo(
            UnInfoProblem.of(UnInfoProblemCode.VALUE_INVALID, Severity.ERROR, 2, "c", "v", "n")
                .hashCode());
  }
}
