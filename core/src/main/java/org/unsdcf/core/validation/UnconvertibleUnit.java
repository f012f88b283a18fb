package org.unsdcf.core.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * IND-006: a baseline, target or measurement carries its own unit of another kind than the
 * indicator's unit, so it cannot be converted (e.g. {@code kg} on a {@code km} indicator).
 */
final class UnconvertibleUnit extends BaseRule {
  UnconvertibleUnit() {
    super(
        RuleInfo.of(
            "IND-006",
            Severity.ERROR,
            "a value's unit not convertible to the indicator's (other UnitKind)",
            "expected",
            "unit"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      Indicator ind = site.indicator();
      if (ind.baseline().isPresent()) {
        check(site, "/baseline", ind.baseline().get().unit(), reporter);
      }
      List<Target> targets = ind.targets();
      for (int t = 0; t < targets.size(); t++) {
        check(site, "/targets/" + t, targets.get(t).unit(), reporter);
      }
      List<Measurement> ms = ind.measurements();
      for (int m = 0; m < ms.size(); m++) {
        check(site, "/measurements/" + m, ms.get(m).unit(), reporter);
      }
    }
  }

  private static void check(
      RuleContext.IndicatorSite site,
      String where,
      Optional<IndicatorUnit> unit,
      FindingSink reporter) {
    Indicator ind = site.indicator();
    if (unit.isPresent() && ind.unit().isPresent() && !Values.convertible(ind, unit)) {
      IndicatorUnit expected = ind.unit().get();
      reporter.report(
          site.path() + where + "/unit",
          ind.code(),
          "unit '"
              + unit.get().symbol()
              + "' ("
              + unit.get().kind()
              + ") cannot be converted to unit '"
              + expected.symbol()
              + "' ("
              + expected.kind()
              + ") of indicator '"
              + ind.code()
              + "'",
          Map.of("unit", unit.get().symbol(), "expected", expected.symbol()));
    }
  }
}
