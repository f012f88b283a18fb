package org.unsdcf.core.validation;

import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;

/** SDG-002: an indicator's {@code sdgIndicator} is not in the SDG catalogue. */
final class UnknownSdgIndicator extends BaseRule {
  UnknownSdgIndicator() {
    super(RuleInfo.of("SDG-002", Severity.ERROR, "SDG indicator not in the catalogue", "code"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      if (site.indicator().sdgIndicator().isPresent()) {
        String code = site.indicator().sdgIndicator().get();
        if (context.sdg().indicator(code).isEmpty()) {
          reporter.report(
              site.path() + "/sdgIndicator",
              site.indicator().code(),
              "indicator '"
                  + site.indicator().code()
                  + "' tracks SDG indicator "
                  + code
                  + ", which the SDG framework does not have",
              Map.of("code", code));
        }
      }
    }
  }
}
