package org.unsdcf.core.validation;

import java.util.List;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;

/** What most FIN rules share: each funding line of each sub-output, with its path. */
abstract class FundingRule extends BaseRule {
  FundingRule(String code, Severity severity, String summary, String... argumentKeys) {
    super(code, severity, summary, argumentKeys);
  }

  /** Checks one funding line at {@code path} (the line itself). */
  abstract void check(
      FundingLine line,
      String path,
      RuleContext.SubOutputSite site,
      CooperationFramework plan,
      RuleContext context,
      Reporter reporter);

  @Override
  public final void check(CooperationFramework plan, RuleContext context, Reporter reporter) {
    for (RuleContext.SubOutputSite site : context.subOutputs()) {
      List<FundingLine> funding = site.subOutput().funding();
      for (int f = 0; f < funding.size(); f++) {
        check(funding.get(f), site.path() + "/funding/" + f, site, plan, context, reporter);
      }
    }
  }
}
