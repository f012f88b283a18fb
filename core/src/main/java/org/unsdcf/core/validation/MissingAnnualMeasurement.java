package org.unsdcf.core.validation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Frequency;
import org.unsdcf.core.model.Measurement;

/**
 * IND-009: an ANNUAL indicator has no measurement ending in a past year after its baseline year.
 * One finding per missing year y, where baseline.year &lt; y &lt;= the framework's end year and 31
 * December of y is before asOf (design.md §11; without a baseline, y starts at the framework's
 * first year); any measurement whose {@code period.end} falls in y satisfies it.
 */
final class MissingAnnualMeasurement extends BaseRule {
  MissingAnnualMeasurement() {
    super(
        RuleInfo.of(
            "IND-009",
            Severity.INFO,
            "ANNUAL: past framework year after the baseline year without a measurement ending in it",
            "year"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    int frameworkStart = plan.period().start().getValue();
    int frameworkEnd = plan.period().end().getValue();
    for (RuleContext.IndicatorSite site : context.indicators()) {
      if (site.indicator().frequency().orElse(null) != Frequency.ANNUAL) {
        continue;
      }
      int first =
          site.indicator().baseline().map(b -> b.year().getValue() + 1).orElse(frameworkStart);
      Set<Integer> reported = new HashSet<>();
      for (Measurement m : site.indicator().measurements()) {
        reported.add(m.period().end().getYear());
      }
      for (int y = first; y <= frameworkEnd; y++) {
        if (!LocalDate.of(y, 12, 31).isBefore(context.asOf())) {
          break;
        }
        if (!reported.contains(y)) {
          reporter.report(
              site.path() + "/measurements",
              site.indicator().code(),
              "annual indicator '"
                  + site.indicator().code()
                  + "' has no measurement ending in "
                  + y,
              Map.of("year", Integer.toString(y)));
        }
      }
    }
  }
}
