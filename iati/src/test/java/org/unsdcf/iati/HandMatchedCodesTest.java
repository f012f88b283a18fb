package org.unsdcf.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reader's hand-made matchers agree with the patterns they stand for, on every short string.
 */
class HandMatchedCodesTest {
  private static final Pattern SDG_TARGET = Pattern.compile("(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-z])");
  private static final String ALPHABET = "0123456789.az-A\u00e9";

  @Test
  void sdgTargetMatchesItsPatternOnEveryStringOfUpToFiveCharacters() {
    List<String> all = new ArrayList<>(List.of(""));
    int from = 0;
    for (int length = 1; length <= 5; length++) {
      int to = all.size();
      for (int i = from; i < to; i++) {
        for (char c : ALPHABET.toCharArray()) {
          all.add(all.get(i) + c);
        }
      }
      from = to;
    }
    int matched = 0;
    for (String s : all) {
      boolean expected = SDG_TARGET.matcher(s).matches();
      assertThat(ActivityMapper.isSdgTarget(s)).as(s).isEqualTo(expected);
      matched += expected ? 1 : 0;
    }
    // 9 one-digit and 8 two-digit goals, each with 9 + 90 numeric and 2 of the letters here.
    assertThat(matched).isEqualTo(17 * (9 + 90 + 2));
  }
}
