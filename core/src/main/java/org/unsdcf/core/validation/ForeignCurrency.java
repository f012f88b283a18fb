package org.unsdcf.core.validation;

import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.Money;

/**
 * FIN-006: an amount of money is not in the framework's currency (there is no exchange); one
 * finding per Money, at its {@code currency}.
 */
final class ForeignCurrency extends FundingRule {
  ForeignCurrency() {
    super(
        "FIN-006",
        Severity.ERROR,
        "Money currency differs from the framework currency",
        "currency");
  }

  @Override
  void check(
      FundingLine line,
      FundingRule.LinePath path,
      RuleContext.SubOutputSite site,
      CooperationFramework plan,
      RuleContext context,
      Reporter reporter) {
    check(line.required(), "required", line, path, site, plan, reporter);
    check(line.available(), "available", line, path, site, plan, reporter);
    if (line.expenditure().isPresent()) {
      check(line.expenditure().get(), "expenditure", line, path, site, plan, reporter);
    }
  }

  private static void check(
      Money money,
      String member,
      FundingLine line,
      FundingRule.LinePath path,
      RuleContext.SubOutputSite site,
      CooperationFramework plan,
      Reporter reporter) {
    if (!money.currency().equals(plan.currency())) {
      reporter.report(
          path.member(member + "/currency"),
          site.subOutput().code(),
          member
              + " of funding line "
              + line.year()
              + " of sub-output '"
              + site.subOutput().code()
              + "' is in "
              + money.currency()
              + ", not the framework currency "
              + plan.currency(),
          Map.of("currency", money.currency()));
    }
  }
}
