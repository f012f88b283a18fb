package org.unsdcf.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unsdcf.core.rollup.RollupFixtures.dec;
import static org.unsdcf.core.rollup.RollupFixtures.level;
import static org.unsdcf.core.rollup.WorkedExamplesTest.assertScale4;
import static org.unsdcf.core.rollup.WorkedExamplesTest.only;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.DisaggregationDimension;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;

/** design.md §7.2: headlines derived from an exhaustive dimension, and what is never derived. */
class DerivedHeadlineTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final ReportingPeriod Y2024 = ReportingPeriod.ofYear(2024);
  private static final DisaggregationDimension SEX =
      DisaggregationDimension.of("sex", true, "female", "male");
  private static final DisaggregationDimension AGE =
      DisaggregationDimension.of("age", true, "young", "old");
  private static final DisaggregationDimension REGION =
      DisaggregationDimension.of("region", false, "north", "south");

  static Measurement cell(ReportingPeriod period, String value, String... keyValues) {
    Measurement.Builder b = Measurement.builder().period(period).value(Value.numeric(value));
    for (int i = 0; i < keyValues.length; i += 2) {
      b.putDisaggregation(keyValues[i], keyValues[i + 1]);
    }
    return b.build();
  }

  private static Indicator.Builder people() {
    return level("I", Direction.INCREASE, 2022, 0, 2027, 1000).addDisaggregations(REGION, AGE, SEX);
  }

  @Test
  void should_sum_the_categories_of_a_complete_exhaustive_dimension() {
    Indicator i =
        people()
            .addMeasurement(cell(Y2024, "310", "sex", "female"))
            .addMeasurement(cell(Y2024, "190", "sex", "male"))
            .build();

    IndicatorProgress p = only(i, AS_OF);

    assertThat(p.actual()).contains(dec("500"));
    assertThat(p.actualDate()).contains(LocalDate.of(2024, 12, 31));
  }

  @Test
  void should_prefer_a_given_headline_to_a_derived_one() {
    Indicator i =
        people()
            .addMeasurement(cell(Y2024, "310", "sex", "female"))
            .addMeasurement(cell(Y2024, "190", "sex", "male"))
            .addMeasurement(cell(Y2024, "505"))
            .build();

    assertThat(only(i, AS_OF).actual()).contains(dec("505"));
  }

  @Test
  void should_use_the_first_complete_exhaustive_dimension_in_declared_order() {
    Indicator i =
        people()
            .addMeasurement(cell(Y2024, "310", "sex", "female"))
            .addMeasurement(cell(Y2024, "190", "sex", "male"))
            .addMeasurement(cell(Y2024, "300", "age", "young"))
            .addMeasurement(cell(Y2024, "201", "age", "old"))
            .build();

    assertThat(only(i, AS_OF).actual()).contains(dec("501"));
  }

  @Test
  void should_ignore_periods_with_only_non_derivable_cells() {
    Indicator nonExhaustive =
        people()
            .addMeasurement(cell(Y2024, "310", "region", "north"))
            .addMeasurement(cell(Y2024, "190", "region", "south"))
            .build();
    Indicator incomplete = people().addMeasurement(cell(Y2024, "310", "sex", "female")).build();
    Indicator multiKey =
        people()
            .addMeasurement(cell(Y2024, "310", "sex", "female", "age", "young"))
            .addMeasurement(cell(Y2024, "190", "sex", "male", "age", "young"))
            .build();
    Indicator earlierHeadline =
        incomplete.withMeasurements(
            cell(ReportingPeriod.ofYear(2023), "100"), cell(Y2024, "310", "sex", "female"));

    assertThat(only(nonExhaustive, AS_OF).reason()).contains(ProgressReason.NO_ACTUAL);
    assertThat(only(incomplete, AS_OF).reason()).contains(ProgressReason.NO_ACTUAL);
    assertThat(only(multiKey, AS_OF).reason()).contains(ProgressReason.NO_ACTUAL);
    assertThat(only(earlierHeadline, AS_OF).actual()).contains(dec("100"));
  }

  @Test
  void should_convert_cells_before_summing_them() {
    Indicator i =
        Indicator.builder()
            .code("I")
            .title("Roads")
            .measure(Measure.UNIT)
            .unit(IndicatorUnit.KILOMETRE)
            .accumulation(Accumulation.LEVEL)
            .baseline(Baseline.of(2022, Value.numeric(0)))
            .addTarget(Target.of(2027, TargetKind.FINAL, Value.numeric(10)))
            .addDisaggregation(DisaggregationDimension.of("region", true, "north", "south"))
            .addMeasurement(
                Measurement.builder()
                    .from(cell(Y2024, "1500", "region", "north"))
                    .unit(IndicatorUnit.METRE)
                    .build())
            .addMeasurement(cell(Y2024, "2", "region", "south"))
            .build();

    assertThat(only(i, AS_OF).actual()).contains(dec("3.5"));
  }

  @Test
  void should_derive_a_ratio_from_numerators_and_denominators_only() {
    Indicator.Builder share =
        Indicator.builder()
            .code("I")
            .title("Share")
            .measure(Measure.PERCENTAGE)
            .unit(IndicatorUnit.PERCENT)
            .accumulation(Accumulation.LEVEL)
            .baseline(Baseline.of(2022, Value.numeric(0)))
            .addTarget(Target.of(2027, TargetKind.FINAL, Value.numeric(60)))
            .addDisaggregation(SEX);
    Indicator counted =
        share
            .addMeasurement(ratio("62", 310, 500, "sex", "female"))
            .addMeasurement(ratio("40", 40, 100, "sex", "male"))
            .build();
    Indicator uncounted =
        counted.withMeasurements(
            cell(Y2024, "62", "sex", "female"), cell(Y2024, "40", "sex", "male"));

    assertScale4(only(counted, AS_OF).actual(), "58.3333");
    assertThat(only(uncounted, AS_OF).reason()).contains(ProgressReason.NO_ACTUAL);
  }

  private static Measurement ratio(String value, long num, long den, String key, String category) {
    return Measurement.builder()
        .from(cell(Y2024, value, key, category))
        .numerator(BigDecimal.valueOf(num))
        .denominator(BigDecimal.valueOf(den))
        .build();
  }

  @Test
  void should_never_derive_scores_or_ordinals() {
    Indicator score =
        Indicator.builder()
            .code("S")
            .title("Score")
            .measure(Measure.UNIT)
            .unit(IndicatorUnit.SCORE)
            .accumulation(Accumulation.LEVEL)
            .baseline(Baseline.of(2022, Value.numeric(0)))
            .addTarget(Target.of(2027, TargetKind.FINAL, Value.numeric(10)))
            .addDisaggregation(SEX)
            .addMeasurement(cell(Y2024, "3", "sex", "female"))
            .addMeasurement(cell(Y2024, "4", "sex", "male"))
            .build();
    Indicator ordinal =
        Indicator.builder()
            .code("O")
            .title("Rank")
            .measure(Measure.ORDINAL)
            .baseline(Baseline.of(2022, Value.numeric(1)))
            .addTarget(Target.of(2027, TargetKind.FINAL, Value.numeric(5)))
            .addDisaggregation(SEX)
            .addMeasurement(cell(Y2024, "3", "sex", "female"))
            .addMeasurement(cell(Y2024, "4", "sex", "male"))
            .build();

    assertThat(only(score, AS_OF).reason()).contains(ProgressReason.NO_ACTUAL);
    assertThat(only(ordinal, AS_OF).reason()).contains(ProgressReason.NO_ACTUAL);
    assertThat(only(ordinal.withMeasurements(cell(Y2024, "3")), AS_OF).achievement())
        .contains(dec("0.5"));
  }

  @Test
  void should_sum_derived_headlines_per_period() {
    Indicator i =
        people()
            .accumulation(Accumulation.PER_PERIOD)
            .addMeasurement(cell(ReportingPeriod.ofYear(2023), "100"))
            .addMeasurement(cell(Y2024, "310", "sex", "female"))
            .addMeasurement(cell(Y2024, "190", "sex", "male"))
            .build();

    IndicatorProgress p = only(i, AS_OF);

    assertThat(p.actual()).contains(dec("600"));
    assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(p.actualDate()).contains(LocalDate.of(2024, 12, 31));
  }
}
