package org.unsdcf.core.validation;

import java.util.List;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;

/** What most FIN rules share: each funding line of each sub-output, with its path. */
abstract class FundingRule extends BaseRule {
  FundingRule(RuleInfo info) {
    super(info);
  }

  /** Checks one funding line, given with its site. */
  abstract void check(LineSite at, FindingSink reporter);

  @Override
  public final void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.SubOutputSite site : context.subOutputs()) {
      List<FundingLine> funding = site.subOutput().funding();
      for (int f = 0; f < funding.size(); f++) {
        check(new LineSite(funding.get(f), f, site, plan, context), reporter);
      }
    }
  }
}
