package org.unsdcf.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BundledCsvTest {

  @Test
  void should_read_the_rows_after_the_header() {
    assertThat(BundledCsv.rows(BundledCsvTest.class, "good.csv", "a", "b"))
        .containsExactly(List.of("1", "x, \"y\"\r\nz"), List.of("3", ""));
  }

  @Test
  void should_report_a_missing_resource_as_a_bug() {
    assertThatThrownBy(() -> BundledCsv.rows(BundledCsvTest.class, "missing.csv", "a"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("unsdcf bug: bundled missing.csv: resource not found");
  }

  @Test
  void should_report_a_wrong_header_as_a_bug() {
    assertThatThrownBy(() -> BundledCsv.rows(BundledCsvTest.class, "good.csv", "a", "c"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("unsdcf bug: bundled good.csv: header must be a,c");
  }

  @Test
  void should_report_a_row_of_the_wrong_width_as_a_bug() {
    assertThatThrownBy(() -> BundledCsv.rows(BundledCsvTest.class, "ragged.csv", "a", "b"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("unsdcf bug: bundled ragged.csv: row 2 must have 2 fields");
  }

  @Test
  void should_report_bytes_that_are_not_utf8_as_a_bug() {
    assertThatThrownBy(() -> BundledCsv.rows(BundledCsvTest.class, "latin1.csv", "a", "b"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("unsdcf bug: bundled latin1.csv: not UTF-8");
  }

  @Test
  void should_report_malformed_csv_as_a_bug() {
    assertThatThrownBy(() -> BundledCsv.rows(BundledCsvTest.class, "unclosed.csv", "a", "b"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "unsdcf bug: bundled unclosed.csv: CSV line 2, column 3: quoted field is not closed");
  }
}
