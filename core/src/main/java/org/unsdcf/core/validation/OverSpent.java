package org.unsdcf.core.validation;

import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.Money;

/**
 * FIN-002: a funding line spent more than was available. Amounts in different currencies are not
 * compared (FIN-006 reports them).
 */
final class OverSpent extends FundingRule {
  OverSpent() {
    super(RuleInfo.of("FIN-002", Severity.WARNING, "expenditure > available"));
  }

  @Override
  void check(LineSite at, FindingSink reporter) {
    FundingLine line = at.line();
    if (line.expenditure().isEmpty()) {
      return;
    }
    Money spent = line.expenditure().get();
    if (spent.currency().equals(line.available().currency())
        && spent.amount().compareTo(line.available().amount()) > 0) {
      reporter.report(
          at.member("expenditure"),
          at.subOutputCode(),
          "funding line "
              + line.year()
              + " of sub-output '"
              + at.subOutputCode()
              + "' spent "
              + spent
              + ", more than the "
              + line.available()
              + " available");
    }
  }
}
