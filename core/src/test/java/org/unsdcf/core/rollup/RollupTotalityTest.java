package org.unsdcf.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.unsdcf.core.model.DisaggregationDimension;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.JwpStatus;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.model.YearRange;
import org.unsdcf.core.units.IndicatorUnit;
import org.unsdcf.core.units.UnitKind;

/**
 * The roll-up is total and consistent on messy generated plans: every measure, unit and
 * accumulation, mismatched units, cells with and without counts, duplicate codes, dangling outputs,
 * superseded JWPs and foreign currencies.
 */
class RollupTotalityTest {
  private static final IndicatorUnit[] UNITS = IndicatorUnit.values();
  private static final Direction[] DIRECTIONS = {
    Direction.INCREASE, Direction.DECREASE, Direction.MAINTAIN, null
  };
  private static final String[] AGENCIES = {"IOM", "UNDP", "UNICEF"};
  private static final String[] PARTNERS = {"USAID", "EU", "Core/Regular Resources"};

  static Stream<Arguments> cases() {
    return Seeds.ramp(Seeds.BASE_SEED + 7, 100);
  }

  /** Generates messy plans; counts the statuses and reasons its indicators reached. */
  static final class PlanGen {
    final SplittableRandom r;
    final int size;
    int code;

    PlanGen(SplittableRandom r, int size) {
      this.r = r;
      this.size = size;
    }

    String code(String prefix) {
      // a few repeats on purpose: the first of duplicate codes wins
      return prefix + (r.nextInt(12) == 0 ? 0 : code++);
    }

    Value value(Measure m) {
      return m == Measure.QUALITATIVE
          ? Value.qualitative("Words " + r.nextInt(5))
          : Value.numeric(BigDecimal.valueOf(r.nextLong(-500, 5000), r.nextInt(3)));
    }

    IndicatorUnit otherUnit(IndicatorUnit unit) {
      return r.nextInt(3) == 0 ? UNITS[r.nextInt(UNITS.length)] : unit;
    }

    Indicator indicator() {
      Measure measure = Measure.values()[r.nextInt(Measure.values().length)];
      Indicator.Builder b = Indicator.builder().code(code("I")).title("Indicator").measure(measure);
      IndicatorUnit unit = null;
      if (measure.hasUnit()) {
        unit =
            measure == Measure.PERCENTAGE ? IndicatorUnit.PERCENT : UNITS[r.nextInt(UNITS.length)];
        b.unit(unit).accumulation(Accumulation.values()[r.nextInt(3)]);
      }
      Direction d = DIRECTIONS[r.nextInt(DIRECTIONS.length)];
      if (d != null) {
        b.direction(d);
      }
      if (r.nextInt(6) != 0) {
        Baseline.Builder base = Baseline.builder().year(2021 + r.nextInt(3)).value(value(measure));
        if (unit != null && r.nextInt(4) == 0) {
          base.unit(otherUnit(unit));
        }
        b.baseline(base.build());
      }
      int targets = r.nextInt(3);
      for (int t = 0; t < targets; t++) {
        Target.Builder target =
            Target.builder()
                .year(2022 + r.nextInt(7))
                .kind(r.nextBoolean() ? TargetKind.FINAL : TargetKind.MILESTONE)
                .value(value(measure));
        if (unit != null && r.nextInt(4) == 0) {
          target.unit(otherUnit(unit));
        }
        b.addTarget(target.build());
      }
      DisaggregationDimension sex = DisaggregationDimension.of("sex", r.nextInt(4) != 0, "f", "m");
      b.addDisaggregation(sex);
      int measurements = r.nextInt(6);
      for (int i = 0; i < measurements; i++) {
        LocalDate end = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(5 * 365));
        ReportingPeriod period =
            ReportingPeriod.of(end.minusDays(r.nextInt(400)).withDayOfMonth(1), end);
        int cells = r.nextInt(3) == 0 ? 2 : 1;
        for (int cell = 0; cell < cells; cell++) {
          Measurement.Builder m = Measurement.builder().period(period).value(value(measure));
          if (cells == 2) {
            m.putDisaggregation("sex", cell == 0 ? "f" : "m");
          }
          if (unit != null && r.nextInt(5) == 0) {
            m.unit(otherUnit(unit));
          }
          if (unit != null && unit.kind() == UnitKind.RATIO && r.nextInt(4) != 0) {
            long den = r.nextLong(1, 1000);
            m.numerator(BigDecimal.valueOf(r.nextLong(0, den + 1)))
                .denominator(BigDecimal.valueOf(den));
          }
          if ((measure == Measure.QUALITATIVE || measure == Measure.NOMINAL) && r.nextBoolean()) {
            m.assessedStatus(ProgressStatus.values()[r.nextInt(5)]);
          }
          b.addMeasurement(m.build());
        }
      }
      return b.build();
    }

    List<Indicator> indicators() {
      List<Indicator> list = new ArrayList<>();
      int n = r.nextInt(size + 1);
      for (int i = 0; i < n; i++) {
        list.add(indicator());
      }
      return list;
    }

    FundingLine line() {
      String currency = r.nextInt(10) == 0 ? "EUR" : "USD";
      FundingLine.Builder l =
          FundingLine.builder()
              .year(2023 + r.nextInt(2))
              .agency(AGENCIES[r.nextInt(AGENCIES.length)])
              .required(
                  Money.of(BigDecimal.valueOf(r.nextLong(0, 10_000_000), r.nextInt(5)), "USD"))
              .available(
                  Money.of(BigDecimal.valueOf(r.nextLong(0, 10_000_000), r.nextInt(5)), currency));
      if (r.nextBoolean()) {
        l.expenditure(Money.of(r.nextLong(0, 100_000), "USD"));
      }
      if (r.nextInt(3) != 0) {
        l.contributingPartner(PartnerRef.of(PARTNERS[r.nextInt(PARTNERS.length)]));
      }
      return l.build();
    }

    CooperationFramework plan() {
      List<PriorityArea> areas = new ArrayList<>();
      List<String> outputs = new ArrayList<>();
      for (int a = r.nextInt(3); a > 0; a--) {
        PriorityArea.Builder area = PriorityArea.builder().code(code("SP")).title("Area");
        for (int o = r.nextInt(3); o > 0; o--) {
          Outcome.Builder outcome =
              Outcome.builder().code(code("OC")).title("Outcome").indicators(indicators());
          for (int u = r.nextInt(3); u > 0; u--) {
            String c = code("OP");
            outputs.add(c);
            outcome.addOutput(
                Output.builder().code(c).title("Output").indicators(indicators()).build());
          }
          area.addOutcome(outcome.build());
        }
        areas.add(area.build());
      }
      List<JointWorkPlan> jwps = new ArrayList<>();
      for (int j = r.nextInt(4); j > 0; j--) {
        JointWorkPlan.Builder jwp =
            JointWorkPlan.builder()
                .code(code("J"))
                .title("JWP")
                .period(YearRange.of(2023, 2024))
                .status(JwpStatus.ENDORSED)
                .version(1)
                .endorsement(Endorsement.of(LocalDate.of(2023, 3, 1)));
        if (!jwps.isEmpty() && r.nextInt(3) == 0) {
          jwp.supersedes(jwps.get(r.nextInt(jwps.size())).code());
        }
        for (int e = r.nextInt(size + 1); e > 0; e--) {
          List<String> goals = new ArrayList<>();
          for (int g = r.nextInt(4); g > 0; g--) {
            String t = (1 + r.nextInt(17)) + "." + (1 + r.nextInt(3));
            if (!goals.contains(t)) {
              goals.add(t);
            }
          }
          SubOutput.Builder s =
              SubOutput.builder()
                  .code(code("S"))
                  .title("Sub-output")
                  .outputCode(
                      outputs.isEmpty() || r.nextInt(5) == 0
                          ? "NOWHERE"
                          : outputs.get(r.nextInt(outputs.size())))
                  .leadEntity("IOM")
                  .addAgencies(AGENCIES)
                  .sdgTargets(goals)
                  .status(ImplementationStatus.IMPLEMENTATION)
                  .start(LocalDate.of(2023, 1, 1))
                  .end(LocalDate.of(2024, 12, 31))
                  .indicators(indicators());
          for (int l = r.nextInt(4); l > 0; l--) {
            s.addFunding(line());
          }
          jwp.addEntry(s.build());
        }
        jwps.add(jwp.build());
      }
      return RollupFixtures.plan(areas, jwps);
    }
  }

  static BudgetAggregate sum(List<BudgetGroup> groups) {
    BudgetAggregate total = BudgetAggregate.empty();
    for (BudgetGroup g : groups) {
      total = total.plus(g.budget());
    }
    return total;
  }

  static void assertTreeFolds(RollupNode node) {
    BudgetAggregate budget = BudgetAggregate.empty();
    ProgressAggregate progress = ProgressAggregate.empty();
    for (RollupNode child : node.children()) {
      assertTreeFolds(child);
      budget = budget.plus(child.budget());
      progress = progress.plus(child.progress());
    }
    switch (node.level()) {
      case SUB_OUTPUT:
        assertThat(node.children()).isEmpty();
        break;
      case FRAMEWORK:
      case PRIORITY_AREA:
        assertThat(node.progress()).isEqualTo(progress);
        assertThat(node.budget()).isEqualTo(budget);
        break;
      default:
        assertThat(node.budget()).isEqualTo(budget);
        break;
    }
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void roll_up_is_total_deterministic_and_consistent(long seed, int size) {
    SplittableRandom r = new SplittableRandom(seed);
    CooperationFramework plan = new PlanGen(r, size).plan();
    RollupOptions options =
        RollupOptions.builder()
            .asOf(LocalDate.of(2023, 1, 1).plusDays(r.nextInt(3 * 365)))
            .sdgAttribution(r.nextBoolean() ? SdgAttribution.FULL : SdgAttribution.EQUAL_SPLIT)
            .build();

    RollupReport report = Rollup.compute(plan, options);

    assertThat(Rollup.compute(plan, options)).isEqualTo(report);
    Set<String> codes = new HashSet<>();
    assertThat(report.indicators()).allSatisfy(p -> assertThat(codes.add(p.code())).isTrue());
    assertTreeFolds(report.root());
    BudgetAggregate all = report.root().budget().plus(report.budget().unlinked());
    assertThat(sum(report.budget().byYear())).isEqualTo(all);
    assertThat(sum(report.budget().byAgency())).isEqualTo(all);
    assertThat(sum(report.budget().byContributingPartner())).isEqualTo(all);
    if (options.sdgAttribution() == SdgAttribution.EQUAL_SPLIT) {
      BudgetAggregate goals = sum(report.budget().bySdgGoal());
      assertThat(goals.required()).isEqualByComparingTo(all.required());
      assertThat(goals.available()).isEqualByComparingTo(all.available());
      assertThat(goals.expenditure()).isEqualByComparingTo(all.expenditure());
    }
  }

  @Test
  void generator_reaches_every_status_and_reason() {
    EnumSet<ProgressStatus> statuses = EnumSet.noneOf(ProgressStatus.class);
    EnumSet<ProgressReason> reasons = EnumSet.noneOf(ProgressReason.class);
    SplittableRandom r = new SplittableRandom(Seeds.BASE_SEED);
    for (int n = 0; n < 60; n++) {
      RollupReport report =
          Rollup.compute(new PlanGen(r, 6).plan(), RollupFixtures.asOf(LocalDate.of(2025, 6, 30)));
      for (IndicatorProgress p : report.indicators()) {
        statuses.add(p.status());
        p.reason().ifPresent(reasons::add);
      }
    }

    assertThat(statuses).containsExactlyInAnyOrder(ProgressStatus.values());
    assertThat(reasons).containsExactlyInAnyOrder(ProgressReason.values());
  }
}
