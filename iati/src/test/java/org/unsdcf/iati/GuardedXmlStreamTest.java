package org.unsdcf.iati;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The byte watch in front of the parser, on its own: every document is handed over in many ways
 * (one {@code read()} at a time, and buffers of many sizes at two offsets), because the stream has
 * a byte-by-byte path (the head, the bytes near the size limit) and a word-at-a-time path for
 * everything else, and both must pass the same bytes, refuse the same documents and name the same
 * line.
 */
class GuardedXmlStreamTest {
  private static final long ROOMY = 1_000_000;

  /** How a reader takes the bytes: {@code chunk} 0 is one {@code read()} per byte. */
  private record Way(int chunk, int offset) {
    @Override
    public String toString() {
      return chunk == 0 ? "read()" : "read(buffer, " + offset + ", " + chunk + ")";
    }
  }

  private static List<Way> ways() {
    List<Way> ways = new ArrayList<>();
    ways.add(new Way(0, 0));
    for (int chunk = 1; chunk <= 24; chunk++) {
      ways.add(new Way(chunk, 0));
      ways.add(new Way(chunk, 5));
    }
    for (int chunk : new int[] {31, 40, 64, 8192}) {
      ways.add(new Way(chunk, 0));
      ways.add(new Way(chunk, 3));
    }
    return ways;
  }

  /** "passed" when every byte came through unchanged, else "refused: " and the refusal. */
  private static String outcome(
      Way way, byte[] document, long maxBytes, long maxAttribute, long maxText) {
    GuardedXmlStream in =
        new GuardedXmlStream(new ByteArrayInputStream(document), maxBytes, maxAttribute, maxText);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (way.chunk() == 0) {
        for (int b = in.read(); b >= 0; b = in.read()) {
          out.write(b);
        }
      } else {
        byte[] buffer = new byte[way.offset() + way.chunk()];
        for (int n = in.read(buffer, way.offset(), way.chunk());
            n >= 0;
            n = in.read(buffer, way.offset(), way.chunk())) {
          out.write(buffer, way.offset(), n);
        }
      }
    } catch (GuardedXmlStream.Refusal e) {
      return "refused: " + e.getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(out.toByteArray()).as(way.toString()).isEqualTo(document);
    assertThat(in.sourceFailure()).isNull();
    return "passed";
  }

  private static void assertEveryWay(
      byte[] document, long maxBytes, long maxAttribute, long maxText, String expected) {
    for (Way way : ways()) {
      assertThat(outcome(way, document, maxBytes, maxAttribute, maxText))
          .as("%s of %s", way, new String(document, UTF_8))
          .isEqualTo(expected);
    }
  }

  private static void assertEveryWay(String document, String expected) {
    assertEveryWay(document.getBytes(UTF_8), ROOMY, 1000, 1000, expected);
  }

  private static String dtdRefusal(int line, String seen) {
    return "refused: line "
        + line
        + ": a DTD or declaration ('<!"
        + seen
        + "') is not allowed in an IATI file";
  }

  private static String textRefusal(int line, long limit) {
    return "refused: a text near line "
        + line
        + " is longer than the limit of "
        + limit
        + " characters";
  }

  private static String attributeRefusal(int line, long limit) {
    return "refused: an attribute value near line "
        + line
        + " is longer than the limit of "
        + limit
        + " characters";
  }

  private static int lineAfter(String prefix) {
    return 1 + (int) prefix.chars().filter(c -> c == '\n').count();
  }

  @Test
  void should_pass_a_document_of_the_size_limit_and_refuse_one_byte_more() {
    byte[] doc =
        ("<r a=\"1\">" + "x".repeat(40) + "\n<b/>" + "y".repeat(30) + "</r>").getBytes(UTF_8);
    assertEveryWay(doc, doc.length, 1000, 1000, "passed");
    assertEveryWay(
        doc,
        doc.length - 1,
        1000,
        1000,
        "refused: the document is larger than the limit of " + (doc.length - 1) + " bytes");
    assertEveryWay(
        doc, 20, 1000, 1000, "refused: the document is larger than the limit of 20 bytes");
  }

  @Test
  void should_refuse_utf16_and_utf32_by_their_first_two_bytes() {
    for (byte[] head :
        new byte[][] {
          {(byte) 0xFE, (byte) 0xFF, 0, '<'},
          {(byte) 0xFF, (byte) 0xFE, '<', 0},
          {0, '<', 0, 'r'},
          {'<', 0, 'r', 0},
          {0, 0, (byte) 0xFE, (byte) 0xFF}
        }) {
      assertEveryWay(
          head,
          ROOMY,
          1000,
          1000,
          "refused: the document is not UTF-8 (UTF-16 or UTF-32 bytes at its start)");
    }
    for (byte[] head :
        new byte[][] {
          {(byte) 0xFE, '<', 'r', '>'},
          {'<', (byte) 0xFF, 'r', '>'},
          {(byte) 0xFF, '<', 'r', '>'},
          {'<', (byte) 0xFE, 'r', '>'},
          {'<', 'r', 0, 0}
        }) {
      assertEveryWay(head, ROOMY, 1000, 1000, "passed");
    }
  }

  @Test
  void should_name_the_line_of_a_dtd_after_newlines_in_every_kind_of_markup() {
    String prefix =
        "<?xml version=\"1.0\"\n encoding=\"UTF-8\"?>\n<iati-activities\n  version=\"2.03\"\n"
            + "  generated-datetime='2024-01-01T00:00:00'\n  x=\"one\ntwo\nthree\">\n"
            + "<iati-activity><title><narrative>Eau propre \u20ac\n\u00e9coles\n\ud834\udd1e"
            + " and more text on\nanother line</narrative></title>\n"
            + "<!-- a comment\n over\n three lines -->\n<?pi some\ninstruction ? ??>\n"
            + "<![CDATA[ a ] b ]] c\n d ]]>&amp;\n&#x20AC;text\nafter\n"
            + "<description\n\n\n type=\"1\"\n/>\n\n";
    for (int pad = 0; pad < 9; pad++) {
      String padded = prefix + " ".repeat(pad);
      assertEveryWay(padded + "<!DOCTYPE x>", dtdRefusal(lineAfter(prefix), "DOCTYPE"));
      assertEveryWay(padded + "</iati-activity></iati-activities>\n", "passed");
    }
  }

  @Test
  void should_count_the_line_of_a_tag_that_opens_with_a_line_break() {
    String prefix = "<r>some text that is long\n<\nb/>\n\n";
    assertEveryWay(prefix + "<!DOCTYPE x>", dtdRefusal(lineAfter(prefix), "DOCTYPE"));
  }

  @Test
  void should_quote_the_start_of_any_other_declaration() {
    assertEveryWay("<r>\n<!ELEMENT r ANY>", dtdRefusal(2, "E"));
    assertEveryWay("<r>\n<!-x->", dtdRefusal(2, "-x"));
    assertEveryWay("<r>\n<![CDATX[", dtdRefusal(2, "[CDATX"));
    assertEveryWay("<!DOCTYPE r><r/>", dtdRefusal(1, "DOCTYPE"));
  }

  @Test
  void should_find_the_end_of_comments_instructions_and_cdata_and_nothing_inside_them() {
    // Once at the start, where the stream goes byte by byte, once past its head.
    for (String r : new String[] {"<r>", "<r>" + " ".repeat(13)}) {
      assertEveryWay(r + "<!-- <!DOCTYPE x> '\" > -> - --></r>", "passed");
      assertEveryWay(r + "<!-- a - b -- c - --><!DOCTYPE x>", dtdRefusal(1, "DOCTYPE"));
      assertEveryWay(r + "<!-- a ---><!DOCTYPE x>", dtdRefusal(1, "DOCTYPE"));
      assertEveryWay(r + "<!-- a -----><!DOCTYPE x>", dtdRefusal(1, "DOCTYPE"));
      assertEveryWay(r + "<? <!DOCTYPE x> '\" > ?></r>", "passed");
      assertEveryWay(r + "<?pi ' ??><!DOCTYPE x>", dtdRefusal(1, "DOCTYPE"));
      assertEveryWay(r + "<?pi x?><!DOCTYPE x>", dtdRefusal(1, "DOCTYPE"));
      assertEveryWay(r + "<?pi \" ? > ?><!DOCTYPE x>", dtdRefusal(1, "DOCTYPE"));
      assertEveryWay(r + "<![CDATA[ ]> ] > a>b <!DOCTYPE x> ]]x ' \" ]]></r>", "passed");
      assertEveryWay(r + "<![CDATA[ a ] b ]]]><!DOCTYPE x>", dtdRefusal(1, "DOCTYPE"));
      assertEveryWay(r + "<![CDATA[']]><!DOCTYPE x>", dtdRefusal(1, "DOCTYPE"));
    }
  }

  @Test
  void should_read_quotes_of_the_other_kind_and_markup_inside_attribute_values() {
    // Once at the start, where the stream goes byte by byte, once past its head.
    for (String r : new String[] {"<r>", "<r>" + " ".repeat(13)}) {
      assertEveryWay(r + "<r a='x\"y' b=\"p'q\" c='<!DOCTYPE x>' d=\">\"></r>", "passed");
      assertEveryWay(r + "<r a='x\"y' b=\"p'q\" c='>'><!DOCTYPE x>", dtdRefusal(1, "DOCTYPE"));
      assertEveryWay(r + "<r a=\"&amp\"><!DOCTYPE x>", dtdRefusal(1, "DOCTYPE"));
      assertEveryWay(r + "<r a='&amp'><!DOCTYPE x>", dtdRefusal(1, "DOCTYPE"));
      assertEveryWay(r + "<r a='&amp;\"'><!DOCTYPE x>", dtdRefusal(1, "DOCTYPE"));
    }
  }

  @Test
  void should_end_a_reference_in_text_at_its_semicolon_or_at_a_tag() {
    // Once at the start, where the stream goes byte by byte, once past its head.
    for (String r : new String[] {"<r>", "<r>" + " ".repeat(13)}) {
      assertEveryWay(r + "a&amp<!DOCTYPE x>", dtdRefusal(1, "DOCTYPE"));
      assertEveryWay(r + "a&amp;<!DOCTYPE x>", dtdRefusal(1, "DOCTYPE"));
      assertEveryWay(r + "a&amp;b '\" <!DOCTYPE x>", dtdRefusal(1, "DOCTYPE"));
    }
  }

  /** Texts of exactly {@code n} code points: characters of one to four bytes, references, lines. */
  private static final String[][] TEXTS = {
    // text, its length in code points
    {"abcdefghijklmnopqrstuvwxyz", "26"},
    {"ab\ncd\nef\ngh\nij\nkl\nmn\nop", "23"},
    {"\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\nx", "12"},
    {"\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\nabc", "13"},
    {"\ud834\udd1e\ud834\udd1e\ud834\udd1e\ud834\udd1e\nz\u20acy\u00e9", "9"},
    {"a\u00e9\u20ac\ud834\udd1e a\u00e9\u20ac\ud834\udd1e\n a\u00e9\u20ac\ud834\udd1e", "15"},
    {"x&amp;y&#x20AC;z&lt;\nw", "8"},
    {"\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\n\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac", "13"},
  };

  @Test
  void should_pass_a_text_at_the_limit_and_name_the_line_of_the_first_character_over_it() {
    for (String[] t : TEXTS) {
      String text = t[0];
      int n = Integer.parseInt(t[1]);
      for (String pad : new String[] {"", "<b/>", "\n<bc/>", "<b c='1'/>"}) {
        byte[] doc = ("<r>" + pad + text + "</r>").getBytes(UTF_8);
        int line = lineAfter(pad + text);
        assertEveryWay(doc, ROOMY, 1000, n, "passed");
        assertEveryWay(doc, ROOMY, 1000, n - 1, textRefusal(line, n - 1));
      }
    }
  }

  @Test
  void should_name_the_line_where_a_long_text_passed_the_limit_not_where_it_ends() {
    String text = "\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\nabc\nd\u20ac\u20ac\u20ac\u20ac\ne";
    byte[] doc = ("<r>" + text + "</r>").getBytes(UTF_8);
    assertEveryWay(doc, ROOMY, 1000, 9, textRefusal(2, 9));
    assertEveryWay(doc, ROOMY, 1000, 6, textRefusal(2, 6));
    assertEveryWay(doc, ROOMY, 1000, 5, textRefusal(1, 5));
    assertEveryWay(doc, ROOMY, 1000, 12, textRefusal(3, 12));
  }

  @Test
  void should_measure_each_text_between_markup_on_its_own() {
    String five = "\u20ac\u00e9a\ud834\udd1eb";
    byte[] runs =
        ("<r>"
                + five
                + "<b>"
                + five
                + "</b>"
                + five
                + "<!-- c -->"
                + five
                + "<?p?>"
                + five
                + "</r>")
            .getBytes(UTF_8);
    assertEveryWay(runs, ROOMY, 1000, 5, "passed");
    assertEveryWay(runs, ROOMY, 1000, 4, textRefusal(1, 4));
    assertEveryWay(("<r>ab&x<!-- c -->abc<?p?>abc</r>").getBytes(UTF_8), ROOMY, 1000, 3, "passed");
    assertEveryWay(("<r>abc<!-- c -->abcd</r>").getBytes(UTF_8), ROOMY, 1000, 3, textRefusal(1, 3));
  }

  @Test
  void should_count_the_characters_of_cdata_as_text() {
    assertEveryWay("<r><![CDATA[abcde]]></r>".getBytes(UTF_8), ROOMY, 1000, 10, "passed");
    assertEveryWay(
        ("<r><![CDATA[" + "y".repeat(20) + "]]></r>").getBytes(UTF_8),
        ROOMY,
        1000,
        10,
        textRefusal(1, 10));
    assertEveryWay(
        ("<r><![CDATA[\n" + "\u20ac".repeat(20) + "]]></r>").getBytes(UTF_8),
        ROOMY,
        1000,
        15,
        textRefusal(2, 15));
  }

  @Test
  void should_pass_attribute_values_at_the_limit_and_name_the_line_over_it() {
    for (String[] t : TEXTS) {
      String value = t[0].replace("&lt;", "&quot;");
      int n = Integer.parseInt(t[1]);
      for (String pad : new String[] {"", " a='1'", "\n b=\"123456\"", " c='x\"y'"}) {
        String twice = "<r" + pad + " v=\"" + value + "\" w='" + value + "'/>";
        byte[] doc = twice.getBytes(UTF_8);
        assertEveryWay(doc, ROOMY, n, 1000, "passed");
        int line = lineAfter("<r" + pad + " v=\"" + value);
        assertEveryWay(doc, ROOMY, n - 1, 1000, attributeRefusal(line, n - 1));
        String single = "<r" + pad + " w='" + value + "'/>";
        assertEveryWay(
            single.getBytes(UTF_8),
            ROOMY,
            n - 1,
            1000,
            attributeRefusal(lineAfter("<r" + pad + " w='" + value), n - 1));
      }
    }
  }

  @Test
  void should_name_the_line_where_a_long_attribute_passed_the_limit() {
    String value = "\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\nabc\nd\u20ac\u20ac\u20ac\u20ac\ne";
    byte[] doc = ("<r a=\"" + value + "\"/>").getBytes(UTF_8);
    assertEveryWay(doc, ROOMY, 9, 1000, attributeRefusal(2, 9));
    assertEveryWay(doc, ROOMY, 6, 1000, attributeRefusal(2, 6));
    assertEveryWay(doc, ROOMY, 5, 1000, attributeRefusal(1, 5));
    assertEveryWay(doc, ROOMY, 12, 1000, attributeRefusal(3, 12));
  }

  @Test
  void should_scan_what_it_skips_and_offer_no_mark() throws IOException {
    GuardedXmlStream in =
        new GuardedXmlStream(
            new ByteArrayInputStream("<r>abcdef</r>".getBytes(UTF_8)), ROOMY, 1000, 1000);
    assertThat(in.skip(4)).isEqualTo(4);
    assertThat(in.read()).isEqualTo('b');
    assertThat(in.skip(100)).isEqualTo(8);
    assertThat(in.skip(100)).isZero();
    assertThat(in.markSupported()).isFalse();
    in.mark(10);
    assertThatThrownBy(in::reset).isInstanceOf(IOException.class);

    GuardedXmlStream dtd =
        new GuardedXmlStream(
            new ByteArrayInputStream("<r/>\n<!DOCTYPE r>".getBytes(UTF_8)), ROOMY, 1000, 1000);
    assertThatThrownBy(() -> dtd.skip(100))
        .isInstanceOf(GuardedXmlStream.Refusal.class)
        .hasMessage(dtdRefusal(2, "DOCTYPE").substring("refused: ".length()));
  }

  @Test
  void should_keep_the_failure_of_the_stream_itself_apart() {
    IOException gone = new IOException("disk gone");
    java.io.InputStream failing =
        new java.io.InputStream() {
          @Override
          public int read() throws IOException {
            throw gone;
          }
        };
    GuardedXmlStream one = new GuardedXmlStream(failing, ROOMY, 1000, 1000);
    assertThatThrownBy(one::read).isSameAs(gone);
    assertThat(one.sourceFailure()).isSameAs(gone);
    GuardedXmlStream many = new GuardedXmlStream(failing, ROOMY, 1000, 1000);
    assertThatThrownBy(() -> many.read(new byte[8], 0, 8)).isSameAs(gone);
    assertThat(many.sourceFailure()).isSameAs(gone);
  }
}
