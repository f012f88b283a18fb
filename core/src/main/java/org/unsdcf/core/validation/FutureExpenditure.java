package org.unsdcf.core.validation;

import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;

/** FIN-008: money is reported spent for a year after asOf's year. */
final class FutureExpenditure extends FundingRule {
  FutureExpenditure() {
    super("FIN-008", Severity.WARNING, "expenditure > 0 for a year after asOf's year");
  }

  @Override
  void check(
      FundingLine line,
      FundingRule.LinePath path,
      RuleContext.SubOutputSite site,
      CooperationFramework plan,
      RuleContext context,
      Reporter reporter) {
    if (line.expenditure().isPresent()
        && line.expenditure().get().amount().signum() > 0
        && line.year().getValue() > context.asOf().getYear()) {
      reporter.report(
          path.member("expenditure"),
          site.subOutput().code(),
          "funding line "
              + line.year()
              + " of sub-output '"
              + site.subOutput().code()
              + "' reports "
              + line.expenditure().get()
              + " spent, but "
              + line.year()
              + " is after "
              + context.asOf().getYear());
    }
  }
}
