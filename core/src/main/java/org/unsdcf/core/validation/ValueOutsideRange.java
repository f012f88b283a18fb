package org.unsdcf.core.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.NumericRange;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * IND-005: a baseline, target or measurement value (in the indicator's unit) is outside the
 * indicator's natural range, [0, 100] for a PERCENTAGE indicator without one. Values in a unit that
 * cannot be converted are IND-006's.
 */
final class ValueOutsideRange extends BaseRule {
  ValueOutsideRange() {
    super(
        RuleInfo.of(
            "IND-005",
            Severity.WARNING,
            "value outside naturalRange (PERCENTAGE default [0, 100])",
            "value"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      Indicator ind = site.indicator();
      Optional<NumericRange> range = ind.effectiveRange();
      if (range.isEmpty()) {
        continue;
      }
      if (ind.baseline().isPresent()) {
        check(
            site,
            "/baseline",
            ind.baseline().get().value(),
            ind.baseline().get().unit(),
            range.get(),
            reporter);
      }
      List<Target> targets = ind.targets();
      for (int t = 0; t < targets.size(); t++) {
        check(
            site,
            "/targets/" + t,
            targets.get(t).value(),
            targets.get(t).unit(),
            range.get(),
            reporter);
      }
      List<Measurement> ms = ind.measurements();
      for (int m = 0; m < ms.size(); m++) {
        check(
            site, "/measurements/" + m, ms.get(m).value(), ms.get(m).unit(), range.get(), reporter);
      }
    }
  }

  private static void check(
      RuleContext.IndicatorSite site,
      String where,
      Value value,
      Optional<IndicatorUnit> unit,
      NumericRange range,
      FindingSink reporter) {
    BigDecimal amount = Values.amount(site.indicator(), value, unit);
    if (amount != null && !range.contains(amount)) {
      reporter.report(
          site.path() + where + "/value",
          site.indicator().code(),
          "value "
              + Values.plain(amount)
              + " of indicator '"
              + site.indicator().code()
              + "' is outside its natural range "
              + describe(range),
          Map.of("value", Values.plain(amount)));
    }
  }

  private static String describe(NumericRange range) {
    if (range.min().isEmpty()) {
      return "(at most " + Values.plain(range.max().get()) + ")";
    }
    if (range.max().isEmpty()) {
      return "(at least " + Values.plain(range.min().get()) + ")";
    }
    return "[" + Values.plain(range.min().get()) + ", " + Values.plain(range.max().get()) + "]";
  }
}
