package org.unsdcf.core.validation;

import java.util.List;
import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;

/** DAT-003: a funding line's year is outside its JWP's period. */
final class FundingYearOutsideJwp extends BaseRule {
  FundingYearOutsideJwp() {
    super(RuleInfo.of("DAT-003", Severity.ERROR, "funding year outside the JWP period", "year"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.SubOutputSite site : context.subOutputs()) {
      List<FundingLine> funding = site.subOutput().funding();
      for (int f = 0; f < funding.size(); f++) {
        FundingLine line = funding.get(f);
        if (!site.jwp().jwp().period().contains(line.year())) {
          reporter.report(
              site.path() + "/funding/" + f + "/year",
              site.subOutput().code(),
              "funding line of sub-output '"
                  + site.subOutput().code()
                  + "' is for "
                  + line.year()
                  + ", outside its JWP period "
                  + site.jwp().jwp().period(),
              Map.of("year", line.year().toString()));
        }
      }
    }
  }
}
