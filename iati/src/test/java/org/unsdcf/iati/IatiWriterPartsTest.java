package org.unsdcf.iati;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.testkit.SamplePlans;

/**
 * The parts of the writer on their own: the XML layout and escaping of {@link XmlOut}, the sink's
 * flushing, the result types, and a few export rules the fixtures of {@link IatiWriterTest} do not
 * reach.
 */
class IatiWriterPartsTest {
  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
  private static final String ENTRY = "/iati-activities/iati-activity[2]";

  private interface Body {
    void write(XmlOut xml) throws XMLStreamException;
  }

  private static String written(Body body) throws XMLStreamException {
    Utf8Sink sink = Utf8Sink.collecting();
    XmlOut xml = new XmlOut(sink);
    body.write(xml);
    xml.finish();
    return new String(sink.toByteArray(), UTF_8);
  }

  @Test
  void should_escape_texts_made_only_of_characters_that_need_it() throws XMLStreamException {
    String[][] cases = {
      {"<", "&lt;"},
      {">", "&gt;"},
      {"&", "&amp;"},
      {"\r", "&#13;"},
      {"\uFFFE", "\uFFFD"},
      {"\uFFFF", "\uFFFD"},
      {"a<b>&\rc", "a&lt;b&gt;&amp;&#13;c"},
      {"plain", "plain"},
      {"", ""}
    };
    for (String[] c : cases) {
      String text = c[0];
      assertThat(
              written(
                  xml -> {
                    xml.start("a");
                    xml.text(text, Pointer.ROOT);
                    xml.end();
                  }))
          .as(text)
          .isEqualTo(DECLARATION + "\n<a>" + c[1] + "</a>\n");
    }
  }

  @Test
  void should_report_replaced_non_characters_as_lossy_where_they_are() throws XMLStreamException {
    Utf8Sink sink = Utf8Sink.collecting();
    XmlOut xml = new XmlOut(sink);
    xml.start("a");
    xml.text("x\uFFFEy", Pointer.ROOT.then("title"));
    xml.text("plain & simple", Pointer.ROOT.then("description"));
    xml.end();
    xml.finish();
    assertThat(xml.lossyValues())
        .containsExactly(
            new IatiLossyValue(
                "/title", "U+FFFE and U+FFFF are not XML characters: written as U+FFFD"));
  }

  @Test
  void should_close_what_is_open_when_it_finishes() throws XMLStreamException {
    assertThat(written(xml -> xml.start("a"))).isEqualTo(DECLARATION + "\n<a></a>\n");
    assertThat(
            written(
                xml -> {
                  xml.start("a");
                  xml.attribute("k", "v");
                  xml.start("b");
                  xml.xmlLang("fr");
                }))
        .isEqualTo(DECLARATION + "\n<a k=\"v\">\n  <b xml:lang=\"fr\"></b></a>\n");
  }

  @Test
  void should_grow_room_for_many_attributes() throws XMLStreamException {
    String out =
        written(
            xml -> {
              xml.start("a");
              for (int i = 0; i < 12; i++) {
                xml.attribute("k" + i, String.valueOf(i));
              }
              xml.end();
            });
    StringBuilder expected = new StringBuilder(DECLARATION + "\n<a");
    for (int i = 0; i < 12; i++) {
      expected.append(" k").append(i).append("=\"").append(i).append('"');
    }
    assertThat(out).isEqualTo(expected + "/>\n");
  }

  /** A stream that records what is done to it. */
  private static final class Recording extends OutputStream {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int writes;
    int flushes;
    boolean closed;

    @Override
    public void write(int b) {
      bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      writes++;
      bytes.write(b, off, len);
    }

    @Override
    public void flush() {
      flushes++;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void should_flush_its_stream_on_flush_and_close_and_never_close_it() throws IOException {
    Recording out = new Recording();
    Utf8Sink sink = Utf8Sink.draining(out);
    sink.flush();
    assertThat(out.writes).as("nothing to write").isZero();
    assertThat(out.flushes).isEqualTo(1);
    sink.write("caf\u00e9");
    sink.flush();
    assertThat(out.flushes).isEqualTo(2);
    assertThat(out.bytes.toString(UTF_8)).isEqualTo("caf\u00e9");
    sink.write(" au lait");
    sink.close();
    assertThat(out.flushes).isEqualTo(3);
    assertThat(out.closed).isFalse();
    assertThat(out.bytes.toString(UTF_8)).isEqualTo("caf\u00e9 au lait");
  }

  @Test
  void should_write_a_slice_of_characters() throws IOException {
    Utf8Sink sink = Utf8Sink.collecting();
    char[] chars = "x\u00e9\u20ac\ud834\udd1ey".toCharArray();
    sink.write(chars, 1, 4);
    sink.write(chars, 0, 0);
    assertThat(new String(sink.toByteArray(), UTF_8)).isEqualTo("\u00e9\u20ac\ud834\udd1e");
  }

  @Test
  void should_show_a_lossy_value_and_tell_a_lossless_result() {
    IatiLossyValue root = new IatiLossyValue("", "why");
    IatiLossyValue deep = new IatiLossyValue("/title", "why");
    assertThat(root).hasToString("\"\": why");
    assertThat(deep).hasToString("/title: why");
    assertThat(new IatiWriteResult(1, List.of()).isLossless()).isTrue();
    assertThat(new IatiWriteResult(1, List.of(deep)).isLossless()).isFalse();
  }

  @Test
  void should_show_its_options() {
    assertThat(Exported.writer(LocalDate.of(2024, 6, 30)))
        .hasToString(
            "IatiWriter[reportingOrg=XM-DAC-47066, type=40, asOf=2024-06-30, language=en]");
  }

  @Test
  void should_pass_on_the_failure_of_the_stream() {
    IOException gone = new IOException("disk full");
    OutputStream failing =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw gone;
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw gone;
          }

          @Override
          public void flush() throws IOException {
            throw gone;
          }
        };
    assertThatThrownBy(
            () ->
                Exported.writer(LocalDate.of(2024, 6, 30)).write(SamplePlans.kyrgyzstan(), failing))
        .isSameAs(gone);
  }

  private static CooperationFramework withEntry(SubOutput entry) {
    CooperationFramework plan = SamplePlans.kyrgyzstan();
    JointWorkPlan jwp = plan.jointWorkPlans().get(0);
    return plan.withJointWorkPlans(jwp.withEntries(entry));
  }

  private static SubOutput first() {
    return SamplePlans.kyrgyzstan().jointWorkPlans().get(0).entries().get(0);
  }

  @Test
  void should_name_an_output_that_is_not_in_the_plan_by_its_code() {
    SubOutput entry = first().withOutputCode(IatiImport.UNLINKED);
    Exported xml = Exported.of(withEntry(entry));
    assertThat(xml.string(ENTRY + "/sector[@vocabulary-uri='urn:unsdcf:output']/@code"))
        .isEqualTo(IatiImport.UNLINKED);
    assertThat(xml.string(ENTRY + "/sector[@vocabulary-uri='urn:unsdcf:output']/narrative"))
        .isEqualTo(IatiImport.UNLINKED);
  }

  @Test
  void should_write_no_commitment_for_a_year_without_available_money() {
    SubOutput entry =
        first()
            .withFunding(
                FundingLine.builder()
                    .year(2024)
                    .agency("IOM")
                    .required(Money.of(30, "USD"))
                    .available(Money.of(0, "USD"))
                    .build());
    Exported xml = Exported.of(withEntry(entry));
    assertThat(xml.count(ENTRY + "/transaction[transaction-type/@code='11']")).isZero();
    assertThat(xml.all(ENTRY + "/budget/value")).containsExactly("30");
  }

  @Test
  void should_look_up_iso_countries_both_ways() {
    assertThat(IsoCountries.alpha3("XK")).contains("XKX");
    assertThat(IsoCountries.alpha3("KG")).contains("KGZ");
    assertThat(IsoCountries.alpha3("ZZ")).isEmpty();
    assertThat(IsoCountries.all()).containsEntry("KGZ", "KG").containsEntry("XKX", "XK");
  }
}
