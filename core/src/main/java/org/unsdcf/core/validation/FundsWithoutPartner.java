package org.unsdcf.core.validation;

import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;

/** FIN-003: a funding line has money available but no contributing partner (UN INFO refuses it). */
final class FundsWithoutPartner extends FundingRule {
  FundsWithoutPartner() {
    super("FIN-003", Severity.ERROR, "available > 0 without contributing partner");
  }

  @Override
  void check(
      FundingLine line,
      FundingRule.LinePath path,
      RuleContext.SubOutputSite site,
      CooperationFramework plan,
      RuleContext context,
      Reporter reporter) {
    if (line.available().amount().signum() > 0 && line.contributingPartner().isEmpty()) {
      reporter.report(
          path.member("contributingPartner"),
          site.subOutput().code(),
          "funding line "
              + line.year()
              + " of sub-output '"
              + site.subOutput().code()
              + "' has "
              + line.available()
              + " available, but no contributing partner");
    }
  }
}
