package org.unsdcf.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * conventions.md §6 oracle: a deliberately naive reference (flat loops, statuses decided by exact
 * cross-multiplication instead of the computed pace) agrees with the library's tree on many
 * generated indicator sets.
 */
class RollupOracleTest {
  private static final Direction[] DIRECTIONS = {
    Direction.INCREASE, Direction.DECREASE, Direction.MAINTAIN, null
  };

  static Stream<Arguments> cases() {
    return Seeds.ramp(Seeds.BASE_SEED ^ 0x0A4C1EL, 1000);
  }

  /** What the reference computes for one indicator. */
  static final class Expect {
    ProgressStatus status;
    BigDecimal capped;
    BigDecimal cappedPace;
    BigDecimal weight;
  }

  /** A generated plan with the indicators of each outcome and the options. */
  static final class Case {
    final List<List<List<Indicator>>> areas = new ArrayList<>();
    final Map<String, BigDecimal> weights = new HashMap<>();
    LocalDate asOf;
    CooperationFramework plan;
  }

  static Case generate(SplittableRandom r, int size) {
    Case c = new Case();
    c.asOf = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(4 * 365));
    int code = 0;
    List<PriorityArea> areas = new ArrayList<>();
    int areaCount = 1 + r.nextInt(3);
    for (int a = 0; a < areaCount; a++) {
      List<List<Indicator>> outcomes = new ArrayList<>();
      PriorityArea.Builder area = PriorityArea.builder().code("SP" + a).title("Area " + a);
      int outcomeCount = 1 + r.nextInt(3);
      for (int o = 0; o < outcomeCount; o++) {
        List<Indicator> indicators = new ArrayList<>();
        int n = r.nextInt(size + 1);
        for (int i = 0; i < n; i++) {
          String c0 = "I" + code++;
          indicators.add(indicator(r, c0));
          if (r.nextInt(4) == 0) {
            c.weights.put(
                c0, r.nextInt(3) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(r.nextInt(1, 300), 2));
          }
        }
        outcomes.add(indicators);
        area.addOutcome(
            Outcome.builder()
                .code("OC" + a + "." + o)
                .title("Outcome")
                .indicators(indicators)
                .build());
      }
      c.areas.add(outcomes);
      areas.add(area.build());
    }
    c.plan = RollupFixtures.plan(areas, List.of());
    return c;
  }

  static Indicator indicator(SplittableRandom r, String code) {
    Indicator.Builder b =
        Indicator.builder()
            .code(code)
            .title("Generated")
            .measure(Measure.UNIT)
            .unit(IndicatorUnit.COUNT)
            .accumulation(r.nextBoolean() ? Accumulation.LEVEL : Accumulation.CUMULATIVE);
    Direction d = DIRECTIONS[r.nextInt(DIRECTIONS.length)];
    if (d != null) {
      b.direction(d);
    }
    if (r.nextInt(8) != 0) {
      Baseline.Builder base =
          Baseline.builder().year(2022).value(Value.numeric(r.nextInt(-50, 151)));
      if (r.nextBoolean()) {
        base.date(LocalDate.of(2022, 1, 1).plusDays(r.nextInt(365)));
      }
      b.baseline(base.build());
    }
    if (r.nextInt(8) != 0) {
      long t = r.nextInt(5) == 0 ? 7 : r.nextInt(-50, 151);
      b.addTarget(Target.of(2022 + r.nextInt(7), TargetKind.FINAL, Value.numeric(t)));
    }
    int m = r.nextInt(4);
    for (int i = 0; i < m; i++) {
      LocalDate end = LocalDate.of(2021, 6, 1).plusDays(r.nextInt(6 * 365));
      b.addMeasurement(
          Measurement.of(
              ReportingPeriod.of(end.withDayOfYear(1), end), Value.numeric(r.nextInt(-50, 151))));
    }
    if (r.nextInt(5) == 0 && b.build().baseline().isPresent()) {
      Indicator built = b.build();
      return built.withMeasurements(Measurement.of(ReportingPeriod.ofYear(2023), Value.numeric(7)));
    }
    return b.build();
  }

  /** The naive reference of design.md §7.1 for LEVEL and CUMULATIVE headline counts. */
  static Expect naive(Indicator i, LocalDate asOf, BigDecimal weight, ProgressThresholds th) {
    Expect e = new Expect();
    e.weight = weight;
    Measurement latest = null;
    for (Measurement m : i.measurements()) {
      if (!m.period().end().isAfter(asOf)
          && (latest == null || !m.period().end().isBefore(latest.period().end()))) {
        latest = m;
      }
    }
    if (i.baseline().isEmpty() || i.finalTarget().isEmpty() || latest == null) {
      e.status = ProgressStatus.NO_DATA;
      return e;
    }
    BigDecimal b = ((Value.Numeric) i.baseline().get().value()).amount();
    BigDecimal t = ((Value.Numeric) i.finalTarget().get().value()).amount();
    BigDecimal a = ((Value.Numeric) latest.value()).amount();
    Direction declared = i.direction().orElse(null);
    if (t.compareTo(b) == 0) {
      boolean ok;
      if (declared == Direction.INCREASE) {
        ok = a.compareTo(t) >= 0;
      } else if (declared == Direction.DECREASE) {
        ok = a.compareTo(t) <= 0;
      } else {
        ok = a.subtract(t).abs().compareTo(th.maintainTolerance().multiply(t.abs())) <= 0;
      }
      e.status =
          ok
              ? ProgressStatus.ACHIEVED
              : declared == Direction.INCREASE || declared == Direction.DECREASE
                  ? ProgressStatus.DETERIORATING
                  : ProgressStatus.OFF_TRACK;
      e.capped = ok ? BigDecimal.ONE : BigDecimal.ZERO;
      e.cappedPace = e.capped;
      return e;
    }
    Direction inferred = t.compareTo(b) > 0 ? Direction.INCREASE : Direction.DECREASE;
    if (declared != null && declared != inferred) {
      e.status = ProgressStatus.NOT_APPLICABLE;
      return e;
    }
    BigDecimal gain = a.subtract(b);
    BigDecimal span = t.subtract(b);
    BigDecimal achievement = gain.divide(span, MathContext.DECIMAL128);
    e.capped = AggregateGen.clamp(achievement);
    boolean reached = inferred == Direction.INCREASE ? a.compareTo(t) >= 0 : a.compareTo(t) <= 0;
    LocalDate t0 = i.baseline().get().day();
    long days =
        ChronoUnit.DAYS.between(t0, LocalDate.of(i.finalTarget().get().year().getValue(), 12, 31));
    long elapsed = ChronoUnit.DAYS.between(t0, latest.period().end());
    // pace as an exact fraction p / q with q > 0
    BigDecimal p;
    BigDecimal q;
    if (elapsed <= 0) {
      p = BigDecimal.ONE;
      q = BigDecimal.ONE;
    } else if (elapsed >= days) {
      p = gain;
      q = span;
    } else {
      p = gain.multiply(BigDecimal.valueOf(days));
      q = span.multiply(BigDecimal.valueOf(elapsed));
    }
    if (q.signum() < 0) {
      p = p.negate();
      q = q.negate();
    }
    BigDecimal pace = p.divide(q, MathContext.DECIMAL128);
    e.cappedPace = reached ? BigDecimal.ONE : AggregateGen.clamp(pace);
    if (reached) {
      e.status = ProgressStatus.ACHIEVED;
    } else if (gain.signum() * span.signum() < 0) {
      e.status = ProgressStatus.DETERIORATING;
    } else if (p.compareTo(th.onTrack().multiply(q)) >= 0) {
      e.status = ProgressStatus.ON_TRACK;
    } else if (p.compareTo(th.atRisk().multiply(q)) >= 0) {
      e.status = ProgressStatus.AT_RISK;
    } else {
      e.status = ProgressStatus.OFF_TRACK;
    }
    return e;
  }

  static BigDecimal norm(BigDecimal x) {
    return x == null ? null : x.stripTrailingZeros();
  }

  /** A naive flat summary of a list of expectations. */
  static void assertAgrees(ProgressAggregate actual, List<Expect> expected, ProgressThresholds th) {
    int assessed = 0;
    int achieved = 0;
    BigDecimal w = BigDecimal.ZERO;
    BigDecimal wProgress = BigDecimal.ZERO;
    BigDecimal wPace = BigDecimal.ZERO;
    ProgressStatus worst = null;
    for (Expect e : expected) {
      if (e.status.isAssessed()) {
        assessed++;
        worst = worst == null || e.status.compareTo(worst) > 0 ? e.status : worst;
      }
      if (e.status == ProgressStatus.ACHIEVED) {
        achieved++;
      }
      if (e.capped != null) {
        w = w.add(e.weight);
        wProgress = wProgress.add(e.weight.multiply(e.capped));
        wPace = wPace.add(e.weight.multiply(e.cappedPace));
      }
    }
    assertThat(actual.indicators()).isEqualTo(expected.size());
    assertThat(actual.assessed()).isEqualTo(assessed);
    assertThat(actual.achieved()).isEqualTo(achieved);
    assertThat(actual.weightSum()).isEqualByComparingTo(w);
    assertThat(actual.weightedProgress()).isEqualByComparingTo(wProgress);
    assertThat(actual.weightedPace()).isEqualByComparingTo(wPace);
    ProgressStatus status;
    if (expected.isEmpty()) {
      status = ProgressStatus.NOT_APPLICABLE;
    } else if (assessed == 0) {
      status = ProgressStatus.NO_DATA;
    } else if (achieved == expected.size()) {
      status = ProgressStatus.ACHIEVED;
    } else if (w.signum() > 0) {
      status =
          wPace.compareTo(th.onTrack().multiply(w)) >= 0
              ? ProgressStatus.ON_TRACK
              : wPace.compareTo(th.atRisk().multiply(w)) >= 0
                  ? ProgressStatus.AT_RISK
                  : ProgressStatus.OFF_TRACK;
    } else {
      status = worst == ProgressStatus.ACHIEVED ? ProgressStatus.ON_TRACK : worst;
    }
    assertThat(actual.status(th)).isEqualTo(status);
    if (w.signum() > 0) {
      assertThat(actual.progress().orElseThrow())
          .isEqualByComparingTo(wProgress.divide(w, MathContext.DECIMAL128));
    }
  }

  /** A node's Open SDG view is combine of the flat list of its indicators' results. */
  static void assertOpenSdg(ProgressAggregate actual, List<OpenSdgResult> flat) {
    if (flat.isEmpty()) {
      assertThat(actual.openSdg()).isEmpty();
    } else {
      assertThat(actual.openSdg()).contains(OpenSdgProgress.combine(flat));
    }
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void tree_roll_up_agrees_with_a_naive_flat_fold(long seed, int size) {
    Case c = generate(new SplittableRandom(seed), size);
    RollupOptions options = RollupOptions.builder().asOf(c.asOf).weights(c.weights).build();
    ProgressThresholds th = options.thresholds();

    RollupReport report = Rollup.compute(c.plan, options);

    List<Expect> all = new ArrayList<>();
    List<OpenSdgResult> allOpen = new ArrayList<>();
    for (int a = 0; a < c.areas.size(); a++) {
      List<Expect> area = new ArrayList<>();
      List<OpenSdgResult> areaOpen = new ArrayList<>();
      for (int o = 0; o < c.areas.get(a).size(); o++) {
        List<Expect> outcome = new ArrayList<>();
        List<OpenSdgResult> outcomeOpen = new ArrayList<>();
        for (Indicator i : c.areas.get(a).get(o)) {
          Expect e = naive(i, c.asOf, options.weightOf(i.code()), th);
          IndicatorProgress p = report.indicator(i.code()).orElseThrow();
          assertThat(p.status()).as(i.code()).isEqualTo(e.status);
          assertThat(norm(p.cappedAchievement().orElse(null))).isEqualTo(norm(e.capped));
          assertThat(norm(p.cappedPace().orElse(null))).isEqualTo(norm(e.cappedPace));
          p.openSdg().ifPresent(outcomeOpen::add);
          outcome.add(e);
        }
        ProgressAggregate oc = report.node("OC" + a + "." + o).orElseThrow().progress();
        assertAgrees(oc, outcome, th);
        assertOpenSdg(oc, outcomeOpen);
        area.addAll(outcome);
        areaOpen.addAll(outcomeOpen);
      }
      assertAgrees(report.node("SP" + a).orElseThrow().progress(), area, th);
      assertOpenSdg(report.node("SP" + a).orElseThrow().progress(), areaOpen);
      all.addAll(area);
      allOpen.addAll(areaOpen);
    }
    assertAgrees(report.root().progress(), all, th);
    assertOpenSdg(report.root().progress(), allOpen);
    assertThat(report.indicators()).hasSize(all.size());
  }

  @Test
  void generator_reaches_every_status() {
    java.util.EnumSet<ProgressStatus> seen = java.util.EnumSet.noneOf(ProgressStatus.class);
    SplittableRandom r = new SplittableRandom(Seeds.BASE_SEED);
    for (int n = 0; n < 200; n++) {
      Case c = generate(r, 8);
      for (List<List<Indicator>> area : c.areas) {
        for (List<Indicator> outcome : area) {
          for (Indicator i : outcome) {
            seen.add(naive(i, c.asOf, BigDecimal.ONE, ProgressThresholds.defaults()).status);
          }
        }
      }
    }

    assertThat(seen).containsExactlyInAnyOrder(ProgressStatus.values());
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void percentages_combine_as_sum_of_numerators_over_sum_of_denominators(long seed, int size) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Measurement> periods = new ArrayList<>();
    long num = 0;
    long den = 0;
    for (int i = 0; i < size; i++) {
      long d = r.nextLong(1, 100_000);
      long n = r.nextLong(0, d + 1);
      num += n;
      den += d;
      LocalDate start = LocalDate.of(2023, 1, 1).plusDays(i);
      periods.add(
          Measurement.builder()
              .period(ReportingPeriod.of(start, start))
              .value(
                  Value.numeric(
                      BigDecimal.valueOf(n * 100)
                          .divide(BigDecimal.valueOf(d), 4, java.math.RoundingMode.HALF_EVEN)))
              .numerator(BigDecimal.valueOf(n))
              .denominator(BigDecimal.valueOf(d))
              .build());
    }
    Indicator share = WorkedExamplesTest.percent("P").withMeasurements(periods);

    IndicatorProgress p = WorkedExamplesTest.only(share, LocalDate.of(2024, 6, 30));

    BigDecimal expected =
        BigDecimal.valueOf(num)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(den), MathContext.DECIMAL128);
    if (size == 1) {
      // a single value combines with nothing: it is taken as given
      expected = ((Value.Numeric) periods.get(0).value()).amount();
    }
    assertThat(p.actual().orElseThrow()).isEqualByComparingTo(expected);
  }
}
