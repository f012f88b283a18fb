package org.unsdcf.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.owasp.encoder.Encode;
import org.unsdcf.testkit.gen.Seeds;

/** {@link Markup}'s bytes against the JDK's UTF-8 and {@link Figures#coordinate}. */
class MarkupTest {
  private static final long BASE_SEED = 18_118L;

  /** Characters a page meets: ASCII, Latin-1, Cyrillic, symbols, pairs, lone surrogates. */
  private static final char[] ALPHABET = {
    'a', 'Z', '0', ' ', '<', '&', '"', '\'', '\n', '\u0000', '\u007f', '\u0080', '\u00e9', '\u00b7',
    '\u0410', '\u07ff', '\u0800', '\u2013', '\u2026', '\u25cf', '\ufffd', '\uffff', '\ud83c',
    '\udf0d', '\ud800', '\udbff', '\udc00', '\udfff'
  };

  static Stream<Arguments> cases() {
    return Seeds.ramp(BASE_SEED, 64);
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void raw_text_is_the_jdk_utf_8(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    Markup markup = new Markup(0);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    for (int i = 0; i < 20; i++) {
      String text = text(random, random.nextInt(0, 2 * size + 40));
      markup.raw(text);
      expected.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    assertThat(markup.toByteArray()).isEqualTo(expected.toByteArray());
  }

  @Test
  void raw_text_splits_no_pair_at_the_fast_paths_edges() {
    for (int length = 0; length < 64; length++) {
      String ascii = "x".repeat(length);
      for (String tail : new String[] {"\ud83d\ude00", "\ud83d", "\ude00", "\u00e9", "!"}) {
        Markup markup = new Markup(1);
        markup.raw(ascii + tail).raw(tail + ascii);

        assertThat(markup.toByteArray())
            .as("%d + %s", length, tail)
            .isEqualTo((ascii + tail + tail + ascii).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void coordinates_are_figures_coordinates(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    Markup markup = new Markup(16);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      double value =
          switch (i % 4) {
            case 0 -> random.nextDouble(-10.0 * size, 1000.0 * size);
            case 1 -> random.nextInt(-1000, 1000) / 10.0 + 0.05;
            case 2 -> random.nextInt(-100, 100) / 100.0;
            default -> random.nextDouble(-1e12, 1e12);
          };
      markup.coordinate("x", value);
      expected.append(" x=\"").append(Figures.coordinate(value)).append('"');
    }

    assertThat(new String(markup.toByteArray(), StandardCharsets.UTF_8))
        .isEqualTo(expected.toString());
  }

  @Test
  void each_character_alone_is_the_encoders_text_and_attribute() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String text = "a" + (char) c + "z";

      assertEncoded(text);
    }
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void text_and_attributes_are_the_encoders(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 20; i++) {
      assertEncoded(text(random, random.nextInt(0, 2 * size + 40)));
    }
  }

  /**
   * A text as {@link Markup#text} and {@link Markup#attribute} write it and as the encoder does.
   */
  private static void assertEncoded(String text) {
    Markup markup = new Markup(1);
    markup.text(text).attribute("t", text).text(text);
    String expected =
        Encode.forHtml(text)
            + " t=\""
            + Encode.forHtmlAttribute(text)
            + "\""
            + Encode.forHtml(text);

    assertThat(markup.toByteArray())
        .as("%s", text.codePoints().mapToObj(Integer::toHexString).toList())
        .isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writes_its_bytes_out_whole_after_growing() throws IOException {
    Markup markup = new Markup(0);
    markup.start("p").attribute("title", "a \"b\" <c>").end().text("x & y").close("p").newline();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    markup.writeTo(out);

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("<p title=\"a &#34;b&#34; &lt;c>\">x &amp; y</p>\n");
  }

  private static String text(SplittableRandom random, int length) {
    StringBuilder text = new StringBuilder(length);
    // Mostly ASCII, as pages are, so the fast path runs long before it meets the rest.
    boolean ascii = random.nextInt(3) == 0;
    for (int i = 0; i < length; i++) {
      text.append(
          ascii || random.nextInt(4) > 0
              ? (char) random.nextInt(0x20, 0x7f)
              : ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return text.toString();
  }
}
