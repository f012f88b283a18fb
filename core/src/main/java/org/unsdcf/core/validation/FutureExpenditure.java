package org.unsdcf.core.validation;

import org.unsdcf.core.model.FundingLine;

/** FIN-008: money is reported spent for a year after asOf's year. */
final class FutureExpenditure extends FundingRule {
  FutureExpenditure() {
    super(RuleInfo.of("FIN-008", Severity.WARNING, "expenditure > 0 for a year after asOf's year"));
  }

  @Override
  void check(LineSite at, FindingSink reporter) {
    FundingLine line = at.line();
    if (line.expenditure().isPresent()
        && line.expenditure().get().amount().signum() > 0
        && line.year().getValue() > at.context().asOf().getYear()) {
      reporter.report(
          at.member("expenditure"),
          at.subOutputCode(),
          "funding line "
              + line.year()
              + " of sub-output '"
              + at.subOutputCode()
              + "' reports "
              + line.expenditure().get()
              + " spent, but "
              + line.year()
              + " is after "
              + at.context().asOf().getYear());
    }
  }
}
