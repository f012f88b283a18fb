package org.unsdcf.core.validation;

import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;

/** FIN-005: a funding line's agency is not one of its sub-output's agencies. */
final class FundingAgencyNotInvolved extends FundingRule {
  FundingAgencyNotInvolved() {
    super("FIN-005", Severity.ERROR, "funding agency not in the sub-output's agencies", "code");
  }

  @Override
  void check(
      FundingLine line,
      FundingRule.LinePath path,
      RuleContext.SubOutputSite site,
      CooperationFramework plan,
      RuleContext context,
      Reporter reporter) {
    if (!site.subOutput().agencies().contains(line.agency())) {
      reporter.report(
          path.member("agency"),
          site.subOutput().code(),
          "funding line "
              + line.year()
              + " of sub-output '"
              + site.subOutput().code()
              + "' is for agency '"
              + line.agency()
              + "', not one of its agencies",
          Map.of("code", line.agency()));
    }
  }
}
