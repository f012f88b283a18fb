package org.unsdcf.core.validation;

import java.util.List;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Measurement;

/** DAT-005: a measurement's period ends after asOf: an actual for the future. */
final class MeasurementAfterAsOf extends BaseRule {
  MeasurementAfterAsOf() {
    super(RuleInfo.of("DAT-005", Severity.ERROR, "measurement period ends after asOf"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      List<Measurement> ms = site.indicator().measurements();
      for (int m = 0; m < ms.size(); m++) {
        if (ms.get(m).period().end().isAfter(context.asOf())) {
          reporter.report(
              site.path() + "/measurements/" + m + "/period",
              site.indicator().code(),
              "measurement of indicator '"
                  + site.indicator().code()
                  + "' for "
                  + ms.get(m).period()
                  + " ends after "
                  + context.asOf());
        }
      }
    }
  }
}
