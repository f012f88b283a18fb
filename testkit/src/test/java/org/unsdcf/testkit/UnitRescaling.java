package org.unsdcf.testkit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * Re-expresses the numeric values of a plan's indicators in another unit of the same kind, with
 * that unit as the value's own: 1500 m becomes 1.5 km, 62 % becomes 620 ‰. Only units a power of
 * ten apart are used (so the value moves its decimal point and nothing is rounded), the first of
 * the catalogue whose value still fits a Decimal (|x| below 10^15, precision 34, scale 20); a value
 * that fits none, a qualitative value and a value of a unitless indicator stay as they are. The
 * plan means the same, so its roll-up must give the same progress.
 */
final class UnitRescaling {
  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

  private int rescaled;

  /** Gets how many values were re-expressed so far. */
  int rescaled() {
    return rescaled;
  }

  CooperationFramework rescale(CooperationFramework plan) {
    List<PriorityArea> areas = new ArrayList<>();
    for (PriorityArea area : plan.priorityAreas()) {
      List<Outcome> outcomes = new ArrayList<>();
      for (Outcome outcome : area.outcomes()) {
        List<Output> outputs = new ArrayList<>();
        for (Output output : outcome.outputs()) {
          outputs.add(output.withIndicators(indicators(output.indicators())));
        }
        outcomes.add(outcome.withIndicators(indicators(outcome.indicators())).withOutputs(outputs));
      }
      areas.add(area.withOutcomes(outcomes));
    }
    List<JointWorkPlan> jwps = new ArrayList<>();
    for (JointWorkPlan jwp : plan.jointWorkPlans()) {
      List<org.unsdcf.core.model.SubOutput> entries = new ArrayList<>();
      jwp.entries().forEach(s -> entries.add(s.withIndicators(indicators(s.indicators()))));
      jwps.add(jwp.withEntries(entries));
    }
    return plan.withPriorityAreas(areas).withJointWorkPlans(jwps);
  }

  private List<Indicator> indicators(List<Indicator> indicators) {
    List<Indicator> out = new ArrayList<>(indicators.size());
    indicators.forEach(i -> out.add(indicator(i)));
    return out;
  }

  Indicator indicator(Indicator indicator) {
    if (indicator.unit().isEmpty()) {
      return indicator;
    }
    IndicatorUnit unit = indicator.unit().get();
    Optional<Baseline> baseline =
        indicator
            .baseline()
            .map(
                b ->
                    other(b.value(), b.unit().orElse(unit))
                        .map(r -> b.withValue(r.value).withUnit(r.unit))
                        .orElse(b));
    List<Target> targets = new ArrayList<>();
    for (Target t : indicator.targets()) {
      targets.add(
          other(t.value(), t.unit().orElse(unit))
              .map(r -> t.withValue(r.value).withUnit(r.unit))
              .orElse(t));
    }
    List<Measurement> measurements = new ArrayList<>();
    for (Measurement m : indicator.measurements()) {
      measurements.add(
          other(m.value(), m.unit().orElse(unit))
              .map(r -> m.withValue(r.value).withUnit(r.unit))
              .orElse(m));
    }
    return indicator.withBaseline(baseline).withTargets(targets).withMeasurements(measurements);
  }

  /** A value with its unit. */
  private static final class Rescaled {
    final Value value;
    final IndicatorUnit unit;

    Rescaled(Value value, IndicatorUnit unit) {
      this.value = value;
      this.unit = unit;
    }
  }

  private Optional<Rescaled> other(Value value, IndicatorUnit from) {
    if (!(value instanceof Value.Numeric)) {
      return Optional.empty();
    }
    BigDecimal amount = ((Value.Numeric) value).amount();
    for (IndicatorUnit to : IndicatorUnit.values()) {
      if (to == from || to.kind() != from.kind()) {
        continue;
      }
      BigDecimal factor = from.factorTo(to);
      if (!factor.stripTrailingZeros().unscaledValue().equals(BigInteger.ONE)) {
        continue;
      }
      BigDecimal x = amount.multiply(factor);
      if (fits(x)) {
        rescaled++;
        return Optional.of(new Rescaled(Value.numeric(x), to));
      }
    }
    return Optional.empty();
  }

  private static boolean fits(BigDecimal x) {
    if (x.signum() == 0) {
      return true;
    }
    BigDecimal normal = x.stripTrailingZeros();
    int scale = Math.max(0, normal.scale());
    int precision = normal.scale() < 0 ? normal.precision() - normal.scale() : normal.precision();
    return x.abs().compareTo(LIMIT) < 0 && precision <= 34 && scale <= 20;
  }
}
