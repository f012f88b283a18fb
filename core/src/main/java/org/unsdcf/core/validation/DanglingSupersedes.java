package org.unsdcf.core.validation;

import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;

/** STR-010: a JWP's {@code supersedes} names no JWP. */
final class DanglingSupersedes extends BaseRule {
  DanglingSupersedes() {
    super(RuleInfo.of("STR-010", Severity.ERROR, "supersedes names no JWP", "code"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.JwpSite site : context.jwps()) {
      if (site.jwp().supersedes().isPresent()) {
        String code = site.jwp().supersedes().get();
        if (context.jwp(code) == null) {
          reporter.report(
              site.path() + "/supersedes",
              site.jwp().code(),
              "JWP '"
                  + site.jwp().code()
                  + "' supersedes '"
                  + code
                  + "', but the plan has no JWP with that code",
              Map.of("code", code));
        }
      }
    }
  }
}
