package org.unsdcf.core.validation;

import java.math.BigDecimal;
import java.util.List;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;

/**
 * An indicator's first FINAL target, its index, and the final target and baseline amounts in the
 * indicator's unit, for IND-004 and IND-012.
 *
 * @param index the target's index in the indicator's {@code targets}
 * @param target the first FINAL target
 * @param targetAmount the target's value in the indicator's unit
 * @param baselineAmount the baseline's value in the indicator's unit
 */
record FinalTargetSite(
    int index, Target target, BigDecimal targetAmount, BigDecimal baselineAmount) {

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
