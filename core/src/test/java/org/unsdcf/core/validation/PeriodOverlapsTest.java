package org.unsdcf.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.ReportingPeriod;

/** The O(log n) overlap index agrees with comparing every pair. */
class PeriodOverlapsTest {
  static Stream<Arguments> cases() {
    return LongStream.range(0, 200).mapToObj(i -> Arguments.of(7_919L * i, 1 + (int) (i % 64)));
  }

  private static ReportingPeriod period(String start, String end) {
    return ReportingPeriod.of(LocalDate.parse(start), LocalDate.parse(end));
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void should_agree_with_the_pairwise_check(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ReportingPeriod> periods = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      LocalDate start = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(40));
      periods.add(ReportingPeriod.of(start, start.plusDays(random.nextInt(10))));
    }
    PeriodOverlaps index = new PeriodOverlaps(periods);
    for (int i = 0; i < periods.size(); i++) {
      ReportingPeriod p = periods.get(i);
      boolean expected = false;
      for (int j = 0; j < i; j++) {
        expected |= !periods.get(j).equals(p) && periods.get(j).overlaps(p);
      }

      ReportingPeriod found = index.overlapOtherThan(p);

      assertThat(found != null).as("%s after %s", p, periods.subList(0, i)).isEqualTo(expected);
      if (found != null) {
        assertThat(found).isNotEqualTo(p);
        assertThat(found.overlaps(p)).isTrue();
        assertThat(periods.subList(0, i)).contains(found);
      }
      index.add(p);
    }
  }

  @Test
  void should_ignore_identical_and_adjacent_periods() {
    ReportingPeriod q1 = period("2023-01-01", "2023-03-31");
    ReportingPeriod q2 = period("2023-04-01", "2023-06-30");
    PeriodOverlaps index = new PeriodOverlaps(List.of(q1, q2));
    index.add(q1);

    assertThat(index.overlapOtherThan(q1)).isNull();
    assertThat(index.overlapOtherThan(q2)).isNull();
  }
}
