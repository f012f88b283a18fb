package org.unsdcf.iati;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzing the reader: for any bytes, entries and problems or {@link IatiReadException}, nothing
 * else (no other exception, no hang, no message over several lines), and the same bytes read twice
 * give equal entries and problems. In {@code mvn verify} the committed inputs run as regression
 * tests; {@code scripts/fuzz.sh} fuzzes for real.
 */
class IatiReaderFuzzTest {

  @FuzzTest(maxDuration = "24h")
  void read_gives_entries_or_a_read_exception(byte[] data) {
    IatiImport read;
    try {
      read = IatiReader.standard().read(data);
    } catch (IatiReadException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
      return;
    }
    assertThat(read.entries().size()).isLessThanOrEqualTo(read.activities());
    assertThat(read.problems())
        .allSatisfy(
            p -> {
              assertThat(p.message()).doesNotContain("\n").doesNotContain("\r");
              assertThat(p.xpath()).startsWith("/iati-activities");
            });
    IatiImport again = IatiReader.standard().read(data);
    assertThat(again.entries()).isEqualTo(read.entries());
    assertThat(again.problems()).isEqualTo(read.problems());
  }
}
