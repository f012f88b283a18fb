package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unsdcf.json.internal.ByteLocator;

/**
 * Lines and columns of byte offsets (design.md §5.2): columns count code points, LF, CR and CR LF
 * each end one line; held to a plain count over documents longer than the locator's index stride.
 */
class ByteLocatorTest {
  private static final String[] PIECES = {
    "a", "b", " ", "{", "\u00e9", "\u20ac", "\ud83d\ude00", "\n", "\r", "\r\n"
  };

  /**
   * Line and column by counting from the start, the way design.md §5.2 defines them; the CR of a CR
   * LF is a code point of its line.
   */
  private static int[] expected(String text, int charIndex) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < charIndex; ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (cp == '\n' || (cp == '\r' && (next >= text.length() || text.charAt(next) != '\n'))) {
        line++;
        column = 1;
      } else {
        column++;
      }
      i = next;
    }
    return new int[] {line, column};
  }

  private static void holdsEverywhere(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ByteLocator locator = new ByteLocator(bytes, bytes.length);
    int offset = 0;
    for (int i = 0; i <= text.length(); ) {
      int[] want = expected(text, i);
      assertThat(new int[] {locator.line(offset), locator.column(offset)})
          .as("offset %d of %d", offset, bytes.length)
          .containsExactly(want);
      if (i == text.length()) {
        break;
      }
      int cp = text.codePointAt(i);
      offset += new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      i += Character.charCount(cp);
    }
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @CsvSource({"1, 10", "2, 3000", "3, 5000", "4, 9000", "5, 20"})
  void should_count_lines_and_code_point_columns_as_a_plain_count_does(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < size; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    holdsEverywhere(text.toString());
    holdsEverywhere(text + "\r");
    holdsEverywhere("\r" + text + "\n");
  }

  @ParameterizedTest(name = "[{index}] {0} bytes")
  @CsvSource({"4096", "8192", "4095", "4097"})
  void should_count_across_index_strides_of_multi_byte_text(int length) {
    // Two-byte characters up to the length, so code points and bytes differ everywhere.
    StringBuilder text = new StringBuilder();
    int bytes = 0;
    while (bytes + 2 <= length - 2) {
      text.append(bytes % 100 == 0 ? "\n" : "\u00e9");
      bytes += bytes % 100 == 0 ? 1 : 2;
    }
    while (bytes < length) {
      text.append('x');
      bytes++;
    }
    assertThat(text.toString().getBytes(StandardCharsets.UTF_8)).hasSize(length);
    holdsEverywhere(text.toString());
  }
}
