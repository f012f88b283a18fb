package org.unsdcf.core.validation;

import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;

/**
 * One funding line as a FIN rule sees it: the line, its index in its sub-output's {@code funding},
 * the sub-output's site, the plan and the validation context. The line's pointer is spelled out
 * only when a finding needs it: the rules look at every line of every plan and report few.
 *
 * @param line the funding line
 * @param index the line's index in the sub-output's {@code funding}
 * @param site the line's sub-output, its pointer and its joint work plan
 * @param plan the plan being validated
 * @param context the validation context (asOf, indexes)
 */
record LineSite(
    FundingLine line,
    int index,
    RuleContext.SubOutputSite site,
    CooperationFramework plan,
    RuleContext context) {

  /** The pointer of a member of the line, e.g. {@code …/funding/3/available}. */
  String member(String name) {
    return site.path() + "/funding/" + index + "/" + name;
  }

  /** The code of the line's sub-output, the subject of every FIN finding. */
  String subOutputCode() {
    return site.subOutput().code();
  }
}
