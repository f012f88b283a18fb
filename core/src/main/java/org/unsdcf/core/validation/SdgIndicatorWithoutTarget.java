package org.unsdcf.core.validation;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.sdg.SdgIndicator;

/**
 * SDG-003: an indicator tracks SDG indicator x.y.z, but the entity holding it (outcome, output or
 * sub-output) names neither target x.y nor the target of any repeat of x.y.z in its {@code
 * sdgTargets}. Skipped where SDG-002 fires.
 */
final class SdgIndicatorWithoutTarget extends BaseRule {
  SdgIndicatorWithoutTarget() {
    super(
        RuleInfo.of(
            "SDG-003",
            Severity.WARNING,
            "SDG indicator x.y.z (or a repeat) but no target x.y in the owner's sdgTargets",
            "target"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      if (site.indicator().sdgIndicator().isEmpty()) {
        continue;
      }
      String code = site.indicator().sdgIndicator().get();
      SdgIndicator listing = context.sdg().indicator(code).orElse(null);
      if (listing == null) {
        continue;
      }
      Set<String> targets = new HashSet<>();
      targets.add(listing.target());
      for (SdgIndicator repeat : context.sdg().repeatsOf(code)) {
        targets.add(repeat.target());
      }
      if (site.ownerSdgTargets().stream().noneMatch(targets::contains)) {
        reporter.report(
            site.path() + "/sdgIndicator",
            site.indicator().code(),
            "indicator '"
                + site.indicator().code()
                + "' tracks SDG indicator "
                + code
                + ", but its owner does not name SDG target "
                + listing.target(),
            Map.of("target", listing.target()));
      }
    }
  }
}
