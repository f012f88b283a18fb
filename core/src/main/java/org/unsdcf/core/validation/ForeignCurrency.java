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
        RuleInfo.of(
            "FIN-006",
            Severity.ERROR,
            "Money currency differs from the framework currency",
            "currency"));
  }

  @Override
  void check(LineSite at, FindingSink reporter) {
    FundingLine line = at.line();
    check(line.required(), "required", at, reporter);
    check(line.available(), "available", at, reporter);
    if (line.expenditure().isPresent()) {
      check(line.expenditure().get(), "expenditure", at, reporter);
    }
  }

  private static void check(Money money, String member, LineSite at, FindingSink reporter) {
    CooperationFramework plan = at.plan();
    if (!money.currency().equals(plan.currency())) {
      reporter.report(
          at.member(member + "/currency"),
          at.subOutputCode(),
          member
              + " of funding line "
              + at.line().year()
              + " of sub-output '"
              + at.subOutputCode()
              + "' is in "
              + money.currency()
              + ", not the framework currency "
              + plan.currency(),
          Map.of("currency", money.currency()));
    }
  }
}
