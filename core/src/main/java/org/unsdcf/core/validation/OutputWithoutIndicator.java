package org.unsdcf.core.validation;

import org.unsdcf.core.model.CooperationFramework;

/** STR-003: an output has no indicator. */
final class OutputWithoutIndicator extends BaseRule {
  OutputWithoutIndicator() {
    super(RuleInfo.of("STR-003", Severity.WARNING, "output without indicator"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.OutputSite site : context.outputs()) {
      if (site.output().indicators().isEmpty()) {
        reporter.report(
            site.path(),
            site.output().code(),
            "output '" + site.output().code() + "' has no indicator");
      }
    }
  }
}
