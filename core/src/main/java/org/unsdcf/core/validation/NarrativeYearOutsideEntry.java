package org.unsdcf.core.validation;

import java.util.List;
import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.YearNarrative;

/** DAT-012: a progress narrative's year is outside the years of the sub-output's start and end. */
final class NarrativeYearOutsideEntry extends BaseRule {
  NarrativeYearOutsideEntry() {
    super(
        RuleInfo.of(
            "DAT-012",
            Severity.WARNING,
            "progress narrative year outside start-end years",
            "year"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.SubOutputSite site : context.subOutputs()) {
      SubOutput so = site.subOutput();
      List<YearNarrative> narratives = so.progressNarratives();
      int first = so.start().getYear();
      int last = so.end().getYear();
      for (int i = 0; i < narratives.size(); i++) {
        int year = narratives.get(i).year().getValue();
        if (year < first || year > last) {
          reporter.report(
              site.path() + "/progressNarratives/" + i + "/year",
              so.code(),
              "progress narrative "
                  + year
                  + " of sub-output '"
                  + so.code()
                  + "' is outside its years "
                  + first
                  + "-"
                  + last,
              Map.of("year", Integer.toString(year)));
        }
      }
    }
  }
}
