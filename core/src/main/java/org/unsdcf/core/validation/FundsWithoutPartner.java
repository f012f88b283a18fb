package org.unsdcf.core.validation;

import org.unsdcf.core.model.FundingLine;

/**
 * FIN-003: a funding line has money available but no contributing partner (UN INFO refuses it), and
 * its sub-output names no contributing partner either. UN INFO's own export sums the funding of a
 * sub-output's partners into one amount a year, so a line without a partner of a sub-output that
 * has partners is what that export gives (design §13).
 */
final class FundsWithoutPartner extends FundingRule {
  FundsWithoutPartner() {
    super(
        RuleInfo.of(
            "FIN-003",
            Severity.ERROR,
            "available > 0 without contributing partner, on the line or the sub-output"));
  }

  @Override
  void check(LineSite at, FindingSink reporter) {
    FundingLine line = at.line();
    if (line.available().amount().signum() > 0
        && line.contributingPartner().isEmpty()
        && at.site().subOutput().contributingPartners().isEmpty()) {
      reporter.report(
          at.member("contributingPartner"),
          at.subOutputCode(),
          "funding line "
              + line.year()
              + " of sub-output '"
              + at.subOutputCode()
              + "' has "
              + line.available()
              + " available, but neither the line nor the sub-output names a contributing partner");
    }
  }
}
