package org.unsdcf.core.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * Plans for the roll-up tests, built by hand (core tests cannot use testkit): small plans around a
 * few indicators or funding lines. The roll-up of the §4.2 worked example is tested in testkit, on
 * its {@code SamplePlans.kyrgyzstan()}.
 */
final class RollupFixtures {
  static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  static final ReportingPeriod AUG_NOV_2023 =
      ReportingPeriod.of(LocalDate.of(2023, 8, 1), LocalDate.of(2023, 11, 30));

  private RollupFixtures() {}

  static FundingLine line(
      int year, String agency, String partner, long required, long available, long spent) {
    FundingLine.Builder b =
        FundingLine.builder()
            .year(year)
            .agency(agency)
            .required(Money.of(required, "USD"))
            .available(Money.of(available, "USD"))
            .expenditure(Money.of(spent, "USD"));
    if (partner != null) {
      b.contributingPartner(PartnerRef.of(partner));
    }
    return b.build();
  }

  /** A UNIT count indicator skeleton: code, direction, accumulation. */
  static Indicator.Builder count(String code, Direction direction, Accumulation accumulation) {
    Indicator.Builder b =
        Indicator.builder()
            .code(code)
            .title("Count for " + code)
            .measure(Measure.UNIT)
            .unit(IndicatorUnit.COUNT)
            .accumulation(accumulation);
    if (direction != null) {
      b.direction(direction);
    }
    return b;
  }

  /** An indicator with baseline b in baseline year, FINAL target t in target year. */
  static Indicator.Builder level(
      String code, Direction direction, int baseYear, long b, int targetYear, long t) {
    return count(code, direction, Accumulation.LEVEL)
        .baseline(Baseline.of(baseYear, Value.numeric(b)))
        .addTarget(Target.of(targetYear, TargetKind.FINAL, Value.numeric(t)));
  }

  /** A headline measurement for a whole year, ending 31 December. */
  static Measurement year(int year, String value) {
    return Measurement.of(ReportingPeriod.ofYear(year), Value.numeric(value));
  }

  /** A headline measurement ending on a day, starting on 1 January of its year. */
  static Measurement until(LocalDate end, String value) {
    return Measurement.of(
        ReportingPeriod.of(LocalDate.of(end.getYear(), 1, 1), end), Value.numeric(value));
  }

  /** A plan with one area, one outcome holding the given indicators. */
  static CooperationFramework planWithOutcome(List<Indicator> indicators) {
    return plan(
        List.of(
            PriorityArea.builder()
                .code("SP1")
                .title("Area")
                .addOutcome(outcome("OC1", indicators))
                .build()),
        List.of());
  }

  static Outcome outcome(String code, List<Indicator> indicators) {
    return Outcome.builder().code(code).title("Outcome " + code).indicators(indicators).build();
  }

  static CooperationFramework plan(List<PriorityArea> areas, List<JointWorkPlan> jwps) {
    return CooperationFramework.builder()
        .code("TST-2023-2027")
        .title("Test framework")
        .addCountry("KGZ")
        .period(org.unsdcf.core.model.YearRange.of(2023, 2027))
        .currency("USD")
        .priorityAreas(areas)
        .jointWorkPlans(jwps)
        .build();
  }

  static RollupOptions asOf(LocalDate date) {
    return RollupOptions.builder().asOf(date).build();
  }

  static RollupReport rollUp(CooperationFramework plan, LocalDate asOf) {
    return Rollup.compute(plan, asOf(asOf));
  }

  static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }
}
