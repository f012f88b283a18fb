package org.unsdcf.examples;

import static org.unsdcf.examples.KyrgyzstanWorkPlans.COMMITTEE;
import static org.unsdcf.examples.KyrgyzstanWorkPlans.ENDORSED_2023_2024;
import static org.unsdcf.examples.KyrgyzstanWorkPlans.ENDORSED_2025;
import static org.unsdcf.examples.KyrgyzstanWorkPlans.PRESS_RELEASE_2023_2024;
import static org.unsdcf.examples.KyrgyzstanWorkPlans.PRESS_RELEASE_2025;

import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DecisionKind;
import org.unsdcf.core.model.SteeringCommittee;
import org.unsdcf.core.model.YearRange;

/**
 * The UN Sustainable Development Cooperation Framework for the Kyrgyz Republic, 2023-2027, built in
 * code as a data officer would enter it.
 *
 * <p>Public facts: the four priority areas; the Joint Strategic Coordination Committee, co-chaired
 * by the Chairman of the Cabinet of Ministers and the UN Resident Coordinator, which endorsed the
 * joint work plans 2023-2024 on 24 March 2023 and, after reviewing the progress of 2024, the joint
 * work plans 2025 on 11 June 2025; IOM co-chairing the Results Group on Quality Social Services;
 * the women's share of the 2020 online consultations for migrants. Illustrative: outcomes, outputs,
 * sub-outputs, partners, money, baselines, targets and measurements (each part says which is
 * which). The framework was signed in June 2022 (UNDP), but the day is not public, so {@code
 * signedOn} is left out.
 *
 * <pre>{@code
 * CooperationFramework kyrgyzstan = KyrgyzstanFramework.build();
 * }</pre>
 */
public final class KyrgyzstanFramework {
  /** The framework's code. */
  public static final String CODE = KyrgyzstanCodes.FRAMEWORK;

  private KyrgyzstanFramework() {}

  /**
   * Builds the Kyrgyz Republic framework 2023-2027.
   *
   * @return the plan, all money in US dollars
   */
  public static CooperationFramework build() {
    return CooperationFramework.builder()
        .code(CODE)
        .title("UN Sustainable Development Cooperation Framework, Kyrgyz Republic 2023-2027")
        .addCountry("KGZ")
        .period(YearRange.of(2023, 2027))
        .currency(PlanParts.USD)
        .steeringCommittee(committee())
        .priorityAreas(KyrgyzstanResults.priorityAreas())
        .resultsGroups(KyrgyzstanGroups.resultsGroups())
        .jointWorkPlans(KyrgyzstanWorkPlans.jointWorkPlans())
        .build();
  }

  private static SteeringCommittee committee() {
    return SteeringCommittee.builder()
        .name(COMMITTEE)
        .governmentCoChair("Chairman of the Cabinet of Ministers")
        .unCoChair("UN Resident Coordinator")
        .addDecisions(
            workPlans2023To2024Endorsed(), progress2024Reviewed(), workPlans2025Endorsed())
        .build();
  }

  private static Decision workPlans2023To2024Endorsed() {
    // The national consultations of January-February 2023 are recorded as reported to the
    // project; the part of the press release we could read does not mention them.
    return Decision.builder()
        .date(ENDORSED_2023_2024)
        .kind(DecisionKind.ENDORSE_JWP)
        .subjects(KyrgyzstanWorkPlans.codes2023To2024())
        .summary(
            "Endorsed the joint work plans 2023-2024 of the four results groups, prepared after"
                + " national consultations in January-February 2023.")
        .reference(PRESS_RELEASE_2023_2024)
        .build();
  }

  private static Decision progress2024Reviewed() {
    return Decision.builder()
        .date(ENDORSED_2025)
        .kind(DecisionKind.REVIEW_PROGRESS)
        .addSubject(CODE)
        .summary("Reviewed the progress made in 2024.")
        .reference(PRESS_RELEASE_2025)
        .build();
  }

  private static Decision workPlans2025Endorsed() {
    return Decision.builder()
        .date(ENDORSED_2025)
        .kind(DecisionKind.ENDORSE_JWP)
        .subjects(KyrgyzstanWorkPlans.codes2025())
        .summary("Endorsed the annual joint work plans 2025 of the four results groups.")
        .reference(PRESS_RELEASE_2025)
        .build();
  }
}
