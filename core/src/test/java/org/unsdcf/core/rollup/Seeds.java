package org.unsdcf.core.rollup;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** (seed, size) cases for property tests: fixed base seed, sizes ramping from 1 to 64. */
final class Seeds {
  static final long BASE_SEED = 0x5DCF_2023_2027L;

  private Seeds() {}

  static Stream<Arguments> ramp(long base, int count) {
    return IntStream.range(0, count).mapToObj(i -> Arguments.of(base + i, 1 << (i * 7 / count)));
  }
}
