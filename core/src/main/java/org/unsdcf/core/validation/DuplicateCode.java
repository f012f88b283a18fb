package org.unsdcf.core.validation;

import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;

/**
 * STR-004: a code of the framework, a priority area, outcome, output, indicator, results group, JWP
 * or sub-output is used again; every later occurrence in document order is reported.
 */
final class DuplicateCode extends BaseRule {
  DuplicateCode() {
    super(
        RuleInfo.of(
            "STR-004",
            Severity.ERROR,
            "a code of the one namespace of entity codes used more than once",
            "firstPath"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.CodeSite site : context.codes()) {
      String first = context.firstCodePath(site.code());
      if (!first.equals(site.path())) {
        reporter.report(
            site.path(),
            site.code(),
            "code '" + site.code() + "' is already used at " + first,
            Map.of("firstPath", first));
      }
    }
  }
}
