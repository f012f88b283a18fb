package org.unsdcf.core.validation;

import java.util.List;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.ReportingPeriod;

/** DAT-004: a measurement's period is not inside the framework's period. */
final class MeasurementOutsideFramework extends BaseRule {
  MeasurementOutsideFramework() {
    super(
        RuleInfo.of(
            "DAT-004", Severity.WARNING, "measurement period not inside the framework period"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      List<Measurement> ms = site.indicator().measurements();
      for (int m = 0; m < ms.size(); m++) {
        ReportingPeriod p = ms.get(m).period();
        if (p.start().isBefore(plan.period().firstDay())
            || p.end().isAfter(plan.period().lastDay())) {
          reporter.report(
              site.path() + "/measurements/" + m + "/period",
              site.indicator().code(),
              "measurement of indicator '"
                  + site.indicator().code()
                  + "' for "
                  + p
                  + " is outside the framework period "
                  + plan.period());
        }
      }
    }
  }
}
