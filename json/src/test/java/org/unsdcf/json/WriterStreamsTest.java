package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the writers promise about the caller's stream: flushed but not closed, a report streamed one
 * plan at a time, a failing stream surfacing as the documented exception.
 */
class WriterStreamsTest {

  /** Records flushes, closes and whether anything was written since the last flush. */
  static final class Recording extends ByteArrayOutputStream {
    int flushes;
    boolean closed;
    boolean unflushed;

    @Override
    public synchronized void write(int b) {
      super.write(b);
      unflushed = true;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      super.write(b, off, len);
      unflushed = true;
    }

    @Override
    public void flush() {
      flushes++;
      unflushed = false;
    }

    @Override
    public void close() {
      closed = true;
    }

    String text() {
      return toString(StandardCharsets.UTF_8);
    }
  }

  /** Fails every write. */
  static final class Failing extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("disk full");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException("disk full");
    }
  }

  @Test
  void write_flushes_but_does_not_close_the_stream() throws IOException {
    for (PlanWriter writer : List.of(PlanWriter.pretty(), PlanWriter.compact())) {
      Recording out = new Recording();

      writer.write(Plans.kyrgyzstan(), out);

      assertThat(out.unflushed).as("%s: written after the last flush", writer).isFalse();
      assertThat(out.closed).isFalse();
      assertThat(out.toByteArray()).isEqualTo(writer.write(Plans.kyrgyzstan()));
    }
  }

  @Test
  void write_ndjson_flushes_but_does_not_close_the_stream() throws IOException {
    Recording out = new Recording();

    PlanWriter.pretty().writeNdjson(List.of(Plans.kyrgyzstan()), out);

    assertThat(out.unflushed).as("written after the last flush").isFalse();
    assertThat(out.closed).isFalse();
    assertThat(out.text())
        .isEqualTo(
            new String(PlanWriter.compact().write(Plans.kyrgyzstan()), StandardCharsets.UTF_8)
                + "\n");
  }

  @Test
  void a_failing_stream_is_an_io_exception() {
    assertThatThrownBy(() -> PlanWriter.compact().write(Plans.kyrgyzstan(), new Failing()))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThatThrownBy(
            () -> PlanWriter.compact().writeNdjson(List.of(Plans.kyrgyzstan()), new Failing()))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
  }

  @Test
  void writers_name_their_layout() {
    assertThat(PlanWriter.pretty()).hasToString("PlanWriter[PRETTY]");
    assertThat(PlanWriter.compact()).hasToString("PlanWriter[COMPACT]");
  }

  @Test
  void a_portfolio_report_reaches_the_stream_one_plan_at_a_time() throws IOException {
    Recording out = new Recording();
    PortfolioReportWriter w = ReportWriter.pretty().portfolio(out);
    w.report(1, ReportWriterTest.validate(Plans.kyrgyzstan()));
    assertThat(out.text()).contains("\"line\": 1", "\"findings\": []");

    w.problems(2, Json.problemsOf(""));
    assertThat(out.text()).contains("\"line\": 2", "JSON_EMPTY");

    w.summary(2, 1, 0, 1);
    assertThat(out.text()).contains("\"unreadable\": 1");
    int flushes = out.flushes;

    w.close();

    assertThat(out.flushes).isGreaterThan(flushes);
    assertThat(out.unflushed).as("written after the last flush").isFalse();
    assertThat(out.closed).isFalse();
    assertThat(out.text()).endsWith("}\n");
  }

  @Test
  void a_failing_stream_under_a_portfolio_report_is_unchecked() {
    PortfolioReportWriter w = ReportWriter.compact().portfolio(new Failing());

    assertThatThrownBy(() -> w.report(1, ReportWriterTest.validate(Plans.kyrgyzstan())))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
  }
}
