package org.unsdcf.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.rollup.DerivedHeadlineTest.cell;
import static org.unsdcf.core.rollup.RollupFixtures.count;
import static org.unsdcf.core.rollup.RollupFixtures.dec;
import static org.unsdcf.core.rollup.RollupFixtures.level;
import static org.unsdcf.core.rollup.RollupFixtures.year;
import static org.unsdcf.core.rollup.WorkedExamplesTest.only;
import static org.unsdcf.core.rollup.WorkedExamplesTest.ratio;

import java.time.LocalDate;
import java.util.Optional;
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
import org.unsdcf.core.model.ResultLevel;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * design.md §11: which of baseline, target and actual the roll-up computed (converted, or combined
 * from ratios), so that writers round those and write given values and sums of them exactly.
 */
class ComputedValuesTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final ReportingPeriod Y2023 = ReportingPeriod.ofYear(2023);
  private static final ReportingPeriod Y2024 = ReportingPeriod.ofYear(2024);

  private static Indicator.Builder hours() {
    return Indicator.builder()
        .code("I")
        .title("Hours of training")
        .measure(Measure.UNIT)
        .unit(IndicatorUnit.HOUR)
        .accumulation(Accumulation.LEVEL);
  }

  private static Measurement inUnit(ReportingPeriod period, String value, IndicatorUnit unit) {
    return Measurement.builder().period(period).value(Value.numeric(value)).unit(unit).build();
  }

  @Test
  void should_compute_nothing_when_every_value_is_given_in_the_indicators_unit() {
    Indicator i =
        level("I", Direction.INCREASE, 2022, 0, 2027, 3)
            .baseline(Baseline.of(2022, Value.numeric("0.00001")))
            .addMeasurement(year(2024, "500.12345"))
            .build();

    IndicatorProgress p = only(i, AS_OF);

    assertThat(p.baseline()).contains(dec("0.00001"));
    assertThat(p.actual()).contains(dec("500.12345"));
    assertThat(p.computed()).isEmpty();
    assertThat(p.reported(ComputedValue.BASELINE)).contains(dec("0.00001"));
    assertThat(p.reported(ComputedValue.ACTUAL)).contains(dec("500.12345"));
  }

  @Test
  void should_report_a_converted_value_at_scale_4_and_a_given_one_exactly() {
    Indicator i =
        hours()
            .unit(IndicatorUnit.DAY)
            .baseline(Baseline.of(2022, Value.numeric("0.00001")))
            .addTarget(Target.of(2027, TargetKind.FINAL, Value.numeric(100)))
            .addMeasurement(inUnit(Y2024, "5", IndicatorUnit.HOUR))
            .build();

    IndicatorProgress p = only(i, AS_OF);

    assertThat(p.computed()).containsExactly(ComputedValue.ACTUAL);
    assertThat(p.actual().orElseThrow()).isGreaterThan(dec("0.2083"));
    assertThat(p.reported(ComputedValue.ACTUAL)).contains(dec("0.2083"));
    assertThat(p.reported(ComputedValue.BASELINE)).contains(dec("0.00001"));
    assertThat(p.reported(ComputedValue.TARGET)).contains(dec("100"));
  }

  @Test
  void should_name_each_value_converted_from_another_unit() {
    Indicator i =
        hours()
            .baseline(
                Baseline.builder()
                    .year(2022)
                    .value(Value.numeric(1))
                    .unit(IndicatorUnit.DAY)
                    .build())
            .addTarget(
                Target.builder()
                    .year(2027)
                    .kind(TargetKind.FINAL)
                    .value(Value.numeric(5))
                    .unit(IndicatorUnit.DAY)
                    .build())
            .addMeasurement(inUnit(Y2024, "3", IndicatorUnit.DAY))
            .build();

    IndicatorProgress p = only(i, AS_OF);

    assertThat(p.baseline()).contains(dec("24"));
    assertThat(p.target()).contains(dec("120"));
    assertThat(p.actual()).contains(dec("72"));
    assertThat(p.computed())
        .containsExactly(ComputedValue.BASELINE, ComputedValue.TARGET, ComputedValue.ACTUAL);
  }

  @Test
  void should_name_only_the_converted_value_and_keep_the_others_given() {
    Indicator i =
        hours()
            .baseline(Baseline.of(2022, Value.numeric(0)))
            .addTarget(Target.of(2027, TargetKind.FINAL, Value.numeric(100)))
            .addMeasurement(inUnit(Y2024, "1", IndicatorUnit.YEAR))
            .build();

    IndicatorProgress p = only(i, AS_OF);

    assertThat(p.computed()).containsExactly(ComputedValue.ACTUAL);
  }

  @Test
  void should_take_a_value_whose_unit_is_the_indicators_own_as_given() {
    Indicator i =
        hours()
            .baseline(
                Baseline.builder()
                    .year(2022)
                    .value(Value.numeric(2))
                    .unit(IndicatorUnit.HOUR)
                    .build())
            .addTarget(Target.of(2027, TargetKind.FINAL, Value.numeric(100)))
            .addMeasurement(inUnit(Y2024, "7.123456", IndicatorUnit.HOUR))
            .build();

    assertThat(only(i, AS_OF).computed()).isEmpty();
  }

  @Test
  void should_take_a_single_ratio_as_given_and_a_combined_one_as_computed() {
    Indicator single =
        WorkedExamplesTest.percent("PCT").withMeasurements(ratio(Y2024, "33.33333", 1, 3));
    Indicator combined = single.withMeasurements(ratio(Y2023, "50", 1, 2), ratio(Y2024, "0", 0, 1));

    IndicatorProgress given = only(single, AS_OF);
    IndicatorProgress computed = only(combined, AS_OF);

    assertThat(given.actual()).contains(dec("33.33333"));
    assertThat(given.computed()).isEmpty();
    assertThat(computed.actual()).contains(dec("33.33333333333333333333333333333333"));
    assertThat(computed.computed()).containsExactly(ComputedValue.ACTUAL);
  }

  @Test
  void should_sum_given_per_period_values_exactly_and_mark_a_sum_with_a_converted_period() {
    Indicator.Builder perPeriod =
        count("I", Direction.INCREASE, Accumulation.PER_PERIOD)
            .baseline(Baseline.of(2022, Value.numeric(0)))
            .addTarget(Target.of(2027, TargetKind.FINAL, Value.numeric(10)));
    Indicator given =
        perPeriod
            .addMeasurement(year(2023, "1.00001"))
            .addMeasurement(year(2024, "2.00002"))
            .build();

    IndicatorProgress sum = only(given, AS_OF);

    assertThat(sum.actual()).contains(dec("3.00003"));
    assertThat(sum.computed()).isEmpty();

    Indicator hoursPerPeriod =
        hours()
            .accumulation(Accumulation.PER_PERIOD)
            .addMeasurement(inUnit(Y2023, "1", IndicatorUnit.HOUR))
            .addMeasurement(inUnit(Y2024, "1", IndicatorUnit.DAY))
            .build();

    IndicatorProgress converted = only(hoursPerPeriod, AS_OF);

    assertThat(converted.actual()).contains(dec("25"));
    assertThat(converted.computed()).containsExactly(ComputedValue.ACTUAL);
  }

  @Test
  void should_mark_a_headline_derived_from_ratios_but_not_one_summed_from_given_counts() {
    DisaggregationDimension sex = DisaggregationDimension.of("sex", true, "female", "male");
    Indicator counted =
        level("I", Direction.INCREASE, 2022, 0, 2027, 1000)
            .addDisaggregation(sex)
            .addMeasurement(cell(Y2024, "310.5", "sex", "female"))
            .addMeasurement(cell(Y2024, "190.25", "sex", "male"))
            .build();
    Indicator shared =
        WorkedExamplesTest.percent("PCT")
            .withDisaggregations(sex)
            .withMeasurements(
                ratio(Y2024, "50", 1, 2).withDisaggregation(java.util.Map.of("sex", "female")),
                ratio(Y2024, "0", 0, 1).withDisaggregation(java.util.Map.of("sex", "male")));

    assertThat(only(counted, AS_OF).actual()).contains(dec("500.75"));
    assertThat(only(counted, AS_OF).computed()).isEmpty();
    assertThat(only(shared, AS_OF).computed()).containsExactly(ComputedValue.ACTUAL);
  }

  @Test
  void should_reject_naming_a_value_that_is_absent() {
    IndicatorProgress.Builder b =
        IndicatorProgress.builder()
            .code("I")
            .level(ResultLevel.OUTCOME)
            .owner("OC1")
            .status(ProgressStatus.NO_DATA)
            .reason(ProgressReason.NO_ACTUAL)
            .weight(dec("1"))
            .baseline(Optional.of(dec("24")))
            .addComputed(ComputedValue.BASELINE, ComputedValue.ACTUAL);

    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("computed")
        .hasMessageContaining("ACTUAL")
        .hasMessageContaining("names an absent actual");
  }
}
