package org.unsdcf.core.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.PartnerRef;

/**
 * FIN-004: two funding lines of one sub-output share year, agency and contributing partner
 * (compared by name); each later line is reported.
 */
final class DuplicateFundingLine extends BaseRule {
  DuplicateFundingLine() {
    super(
        RuleInfo.of(
            "FIN-004",
            Severity.ERROR,
            "two lines of one sub-output with same year, agency, contributing partner"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.SubOutputSite site : context.subOutputs()) {
      List<FundingLine> funding = site.subOutput().funding();
      Set<List<Object>> seen = new HashSet<>();
      for (int f = 0; f < funding.size(); f++) {
        FundingLine line = funding.get(f);
        String partner = line.contributingPartner().map(PartnerRef::name).orElse("");
        if (!seen.add(List.of(line.year(), line.agency(), partner))) {
          reporter.report(
              site.path() + "/funding/" + f,
              site.subOutput().code(),
              "sub-output '"
                  + site.subOutput().code()
                  + "' has a second funding line for "
                  + line.year()
                  + ", agency '"
                  + line.agency()
                  + "'"
                  + (partner.isEmpty() ? " without partner" : " and partner '" + partner + "'"));
        }
      }
    }
  }
}
