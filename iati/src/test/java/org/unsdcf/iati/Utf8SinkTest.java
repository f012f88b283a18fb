package org.unsdcf.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.testkit.gen.Seeds;

/**
 * The sink encodes exactly as the JDK's StAX writer does when it is given a stream: the export's
 * bytes must not depend on which of the two encodes them.
 */
class Utf8SinkTest {
  private static final long BASE_SEED = 0x0017_F85AL;

  /** Characters from every UTF-8 length, markup, and both kinds of surrogate, paired or not. */
  private static final char[] ALPHABET = {
    'a', 'Z', '0', ' ', '<', '&', '"', '\n', '\r', '\t', '\u007F', '\u0080', '\u00E9', '\u07FF',
    '\u0800', '\u0416', '\u05D0', '\u20AC', '\uD7FF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF',
    '\uE000', '\uFFFD', '\uFFFE', '\uFFFF'
  };

  static Stream<Arguments> cases() {
    return Seeds.ramp(BASE_SEED, 60);
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void should_encode_as_the_jdk_stax_writer_encodes_for_a_stream(long seed, int size) {
    List<String> pieces = pieces(new SplittableRandom(seed), size);

    byte[] jdk = viaJdkStream(pieces);

    Utf8Sink collecting = Utf8Sink.collecting();
    writeAll(pieces, collecting);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeAll(pieces, Utf8Sink.draining(out));

    assertThat(collecting.toByteArray()).isEqualTo(jdk);
    assertThat(out.toByteArray()).isEqualTo(jdk);
  }

  @Test
  void should_encode_text_longer_than_its_buffer_whole() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 70_000; i++) {
      text.append(i % 3 == 0 ? "\u0416" : i % 3 == 1 ? "a" : "\uD83D\uDE00");
    }
    String expected = text.toString();
    Utf8Sink collecting = Utf8Sink.collecting();
    collecting.write("x");
    collecting.write(expected);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Utf8Sink draining = Utf8Sink.draining(out);
    draining.write("x");
    draining.write(expected);
    draining.flush();

    byte[] bytes = ("x" + expected).getBytes(StandardCharsets.UTF_8);
    assertThat(collecting.toByteArray()).isEqualTo(bytes);
    assertThat(out.toByteArray()).isEqualTo(bytes);
  }

  @Test
  void should_write_nothing_to_the_stream_before_it_is_flushed_or_full() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Utf8Sink sink = Utf8Sink.draining(out);
    sink.write("<iati-activities/>");
    sink.write('\n');

    assertThat(out.size()).isZero();
    sink.flush();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("<iati-activities/>\n");
  }

  /** Texts of every length up to a few buffers, the first ones short as most of an export's are. */
  private static List<String> pieces(SplittableRandom random, int size) {
    List<String> pieces = new ArrayList<>();
    int count = 1 + random.nextInt(4 * size);
    for (int p = 0; p < count; p++) {
      int length = random.nextInt(8) == 0 ? random.nextInt(size * 2_000) : random.nextInt(40);
      StringBuilder piece = new StringBuilder(length);
      boolean ascii = random.nextBoolean();
      for (int i = 0; i < length; i++) {
        piece.append(
            ascii && random.nextInt(50) != 0
                ? (char) (' ' + random.nextInt(95))
                : ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      pieces.add(piece.toString());
    }
    return pieces;
  }

  /** The JDK's own path: a stream and UTF-8, text unescaped, as an export writes it. */
  private static byte[] viaJdkStream(List<String> pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = factory().createXMLStreamWriter(out, "UTF-8");
      writeAll(xml, pieces);
    } catch (XMLStreamException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  private static void writeAll(List<String> pieces, Utf8Sink sink) {
    try {
      XMLStreamWriter xml = factory().createXMLStreamWriter((Writer) sink);
      writeAll(xml, pieces);
      sink.flush();
    } catch (XMLStreamException e) {
      throw new AssertionError(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeAll(XMLStreamWriter xml, List<String> pieces) throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("t");
    for (int i = 0; i < pieces.size(); i++) {
      xml.writeStartElement("e");
      if (i % 3 == 2) {
        xml.writeAttribute("a", pieces.get(i));
      } else {
        xml.writeCharacters(pieces.get(i));
      }
    }
    xml.writeEndDocument();
    xml.flush();
    xml.close();
  }

  private static XMLOutputFactory factory() {
    XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();
    factory.setProperty("escapeCharacters", Boolean.FALSE);
    return factory;
  }
}
