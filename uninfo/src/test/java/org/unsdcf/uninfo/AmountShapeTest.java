package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written amount match of {@link RowMapper#isAmount} accepts exactly what the pattern it
 * replaced accepted: {@code [0-9]+(\.[0-9]+)?} of at most 40 characters.
 */
class AmountShapeTest {
  private static final Pattern AMOUNT = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final String ALPHABET = "0123456789.-+ eE,\u0660";

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "0",
        "12500",
        "12500.00",
        "0.5",
        "1234567890123456789012345678901234567890",
        "1234567890123456789.01234567890123456789"
      })
  void should_accept_amounts(String amount) {
    assertThat(RowMapper.isAmount(amount)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "",
        ".",
        ".5",
        "5.",
        "1.2.3",
        "-1",
        "+1",
        "1e3",
        "1,000",
        " 1",
        "1 ",
        "\u0661",
        "12345678901234567890123456789012345678901"
      })
  void should_refuse_what_is_not_an_amount(String text) {
    assertThat(RowMapper.isAmount(text)).isFalse();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void should_agree_with_the_pattern_on_random_text(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int k = 0; k < 2_000; k++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(46);
      for (int i = 0; i < length; i++) {
        // Mostly digits and dots, so that many texts come close to an amount.
        text.append(
            random.nextInt(4) == 0
                ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                : random.nextInt(8) == 0 ? '.' : (char) ('0' + random.nextInt(10)));
      }
      String s = text.toString();
      assertThat(RowMapper.isAmount(s))
          .as("'%s'", s)
          .isEqualTo(AMOUNT.matcher(s).matches() && s.length() <= 40);
    }
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 10);
  }
}
