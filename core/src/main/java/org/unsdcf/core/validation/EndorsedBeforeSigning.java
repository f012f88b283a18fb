package org.unsdcf.core.validation;

import java.time.LocalDate;
import org.unsdcf.core.model.CooperationFramework;

/** DAT-008: a JWP was endorsed before the framework was signed. */
final class EndorsedBeforeSigning extends BaseRule {
  EndorsedBeforeSigning() {
    super(RuleInfo.of("DAT-008", Severity.ERROR, "endorsement before signedOn"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    if (plan.signedOn().isEmpty()) {
      return;
    }
    LocalDate signed = plan.signedOn().get();
    for (RuleContext.JwpSite site : context.jwps()) {
      if (site.jwp().endorsement().isPresent()) {
        LocalDate date = site.jwp().endorsement().get().date();
        if (date.isBefore(signed)) {
          reporter.report(
              site.path() + "/endorsement/date",
              site.jwp().code(),
              "JWP '"
                  + site.jwp().code()
                  + "' endorsed on "
                  + date
                  + ", before the framework was signed on "
                  + signed);
        }
      }
    }
  }
}
