package org.unsdcf.core.validation;

import java.util.List;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;

/** What most FIN rules share: each funding line of each sub-output, with its path. */
abstract class FundingRule extends BaseRule {
  FundingRule(String code, Severity severity, String summary, String... argumentKeys) {
    super(code, severity, summary, argumentKeys);
  }

  /**
   * The pointer of a funding line, spelled out only when a finding needs it: the rules look at
   * every line of every plan and report few.
   *
   * @param subOutput the sub-output's pointer
   * @param index the line's index in {@code funding}
   */
  record LinePath(String subOutput, int index) {
    /** The pointer of a member of the line, e.g. {@code …/funding/3/available}. */
    String member(String name) {
      return subOutput + "/funding/" + index + "/" + name;
    }
  }

  /** Checks one funding line at {@code path}. */
  abstract void check(
      FundingLine line,
      LinePath path,
      RuleContext.SubOutputSite site,
      CooperationFramework plan,
      RuleContext context,
      Reporter reporter);

  @Override
  public final void check(CooperationFramework plan, RuleContext context, Reporter reporter) {
    for (RuleContext.SubOutputSite site : context.subOutputs()) {
      List<FundingLine> funding = site.subOutput().funding();
      for (int f = 0; f < funding.size(); f++) {
        check(funding.get(f), new LinePath(site.path(), f), site, plan, context, reporter);
      }
    }
  }
}
