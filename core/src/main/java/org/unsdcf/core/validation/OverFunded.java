package org.unsdcf.core.validation;

import org.unsdcf.core.model.FundingLine;

/**
 * FIN-001: a funding line has more money available than required. Amounts in different currencies
 * are not compared (FIN-006 reports them).
 */
final class OverFunded extends FundingRule {
  OverFunded() {
    super(RuleInfo.of("FIN-001", Severity.WARNING, "available > required"));
  }

  @Override
  void check(LineSite at, FindingSink reporter) {
    FundingLine line = at.line();
    if (line.available().currency().equals(line.required().currency())
        && line.available().amount().compareTo(line.required().amount()) > 0) {
      reporter.report(
          at.member("available"),
          at.subOutputCode(),
          "funding line "
              + line.year()
              + " of sub-output '"
              + at.subOutputCode()
              + "' has "
              + line.available()
              + " available, more than the "
              + line.required()
              + " required");
    }
  }
}
