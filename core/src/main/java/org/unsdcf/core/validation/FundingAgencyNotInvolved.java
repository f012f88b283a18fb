package org.unsdcf.core.validation;

import java.util.Map;
import org.unsdcf.core.model.FundingLine;

/** FIN-005: a funding line's agency is not one of its sub-output's agencies. */
final class FundingAgencyNotInvolved extends FundingRule {
  FundingAgencyNotInvolved() {
    super(
        RuleInfo.of(
            "FIN-005", Severity.ERROR, "funding agency not in the sub-output's agencies", "code"));
  }

  @Override
  void check(LineSite at, FindingSink reporter) {
    FundingLine line = at.line();
    if (!at.site().subOutput().agencies().contains(line.agency())) {
      reporter.report(
          at.member("agency"),
          at.subOutputCode(),
          "funding line "
              + line.year()
              + " of sub-output '"
              + at.subOutputCode()
              + "' is for agency '"
              + line.agency()
              + "', not one of its agencies",
          Map.of("code", line.agency()));
    }
  }
}
