package org.unsdcf.core.validation;

import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;

/**
 * JWP-003: a JWP's {@code version} is not above that of the JWP it supersedes (the first JWP with
 * that code; a dangling {@code supersedes} is STR-010's).
 */
final class RevisionVersion extends BaseRule {
  RevisionVersion() {
    super(
        RuleInfo.of(
            "JWP-003",
            Severity.WARNING,
            "version not above the superseded JWP's",
            "supersededVersion"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.JwpSite site : context.jwps()) {
      RuleContext.JwpSite old = site.jwp().supersedes().map(context::jwp).orElse(null);
      if (old != null && site.jwp().version() <= old.jwp().version()) {
        reporter.report(
            site.path() + "/version",
            site.jwp().code(),
            "JWP '"
                + site.jwp().code()
                + "' has version "
                + site.jwp().version()
                + ", not above version "
                + old.jwp().version()
                + " of the JWP '"
                + old.jwp().code()
                + "' it supersedes",
            Map.of("supersededVersion", Integer.toString(old.jwp().version())));
      }
    }
  }
}
