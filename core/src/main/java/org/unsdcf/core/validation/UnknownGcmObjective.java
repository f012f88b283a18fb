package org.unsdcf.core.validation;

import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Tag;

/** ALN-001: a GCM_OBJECTIVE tag's code is not one of the 23 objectives of the GCM. */
final class UnknownGcmObjective extends BaseRule {
  UnknownGcmObjective() {
    super(RuleInfo.of("ALN-001", Severity.ERROR, "GCM_OBJECTIVE code not 1-23", "code"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.TagSite site : context.tags()) {
      Tag tag = site.tag();
      if (Tag.GCM_OBJECTIVE.equals(tag.vocabulary()) && !known(tag.code(), context)) {
        reporter.report(
            site.path(),
            site.subject(),
            "'"
                + site.subject()
                + "' is tagged with GCM objective "
                + tag.code()
                + ", but the Global Compact for Migration has objectives 1 to 23",
            Map.of("code", tag.code()));
      }
    }
  }

  private static boolean known(String code, RuleContext context) {
    // The Tag invariant allows only [1-9][0-9]? for this vocabulary, so the code parses.
    return context.gcm().objective(Integer.parseInt(code)).isPresent();
  }
}
