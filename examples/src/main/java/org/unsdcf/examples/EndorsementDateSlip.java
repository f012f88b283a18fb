package org.unsdcf.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.YearRange;
import org.unsdcf.core.validation.ValidationReport;

/**
 * What the validator says when the Kyrgyz 2023-2024 joint work plans are recorded as endorsed on 24
 * March 2022, the date one published copy of the press release carries: a year before the framework
 * period began, while the committee's decision (and the other copy) say 24 March 2023.
 *
 * <p>Each such plan gets a GOV-003 warning at {@code /jointWorkPlans/j/endorsement/date}: the
 * committee has decisions, but no ENDORSE_JWP decision of 2022-03-24 names it. Had the framework a
 * {@code signedOn} date (the examples' Kyrgyz plan has none), DAT-008 would add an ERROR for each
 * endorsement before it.
 */
public final class EndorsementDateSlip {
  /** The date the other copy of the press release carries. */
  public static final LocalDate SLIPPED_DATE = LocalDate.of(2022, 3, 24);

  /** The period of the plans the slip concerns. */
  public static final YearRange PERIOD = YearRange.of(2023, 2024);

  private EndorsementDateSlip() {}

  /**
   * Records the 2023-2024 joint work plans of a plan as endorsed on {@link #SLIPPED_DATE}, keeping
   * everything else of each endorsement (who, reference).
   *
   * @param plan the plan
   * @return the plan with the slipped dates
   */
  public static CooperationFramework slip(CooperationFramework plan) {
    List<JointWorkPlan> jwps = new ArrayList<>();
    for (JointWorkPlan jwp : plan.jointWorkPlans()) {
      if (jwp.period().equals(PERIOD) && jwp.endorsement().isPresent()) {
        jwp = jwp.withEndorsement(jwp.endorsement().get().withDate(SLIPPED_DATE));
      }
      jwps.add(jwp);
    }
    return plan.withJointWorkPlans(jwps);
  }

  /**
   * Validates the slipped plan as of {@link PlanValidation#AS_OF}.
   *
   * @param plan the Kyrgyz plan
   * @return the report of the slipped plan
   */
  public static ValidationReport validate(CooperationFramework plan) {
    return PlanValidation.validate(slip(plan), PlanValidation.AS_OF);
  }

  /**
   * Renders what the validator says about the slip: a heading, then the report.
   *
   * @param plan the Kyrgyz plan
   * @return the text, lines ending in a line feed
   */
  public static String render(CooperationFramework plan) {
    return "If the 2023-2024 joint work plans are recorded as endorsed on "
        + SLIPPED_DATE
        + ":\n"
        + PlanValidation.render(validate(plan));
  }
}
