package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written SDG item splits and matches of {@link SdgItems} agree with the regular
 * expressions they replaced, on the items the reader keeps (non-blank after trimming).
 */
class SdgItemsTest {
  private static final Pattern TARGET_SPLIT =
      Pattern.compile("[,;](?=\\s*[0-9]{1,2}\\.[0-9a-z]{1,2} )");
  private static final Pattern TARGET =
      Pattern.compile("((?:1[0-7]|[1-9])\\.(?:[1-9][0-9]?|[a-z]))(?:\\s.*)?", Pattern.DOTALL);
  private static final Pattern GOAL_SPLIT = Pattern.compile("[,;](?=\\s*[0-9]{1,2} )");
  private static final Pattern GOAL = Pattern.compile("(1[0-7]|[1-9])(?:\\s.*)?", Pattern.DOTALL);

  /**
   * Characters that make codes, separators and the spaces {@code \s} knows, and some it does not.
   */
  private static final String ALPHABET = "0112345678917.....abcz;;,,,    \t\n\r\u000b\f\u00a0xA-";

  @Test
  void should_split_a_real_targets_cell_before_each_target_code() {
    String cell =
        "4.7 By 2030, ensure that all learners acquire skills, including, among others, 1, 2;"
            + " 4.a Build and upgrade education facilities,10.2 By 2030, empower; 17.17 x";

    assertThat(SdgItems.splitTargets(cell)).containsExactly(TARGET_SPLIT.split(cell));
    assertThat(SdgItems.splitTargets(cell)).hasSize(4);
  }

  @Test
  void should_read_target_and_goal_codes() {
    assertThat(SdgItems.target("4.7 By 2030")).isEqualTo("4.7");
    assertThat(SdgItems.target("17.17")).isEqualTo("17.17");
    assertThat(SdgItems.target("4.a\tBuild")).isEqualTo("4.a");
    assertThat(SdgItems.target("18.1 x")).isNull();
    assertThat(SdgItems.target("4.10x")).isNull();
    assertThat(SdgItems.goal("4 Quality Education")).isEqualTo("4");
    assertThat(SdgItems.goal("17")).isEqualTo("17");
    assertThat(SdgItems.goal("18 x")).isNull();
    assertThat(SdgItems.goal("1x")).isNull();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void should_agree_with_the_patterns_on_random_text(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int k = 0; k < 2_000; k++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String s = text.toString();
      assertThat(kept(SdgItems.splitTargets(s))).as("'%s'", s).isEqualTo(kept(TARGET_SPLIT, s));
      assertThat(kept(SdgItems.splitGoals(s))).as("'%s'", s).isEqualTo(kept(GOAL_SPLIT, s));
      String item = s.strip();
      assertThat(SdgItems.target(item)).as("'%s'", item).isEqualTo(group(TARGET, item));
      assertThat(SdgItems.goal(item)).as("'%s'", item).isEqualTo(group(GOAL, item));
    }
  }

  private static List<String> kept(Pattern split, String s) {
    return kept(Arrays.asList(split.split(s)));
  }

  private static List<String> kept(List<String> items) {
    List<String> kept = new ArrayList<>();
    for (String item : items) {
      if (!item.isBlank()) {
        kept.add(item);
      }
    }
    return kept;
  }

  private static String group(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.matches() ? m.group(1) : null;
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }
}
