package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioReaderTest {
  private static final String PLAN =
      new String(PlanWriter.compact().write(Plans.kyrgyzstan()), StandardCharsets.UTF_8);

  static List<PortfolioEntry> read(PortfolioReader reader, String ndjson) {
    List<PortfolioEntry> entries = new ArrayList<>();
    try (PortfolioCursor cursor =
        reader.open(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)))) {
      cursor.forEachRemaining(entries::add);
    }
    return entries;
  }

  static List<PortfolioEntry> read(String ndjson) {
    return read(PortfolioReader.standard(), ndjson);
  }

  static ReadProblem problem(PortfolioEntry e) {
    return e.error().orElseThrow().problems().get(0);
  }

  @Test
  void reads_what_write_ndjson_wrote() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanWriter.compact().writeNdjson(List.of(Plans.kyrgyzstan(), Plans.kyrgyzstan()), out);
    List<PortfolioEntry> entries = read(out.toString(StandardCharsets.UTF_8));
    assertThat(entries).hasSize(2);
    assertThat(entries).extracting(PortfolioEntry::lineNumber).containsExactly(1L, 2L);
    assertThat(entries).allMatch(e -> e.plan().orElseThrow().equals(Plans.kyrgyzstan()));
    assertThat(entries).allMatch(e -> e.error().isEmpty());
  }

  @Test
  void bad_lines_never_stop_iteration_and_carry_file_lines() {
    String bad = BadInputTest.with("title", "5");
    List<PortfolioEntry> entries = read(PLAN + "\r\n" + bad + "\n\n" + PLAN);
    assertThat(entries).hasSize(4);
    assertThat(entries.get(0).plan()).isPresent();
    ReadProblem p = problem(entries.get(1));
    assertThat(p.code()).isEqualTo(ReadProblemCode.TYPE_MISMATCH);
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(bad.indexOf("5,") + 1);
    assertThat(problem(entries.get(2)).code()).isEqualTo(ReadProblemCode.JSON_EMPTY);
    assertThat(problem(entries.get(2)).line()).isEqualTo(3);
    assertThat(entries.get(3).plan()).isPresent();
    assertThat(entries.get(3).lineNumber()).isEqualTo(4);
  }

  @Test
  void only_the_last_line_may_be_empty() {
    assertThat(read(PLAN + "\n")).hasSize(1);
    assertThat(read(PLAN)).hasSize(1);
    assertThat(read("")).isEmpty();
    List<PortfolioEntry> entries = read("\n" + PLAN + "\n");
    assertThat(entries).hasSize(2);
    assertThat(problem(entries.get(0)).code()).isEqualTo(ReadProblemCode.JSON_EMPTY);
  }

  @Test
  void bom_only_at_the_start_of_the_file() {
    List<PortfolioEntry> entries = read("\ufeff" + PLAN + "\n\ufeff" + PLAN + "\n");
    assertThat(entries.get(0).plan()).isPresent();
    ReadProblem p = problem(entries.get(1));
    assertThat(p.code()).isEqualTo(ReadProblemCode.ENCODING);
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(1);
  }

  @Test
  void overlong_lines_are_skipped_to_the_next_line_feed() {
    PortfolioReader small =
        PortfolioReader.standard()
            .withPlanReader(PlanReader.builder().maxDocumentSize(PLAN.length()).build());
    String tooLong = PLAN + " ".repeat(10);
    List<PortfolioEntry> entries = read(small, tooLong + "\n" + PLAN + "\n" + tooLong);
    assertThat(entries).hasSize(3);
    assertThat(problem(entries.get(0)).code()).isEqualTo(ReadProblemCode.LIMIT_DOCUMENT_SIZE);
    assertThat(entries.get(1).plan()).isPresent();
    assertThat(problem(entries.get(2)).code()).isEqualTo(ReadProblemCode.LIMIT_DOCUMENT_SIZE);
    assertThat(problem(entries.get(2)).line()).isEqualTo(3);
  }

  @Test
  void lines_are_found_across_reads_of_any_size() {
    // Lines longer than the cursor's read-ahead, CRLF endings, and a stream that hands out a few
    // bytes per read, so that line feeds fall at every place of a read.
    String padded = PLAN + " ".repeat(70_000);
    String ndjson = padded + "\r\n" + PLAN + "\n\n" + padded + "\n" + PLAN;
    byte[] bytes = ndjson.getBytes(StandardCharsets.UTF_8);
    InputStream trickle =
        new ByteArrayInputStream(bytes) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 7));
          }
        };
    List<PortfolioEntry> entries = new ArrayList<>();
    try (PortfolioCursor cursor = PortfolioReader.standard().open(trickle)) {
      cursor.forEachRemaining(entries::add);
    }
    assertThat(entries).extracting(PortfolioEntry::lineNumber).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(entries.get(0).plan()).isPresent();
    assertThat(entries.get(1).plan()).isPresent();
    assertThat(entries.get(2).error()).isPresent();
    assertThat(entries.get(3).plan()).isPresent();
    assertThat(entries.get(4).plan()).isPresent();
    assertThat(read(ndjson))
        .extracting(e -> e.plan().isPresent())
        .containsExactly(true, true, false, true, true);
  }

  @Test
  void skipping_bad_lines_collects_them() {
    List<PortfolioEntry> plans = new ArrayList<>();
    List<PortfolioEntry> skipped;
    try (PortfolioCursor cursor =
        PortfolioReader.standard()
            .skippingBadLines()
            .open(
                new ByteArrayInputStream(
                    ("x\n" + PLAN + "\nnull\n").getBytes(StandardCharsets.UTF_8)))) {
      cursor.forEachRemaining(plans::add);
      skipped = cursor.skipped();
    }
    assertThat(plans).hasSize(1);
    assertThat(plans.get(0).lineNumber()).isEqualTo(2);
    assertThat(skipped).extracting(PortfolioEntry::lineNumber).containsExactly(1L, 3L);
    assertThat(problem(skipped.get(1)).code()).isEqualTo(ReadProblemCode.PLAN_NULL);
  }

  @Test
  void io_failure_is_unchecked() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };
    PortfolioCursor cursor = PortfolioReader.standard().open(failing);
    assertThatThrownBy(cursor::hasNext)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk gone");
  }

  /** A stream handing out at most seven bytes per read, so a line spans many reads. */
  private static InputStream trickle(String ndjson) {
    return new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 7));
      }
    };
  }

  private static List<PortfolioEntry> read(PortfolioReader reader, InputStream in) {
    List<PortfolioEntry> entries = new ArrayList<>();
    try (PortfolioCursor cursor = reader.open(in)) {
      cursor.forEachRemaining(entries::add);
    }
    return entries;
  }

  @Test
  void a_line_may_hold_one_byte_more_than_the_limit_for_the_plan_reader_to_report() {
    PortfolioReader small =
        PortfolioReader.standard()
            .withPlanReader(PlanReader.builder().maxDocumentSize(PLAN.length()).build());
    String ndjson = PLAN + " \n" + PLAN + "  \n" + PLAN + "\r\n";
    for (InputStream in :
        List.of(
            new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), trickle(ndjson))) {
      List<PortfolioEntry> entries = read(small, in);

      assertThat(entries).hasSize(3);
      assertThat(problem(entries.get(0)).message())
          .isEqualTo("document is larger than " + PLAN.length() + " bytes");
      assertThat(problem(entries.get(1)).message())
          .isEqualTo("line is longer than " + PLAN.length() + " bytes");
      assertThat(problem(entries.get(1)).line()).isEqualTo(2);
      assertThat(entries.get(2).plan()).as("CR before LF dropped").isPresent();
    }
  }

  @Test
  void a_line_of_only_a_bom_after_the_first_is_an_encoding_problem() {
    List<PortfolioEntry> entries = read(PLAN + "\n\ufeff\n" + PLAN);

    assertThat(entries).hasSize(3);
    ReadProblem p = problem(entries.get(1));
    assertThat(p.code()).isEqualTo(ReadProblemCode.ENCODING);
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(1);
    assertThat(entries.get(2).plan()).isPresent();
  }

  @Test
  void closing_the_cursor_closes_the_stream() {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(PLAN.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    PortfolioCursor cursor = PortfolioReader.standard().open(in);
    assertThat(cursor.next().plan()).isPresent();

    cursor.close();

    assertThat(closed[0]).isTrue();
  }
}
