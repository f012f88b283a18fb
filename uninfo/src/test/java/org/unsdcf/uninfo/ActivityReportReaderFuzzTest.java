package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fuzzing the reader in both forms, and an XLSX's sheet XML on its own: for any bytes, plans and
 * problems or {@link UnInfoReadException}, nothing else (no other exception, no hang, no message
 * over several lines), and the same bytes read twice give equal plans and problems. In {@code mvn
 * verify} the committed inputs run as regression tests; {@code scripts/fuzz.sh} fuzzes for real.
 */
class ActivityReportReaderFuzzTest {

  @FuzzTest(maxDuration = "24h")
  void csv_read_gives_plans_or_a_read_exception(byte[] data) throws IOException {
    plans_or_a_read_exception(data, ActivityReportFormat.CSV);
  }

  @FuzzTest(maxDuration = "24h")
  void xlsx_read_gives_plans_or_a_read_exception(byte[] data) throws IOException {
    plans_or_a_read_exception(data, ActivityReportFormat.XLSX);
  }

  /** The columns of the sheet seeds, in order: the required ones and a few that map. */
  static final List<String> SHEET_COLUMNS =
      List.of(
          "Country",
          "Plan name",
          "Strategic priority code",
          "Strategic priority",
          "Outcome code",
          "Outcome",
          "Output code",
          "Output",
          "Sub-Output code",
          "Sub-Output",
          "ID",
          "Start date",
          "End date",
          "Status",
          "Agency abbreviations",
          "SDG Targets",
          "2023 Required",
          "2023 Available",
          "2023 Expenditure");

  /**
   * The workbook's shared strings: item {@code i} (0 to 18) names column {@code i} of {@link
   * #SHEET_COLUMNS}, item {@code 19 + i} is that column's value in {@link Fixtures#row()}.
   */
  static final List<String> SHARED_STRINGS =
      Stream.concat(SHEET_COLUMNS.stream(), SHEET_COLUMNS.stream().map(Fixtures.row()::get))
          .toList();

  /**
   * Fuzzes the first sheet's XML alone, inside a workbook that is otherwise whole and fixed (its
   * shared strings are {@link #SHARED_STRINGS}). Fed whole files, the XLSX target spends most
   * mutations on ZIP checksums and deflate streams and seldom gets past {@link SafeZip}; here every
   * input reaches the XML checks and the sheet parsing behind them, where the defences against
   * DTDs, entities and malformed XML sit, and the reading of each cell type (inline and shared
   * strings, numbers, dates, booleans, formulas, errors).
   */
  @FuzzTest(maxDuration = "24h")
  void xlsx_sheet_read_gives_plans_or_a_read_exception(byte[] sheetXml) throws IOException {
    plans_or_a_read_exception(
        Fixtures.xlsxAround(sheetXml, SHARED_STRINGS), ActivityReportFormat.XLSX);
  }

  private static void plans_or_a_read_exception(byte[] data, ActivityReportFormat format)
      throws IOException {
    UnInfoImport read;
    try {
      read = read(data, format);
    } catch (UnInfoReadException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
      return;
    }
    assertThat(read.rows()).isNotNegative();
    assertThat(read.problems())
        .allSatisfy(p -> assertThat(p.message()).doesNotContain("\n").doesNotContain("\r"));
    UnInfoImport again = read(data, format);
    assertThat(again.plans()).isEqualTo(read.plans());
    assertThat(again.problems()).isEqualTo(read.problems());
    assertThat(again.rows()).isEqualTo(read.rows());
  }

  private static UnInfoImport read(byte[] data, ActivityReportFormat format) throws IOException {
    return ActivityReportReader.standard().read(new ByteArrayInputStream(data), format);
  }
}
