package org.unsdcf.core.validation;

import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.SubOutput;

/**
 * What TAG-001 and TAG-003…008 share: a sub-output of a current JWP lacks a tag or marker UN INFO
 * asks for, reported at the missing member. Outcomes and outputs are never TAG-checked.
 */
abstract class MissingTagRule extends BaseRule {
  private final String member;
  private final String what;

  MissingTagRule(
      String code, Severity draft, Severity publish, String member, String what, String summary) {
    super(RuleInfo.of(code, draft, publish, summary));
    this.member = member;
    this.what = what;
  }

  /** Checks if the sub-output lacks what the rule asks for. */
  abstract boolean missing(SubOutput so);

  @Override
  public final void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.SubOutputSite site : context.subOutputs()) {
      if (site.jwp().current() && missing(site.subOutput())) {
        reporter.report(
            site.path() + "/" + member,
            site.subOutput().code(),
            "sub-output '" + site.subOutput().code() + "' has no " + what);
      }
    }
  }
}
