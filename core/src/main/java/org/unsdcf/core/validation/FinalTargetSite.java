package org.unsdcf.core.validation;

import java.math.BigDecimal;
import java.util.List;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;

/**
 * An indicator's first FINAL target, its index, and the final target and baseline amounts in the
 * indicator's unit, for IND-004 and IND-012.
 */
final class FinalTargetSite {
  final int index;
  final Target target;
  final BigDecimal targetAmount;
  final BigDecimal baselineAmount;

  private FinalTargetSite(int index, Target target, BigDecimal t, BigDecimal b) {
    this.index = index;
    this.target = target;
    this.targetAmount = t;
    this.baselineAmount = b;
  }

  /**
   * Gets the comparable final target and baseline of an indicator, or null if either is missing,
   * not numeric or in a unit that cannot be converted.
   */
  static FinalTargetSite of(Indicator indicator) {
    if (indicator.baseline().isEmpty()) {
      return null;
    }
    List<Target> targets = indicator.targets();
    for (int t = 0; t < targets.size(); t++) {
      Target target = targets.get(t);
      if (target.kind() == TargetKind.FINAL) {
        BigDecimal ta = Values.amount(indicator, target.value(), target.unit());
        BigDecimal ba =
            Values.amount(
                indicator, indicator.baseline().get().value(), indicator.baseline().get().unit());
        return ta == null || ba == null ? null : new FinalTargetSite(t, target, ta, ba);
      }
    }
    return null;
  }
}
