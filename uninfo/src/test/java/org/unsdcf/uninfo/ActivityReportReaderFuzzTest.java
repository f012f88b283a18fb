package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzing the reader in both forms: for any bytes, plans and problems or {@link
 * UnInfoReadException}, nothing else (no other exception, no hang, no message over several lines),
 * and the same bytes read twice give equal plans and problems. In {@code mvn verify} the committed
 * inputs run as regression tests; {@code scripts/fuzz.sh} fuzzes for real.
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
