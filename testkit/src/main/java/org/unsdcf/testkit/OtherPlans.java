package org.unsdcf.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.JwpStatus;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.model.YearRange;
import org.unsdcf.core.units.IndicatorUnit;

/** The small sample plans: minimal, and one indicator per constant. */
final class OtherPlans {
  private static final ReportingPeriod YEAR_2023 = ReportingPeriod.ofYear(2023);

  private OtherPlans() {}

  static CooperationFramework minimal() {
    return CooperationFramework.builder()
        .code("MIN-2023-2027")
        .title("Minimal Cooperation Framework")
        .addCountry("KGZ")
        .period(YearRange.of(2023, 2027))
        .currency("USD")
        .addPriorityArea(
            PriorityArea.builder()
                .code("SP1")
                .title("Priority area")
                .addOutcome(
                    Outcome.builder()
                        .code("OC1")
                        .title("Outcome")
                        .addIndicator(indicator("OC1-I1", Measure.NOMINAL).build())
                        .addOutput(
                            Output.builder()
                                .code("OP1")
                                .title("Output")
                                .addIndicator(indicator("OP1-I1", Measure.NOMINAL).build())
                                .build())
                        .build())
                .build())
        .addResultsGroup(
            ResultsGroup.builder().code("RG1").title("Results group").addScope("SP1").build())
        .addJointWorkPlan(
            JointWorkPlan.builder()
                .code("JWP1")
                .title("Joint work plan")
                .period(YearRange.of(2023, 2024))
                .status(JwpStatus.DRAFT)
                .version(1)
                .addEntry(
                    SubOutput.builder()
                        .code("SO1")
                        .title("Sub-output")
                        .outputCode("OP1")
                        .leadEntity("UNDP")
                        .addAgency("UNDP")
                        .status(ImplementationStatus.PIPELINE)
                        .start(LocalDate.of(2023, 1, 1))
                        .end(LocalDate.of(2024, 12, 31))
                        .build())
                .build())
        .build();
  }

  static CooperationFramework everyMeasure() {
    return withIndicators(
        "MEASURES",
        List.of(Measure.values()),
        m -> {
          Indicator.Builder b = indicator("I-" + m, m);
          if (m.hasUnit()) {
            b.unit(m == Measure.PERCENTAGE ? IndicatorUnit.PERCENT : IndicatorUnit.COUNT)
                .accumulation(Accumulation.LEVEL);
          }
          Value base = m == Measure.QUALITATIVE ? Value.qualitative("Draft law") : Value.numeric(1);
          Value goal =
              m == Measure.QUALITATIVE ? Value.qualitative("Law adopted") : Value.numeric(3);
          return b.baseline(Baseline.of(2022, base))
              .addTarget(Target.of(2027, TargetKind.FINAL, goal))
              .addMeasurement(Measurement.of(YEAR_2023, base))
              .build();
        });
  }

  static CooperationFramework everyUnit() {
    return withIndicators(
        "UNITS",
        List.of(IndicatorUnit.values()),
        u ->
            indicator("I-" + u, u == IndicatorUnit.PERCENT ? Measure.PERCENTAGE : Measure.UNIT)
                .unit(u)
                .accumulation(Accumulation.LEVEL)
                .baseline(Baseline.of(2022, Value.numeric(10)))
                .addTarget(Target.of(2027, TargetKind.FINAL, Value.numeric(20)))
                .build());
  }

  static CooperationFramework everyDirectionAndAccumulation() {
    List<Indicator> indicators = new ArrayList<>();
    for (Direction d : Direction.values()) {
      for (Accumulation a : Accumulation.values()) {
        indicators.add(
            indicator("I-" + d + "-" + a, Measure.UNIT)
                .unit(IndicatorUnit.COUNT)
                .direction(d)
                .accumulation(a)
                .baseline(Baseline.of(2022, Value.numeric(50)))
                .addTarget(
                    Target.of(
                        2027,
                        TargetKind.FINAL,
                        Value.numeric(
                            d == Direction.DECREASE ? 25 : d == Direction.MAINTAIN ? 50 : 100)))
                .addMeasurement(Measurement.of(YEAR_2023, Value.numeric(60)))
                .build());
      }
    }
    return withIndicators("DIRECTIONS", indicators, i -> i);
  }

  private static Indicator.Builder indicator(String code, Measure measure) {
    return Indicator.builder().code(code).title("Indicator " + code).measure(measure);
  }

  private static <T> CooperationFramework withIndicators(
      String name, List<T> constants, Function<T, Indicator> indicator) {
    Outcome.Builder outcome =
        Outcome.builder().code("OC1").title("Every " + name.toLowerCase(Locale.ROOT));
    constants.forEach(c -> outcome.addIndicator(indicator.apply(c)));
    return CooperationFramework.builder()
        .code(name + "-2023-2027")
        .title("Sample plan: every " + name.toLowerCase(Locale.ROOT))
        .addCountry("KGZ")
        .period(YearRange.of(2023, 2027))
        .currency("USD")
        .addPriorityArea(
            PriorityArea.builder()
                .code("SP1")
                .title("Priority area")
                .addOutcome(outcome.build())
                .build())
        .build();
  }
}
