package org.unsdcf.testkit.gen;

import java.net.URI;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generates Names, Texts and Codes, with hostile Unicode: Cyrillic and the Kyrgyz letters ң ө ү,
 * right-to-left Arabic and Hebrew, emoji (surrogate pairs, a ZWJ sequence), combining marks, U+2028
 * and U+2029, {@code </script>}, quotes and backslashes; TAB, LF and CR only in Texts. Lengths
 * reach the bounds now and then: a Name of exactly 1,000 code points, at larger sizes a Text of
 * exactly 100,000.
 *
 * <p>{@link #next()} returns a Name. Not thread-safe; deterministic per seed and size.
 */
public final class TextGenerator implements Generator<String> {
  /** Words that start every Name, so none is blank. */
  static final List<String> WORDS =
      List.of(
          "Quality social services",
          "Migrants",
          "Кыргыз Республикасы",
          "Өнүгүү үчүн өнөктөштүк",
          "Жаңы мүмкүнчүлүктөр",
          "Социальная защита",
          "التنمية المستدامة",
          "פיתוח בר קיימא",
          "🌍 Climate",
          "👩🏽‍⚕️ Health",
          "Access to justice",
          "e\u0301cole",
          "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
          "A");

  /** Fragments appended after the first word. */
  static final List<String> FRAGMENTS =
      List.of(
          "ң ө ү Ң Ө Ү",
          "\u2028",
          "\u2029",
          "</script>",
          "<!-- -->",
          "\"quoted\" \\ back\\slash",
          "\u200f\u05e9\u05dc\u05d5\u05dd\u200e",
          "مرحبا",
          "😀",
          "🇰🇬",
          "%c0%af",
          "\u00a0",
          "100%",
          "{\"json\": [1, 2]}");

  private static final String SEPARATORS_NAME = " -/,";
  private static final String CODE_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:/-";

  private final Kit kit;

  /**
   * Obtains a generator.
   *
   * @param random the source of randomness, e.g. {@code new SplittableRandom(seed)}
   * @param size how large values get, at least 1
   * @throws IllegalArgumentException if size is below 1
   */
  public TextGenerator(RandomGenerator random, int size) {
    this(new Kit(random, size));
  }

  TextGenerator(Kit kit) {
    this.kit = kit;
  }

  @Override
  public String next() {
    return name();
  }

  /**
   * Generates a Name: 1 to 1,000 code points, not blank, no control characters.
   *
   * @return a Name
   */
  public String name() {
    Draw draw = kit.draw;
    if (draw.chance(0.01)) {
      return exactly(draw.pick(WORDS), 1_000);
    }
    StringBuilder s = new StringBuilder(draw.pick(WORDS));
    int fragments = draw.chance(0.6) ? 0 : draw.between(1, 4);
    for (int i = 0; i < fragments; i++) {
      s.append(SEPARATORS_NAME.charAt(draw.random.nextInt(SEPARATORS_NAME.length())));
      s.append(draw.pick(FRAGMENTS));
    }
    return s.toString();
  }

  /**
   * Generates a Text: as a Name, with TAB, LF and CR, up to 100,000 code points.
   *
   * @return a Text
   */
  public String text() {
    Draw draw = kit.draw;
    if (draw.size >= 32 && draw.chance(0.005)) {
      return exactly(draw.pick(WORDS) + "\t\n", 100_000);
    }
    StringBuilder s = new StringBuilder(name());
    int lines = draw.between(0, 3);
    for (int i = 0; i < lines; i++) {
      s.append(draw.pick(List.of("\n", "\r\n", "\t", "\r", "\n\n")));
      s.append(draw.coin() ? draw.pick(WORDS) : draw.pick(FRAGMENTS));
    }
    return s.toString();
  }

  /**
   * Generates a Code: 1 to 64 characters, letters, digits and {@code . _ : / -}, starting with a
   * letter or digit. Not unique.
   *
   * @return a Code
   */
  public String code() {
    Draw draw = kit.draw;
    int length = draw.chance(0.05) ? 64 : draw.between(1, 12);
    StringBuilder s = new StringBuilder(length);
    s.append(CODE_CHARS.charAt(draw.random.nextInt(62)));
    for (int i = 1; i < length; i++) {
      s.append(CODE_CHARS.charAt(draw.random.nextInt(CODE_CHARS.length())));
    }
    return s.toString();
  }

  /**
   * Generates an absolute http or https URI: a real UN page, percent-encoded UTF-8, or exactly
   * 2,000 characters.
   *
   * @return a URI that core accepts
   */
  public URI uri() {
    Draw draw = kit.draw;
    double r = draw.random.nextDouble();
    if (r < 0.05) {
      return URI.create("https://example.org/" + "a".repeat(1_980));
    }
    if (r < 0.3) {
      return URI.create(
          "https://kyrgyzstan.un.org/en/224766-joint-strategic-coordination-committee-endorsed-work-plans-2023-2024");
    }
    if (r < 0.5) {
      return URI.create("http://example.org/%D0%9A%D1%8B%D1%80%D0%B3%D1%8B%D0%B7?q=1#top");
    }
    return URI.create("https://un.example.org/docs/" + draw.between(1, 1_000_000));
  }

  /** Repeats the seed's code points to exactly {@code codePoints} of them. */
  private static String exactly(String seed, int codePoints) {
    int[] source = seed.codePoints().toArray();
    int[] out = new int[codePoints];
    for (int i = 0; i < codePoints; i++) {
      out[i] = source[i % source.length];
    }
    return new String(out, 0, codePoints);
  }
}
