package org.unsdcf.iati;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Hostile documents are refused with {@link IatiReadException} before the parser builds anything
 * large: each attack is a document the test builds itself (OWASP's XXE cheat sheet's cases plus the
 * limits of design.md §15). The timeouts are hang guards, not speed checks.
 */
class IatiReaderSafetyTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  private static IatiReadException refused(String document) {
    return refused(document.getBytes(UTF_8));
  }

  private static IatiReadException refused(byte[] document) {
    Throwable t =
        org.assertj.core.api.Assertions.catchThrowable(() -> IatiReader.standard().read(document));
    assertThat(t).isInstanceOf(IatiReadException.class);
    assertThat(t.getMessage()).doesNotContain("\n").doesNotContain("Exception");
    return (IatiReadException) t;
  }

  @Test
  void should_refuse_an_external_entity_that_reads_a_file() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE iati-activities [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <iati-activities version="2.03"><iati-activity><iati-identifier>&secret;</iati-identifier>
        </iati-activity></iati-activities>
        """;
    assertThat(refused(xxe)).hasMessageContaining("DTD");
  }

  @Test
  void should_refuse_billion_laughs() {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
    b.append("<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      b.append("<!ENTITY lol").append(i).append(" \"");
      b.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    b.append("]>\n<iati-activities version=\"2.03\">&lol9;</iati-activities>");
    assertThat(refused(b.toString())).hasMessageContaining("DTD");
  }

  @Test
  void should_refuse_quadratic_blowup() {
    String big = "x".repeat(50_000);
    String doc =
        "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY big \""
            + big
            + "\">]><iati-activities>"
            + "&big;".repeat(10_000)
            + "</iati-activities>";
    assertThat(refused(doc)).hasMessageContaining("DTD");
  }

  @Test
  void should_refuse_an_external_dtd_without_fetching_it() {
    String doc =
        """
        <?xml version="1.0"?>
        <!DOCTYPE iati-activities SYSTEM "http://127.0.0.1:1/never-fetched.dtd">
        <iati-activities version="2.03"/>
        """;
    assertThat(refused(doc)).hasMessageContaining("DTD").hasMessageContaining("line 2");
  }

  @Test
  void should_refuse_a_dtd_hidden_after_a_comment() {
    String doc = "<!-- <!DOCTYPE in a comment is fine --><!DOCTYPE x><iati-activities/>";
    assertThat(refused(doc)).hasMessageContaining("DTD");
  }

  @Test
  void should_read_a_comment_and_cdata_that_look_like_declarations() throws Exception {
    String doc =
        "<?xml version=\"1.0\"?><!-- <!ENTITY x> --><iati-activities version=\"2.03\">"
            + "<iati-activity><iati-identifier><![CDATA[A-1]]></iati-identifier>"
            + "<activity-date type=\"1\" iso-date=\"2024-01-01\"/>"
            + "<activity-date type=\"3\" iso-date=\"2024-12-31\"/>"
            + "</iati-activity></iati-activities>";
    IatiImport read = IatiReader.standard().read(doc.getBytes(UTF_8));
    assertThat(read.entries()).extracting(e -> e.code()).containsExactly("A-1");
  }

  /** A stream of {@code prefix}, then {@code filler} repeated up to {@code total} bytes, lazily. */
  private static final class Endless extends InputStream {
    private final byte filler;
    private final long total;
    private long served;

    Endless(byte filler, long total) {
      this.filler = filler;
      this.total = total;
    }

    @Override
    public int read() {
      if (served >= total) {
        return -1;
      }
      served++;
      return filler;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (served >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - served);
      java.util.Arrays.fill(b, off, off + n, filler);
      served += n;
      return n;
    }
  }

  @Test
  void should_refuse_a_2_gb_attribute_after_reading_little_of_it() {
    Endless attribute = new Endless((byte) 'a', 2L * 1024 * 1024 * 1024);
    InputStream in =
        new SequenceInputStream(
            new ByteArrayInputStream(
                "<iati-activities version=\"2.03\"><iati-activity x=\""
                    .getBytes(StandardCharsets.US_ASCII)),
            attribute);
    IatiReadException e =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () ->
                org.assertj.core.api.Assertions.catchThrowableOfType(
                    IatiReadException.class, () -> IatiReader.standard().read(in)));
    assertThat(e).hasMessageContaining("attribute").hasMessageContaining("100000");
    assertThat(attribute.served).isLessThan(1_000_000);
  }

  @Test
  void should_refuse_a_document_over_the_size_limit_while_streaming() {
    IatiReader reader = IatiReader.builder().maxDocumentBytes(10_000).build();
    Endless spaces = new Endless((byte) ' ', 1L << 40);
    InputStream in =
        new SequenceInputStream(
            new ByteArrayInputStream("<iati-activities>".getBytes(UTF_8)), spaces);
    IatiReadException e =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () ->
                org.assertj.core.api.Assertions.catchThrowableOfType(
                    IatiReadException.class, () -> reader.read(in)));
    assertThat(e).hasMessageContaining("larger than the limit of 10000 bytes");
    assertThat(spaces.served).isLessThan(100_000);
  }

  @Test
  void should_refuse_a_long_text_run() {
    Endless text = new Endless((byte) 'z', 1L << 40);
    InputStream in =
        new SequenceInputStream(
            new ByteArrayInputStream(
                "<iati-activities><iati-activity><title><narrative>".getBytes(UTF_8)),
            text);
    IatiReadException e =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () ->
                org.assertj.core.api.Assertions.catchThrowableOfType(
                    IatiReadException.class, () -> IatiReader.standard().read(in)));
    assertThat(e).hasMessageContaining("text");
    assertThat(text.served).isLessThan(3_000_000);
  }

  @Test
  void should_refuse_an_attribute_just_over_a_tightened_limit_and_read_one_at_it()
      throws Exception {
    IatiReader reader = IatiReader.builder().maxAttributeLength(10).build();
    assertThat(reader.read("<iati-activities version=\"1234567890\"/>".getBytes(UTF_8)).entries())
        .isEmpty();
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> reader.read("<iati-activities version=\"12345678901\"/>".getBytes(UTF_8))))
        .isInstanceOf(IatiReadException.class)
        .hasMessageContaining("attribute");
  }

  @Test
  void should_refuse_nesting_deeper_than_the_limit() {
    String deep = "<iati-activities>" + "<a>".repeat(70) + "</a>".repeat(70) + "</iati-activities>";
    assertThat(refused(deep)).hasMessageContaining("64");
  }

  @Test
  void should_refuse_more_activities_than_the_limit() {
    IatiReader reader = IatiReader.builder().maxActivities(2).build();
    String doc = "<iati-activities>" + "<iati-activity/>".repeat(3) + "</iati-activities>";
    assertThatThrownBy(() -> reader.read(doc.getBytes(UTF_8)))
        .isInstanceOf(IatiReadException.class)
        .hasMessageContaining("more activities than the limit of 2");
  }

  @Test
  void should_refuse_what_is_not_xml() {
    assertThat(refused("{\"formatVersion\": 1}")).hasMessageContaining("not well-formed XML");
    assertThat(refused("")).hasMessageContaining("XML");
    assertThat(refused("<iati-activities><iati-activity></iati-activities>"))
        .hasMessageContaining("line 1");
  }

  @Test
  void should_refuse_xml_that_is_not_an_activity_file() {
    assertThat(refused("<iati-organisations version=\"2.03\"/>"))
        .hasMessageContaining("not an IATI activity file")
        .hasMessageContaining("iati-organisations");
  }

  @Test
  void should_refuse_utf16() {
    byte[] utf16 = "<iati-activities/>".getBytes(StandardCharsets.UTF_16);
    assertThat(refused(utf16)).hasMessageContaining("not UTF-8");
  }

  @Test
  void should_refuse_bytes_that_are_not_utf8() {
    byte[] latin1 =
        "<iati-activities><iati-activity>caf\u00e9</iati-activity></iati-activities>"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(refused(latin1)).hasMessageContaining("not well-formed UTF-8");
  }

  @Test
  void should_pass_on_a_failure_of_the_stream_itself() {
    InputStream failing =
        new SequenceInputStream(
            new ByteArrayInputStream("<iati-activities><iati-activity>".getBytes(UTF_8)),
            new InputStream() {
              @Override
              public int read() throws java.io.IOException {
                throw new java.io.IOException("disk gone");
              }
            });
    assertThatThrownBy(() -> IatiReader.standard().read(failing))
        .isInstanceOf(java.io.IOException.class)
        .hasMessage("disk gone");
  }

  @Test
  void should_refuse_an_undeclared_entity() {
    assertThat(refused("<iati-activities>&nbsp;</iati-activities>"))
        .hasMessageContaining("not well-formed XML");
  }

  @Test
  void should_only_tighten_limits() {
    assertThatThrownBy(() -> IatiReader.builder().maxDepth(65))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDepth");
    assertThatThrownBy(() -> IatiReader.builder().maxDocumentBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IatiReader.builder().maxAttributeLength(100_001))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IatiReader.builder().maxActivities(1_000_001))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IatiReader.builder().currency("usd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("currency");
  }
}
