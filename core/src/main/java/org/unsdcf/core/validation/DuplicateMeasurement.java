package org.unsdcf.core.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Measurement;

/** DIS-003: the same period and disaggregation is reported twice; each later one is reported. */
final class DuplicateMeasurement extends BaseRule {
  DuplicateMeasurement() {
    super(RuleInfo.of("DIS-003", Severity.ERROR, "same period and disaggregation reported twice"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      List<Measurement> ms = site.indicator().measurements();
      Set<List<Object>> seen = new HashSet<>();
      for (int m = 0; m < ms.size(); m++) {
        Measurement x = ms.get(m);
        if (!seen.add(List.of(x.period(), x.disaggregation()))) {
          reporter.report(
              site.path() + "/measurements/" + m,
              site.indicator().code(),
              "indicator '"
                  + site.indicator().code()
                  + "' has a second measurement for "
                  + x.period()
                  + (x.isHeadline() ? " (headline)" : " " + describe(x.disaggregation())));
        }
      }
    }
  }

  private static String describe(Map<String, String> cell) {
    return cell.toString();
  }
}
