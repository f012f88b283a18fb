package org.unsdcf.core.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * IND-007: a measurement's value differs by more than 0.05 from numerator ÷ denominator × k, k the
 * scale of the value's ratio unit (its own, else the indicator's: 100 for {@code %}).
 */
final class RatioMismatch extends BaseRule {
  static final BigDecimal TOLERANCE = new BigDecimal("0.05");

  RatioMismatch() {
    super(
        RuleInfo.of(
            "IND-007",
            Severity.WARNING,
            "|value - numerator / denominator * k| > 0.05",
            "expected"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      List<Measurement> ms = site.indicator().measurements();
      for (int m = 0; m < ms.size(); m++) {
        Measurement x = ms.get(m);
        IndicatorUnit unit = x.unit().or(() -> site.indicator().unit()).orElse(null);
        if (unit == null
            || unit.ratioScale().isEmpty()
            || x.numerator().isEmpty()
            || x.denominator().isEmpty()
            || !(x.value() instanceof Value.Numeric)) {
          continue;
        }
        BigDecimal value = ((Value.Numeric) x.value()).amount();
        BigDecimal scaled = x.numerator().get().multiply(unit.ratioScale().get());
        BigDecimal denominator = x.denominator().get();
        // |value - n·s/d| > tolerance, multiplied out by d > 0: exact, and no division per value.
        if (value
                .multiply(denominator)
                .subtract(scaled)
                .abs()
                .compareTo(TOLERANCE.multiply(denominator))
            > 0) {
          BigDecimal expected = scaled.divide(denominator, MathContext.DECIMAL128);
          String shown = Values.plain(expected.setScale(4, RoundingMode.HALF_EVEN));
          reporter.report(
              site.path() + "/measurements/" + m + "/value",
              site.indicator().code(),
              "value "
                  + Values.plain(value)
                  + " of indicator '"
                  + site.indicator().code()
                  + "' does not match "
                  + Values.plain(x.numerator().get())
                  + " / "
                  + Values.plain(x.denominator().get())
                  + " makes "
                  + shown
                  + " "
                  + unit.symbol(),
              Map.of("expected", shown));
        }
      }
    }
  }
}
