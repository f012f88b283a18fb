package org.unsdcf.examples;

import static org.unsdcf.examples.KyrgyzstanCodes.*;
import static org.unsdcf.examples.PlanParts.governmentCoChair;
import static org.unsdcf.examples.PlanParts.unCoChair;
import static org.unsdcf.examples.UnEntities.*;

import java.time.LocalDate;
import java.util.List;
import org.unsdcf.core.model.ResultsGroup;

/**
 * The four results groups of the Kyrgyz Republic plan, one per priority area.
 *
 * <p>Facts (https://www.undp.org/kyrgyzstan/undp-and-un): each priority area is steered by a joint
 * group co-chaired by two UN entities, a representative of the Presidential Administration and one
 * of a line ministry; UNDP co-chairs the third group with WFP and the fourth with OHCHR. IOM
 * co-chairs the Results Group on Quality Social Services (IOM's news of the 24 March 2023 meeting).
 * Illustrative: the second co-chair of groups 1 and 2 (UNICEF, FAO, ILO), the line ministries, the
 * members, the start dates of the terms and the titles of groups 2 to 4, which are descriptive.
 */
final class KyrgyzstanGroups {
  static final String PRESIDENTIAL_ADMINISTRATION =
      "Presidential Administration of the Kyrgyz Republic";

  /** The co-chairs' terms start with the framework. */
  private static final LocalDate CYCLE_START = LocalDate.of(2023, 1, 1);

  private KyrgyzstanGroups() {}

  static List<ResultsGroup> resultsGroups() {
    return List.of(socialServices(), greenEconomy(), climateAction(), institutions());
  }

  private static ResultsGroup socialServices() {
    return ResultsGroup.builder()
        .code(RG1_SOCIAL_SERVICES)
        .title("Results Group on Quality Social Services")
        .addScope(SP1_SOCIAL_SERVICES)
        .addCoChairs(
            unCoChair(IOM, CYCLE_START),
            unCoChair(UNICEF, CYCLE_START),
            governmentCoChair(PRESIDENTIAL_ADMINISTRATION, CYCLE_START),
            governmentCoChair("Ministry of Labor, Social Protection and Migration", CYCLE_START))
        .addMembers(IOM, UNICEF, UN_WOMEN, UNESCO, UNFPA, WHO)
        .addGovernmentMembers("Ministry of Education and Science", "Ministry of Health")
        .build();
  }

  private static ResultsGroup greenEconomy() {
    return ResultsGroup.builder()
        .code(RG2_GREEN_ECONOMY)
        .title("Results Group on Inclusive Green Socio-economic Development")
        .addScope(SP2_GREEN_ECONOMY)
        .addCoChairs(
            unCoChair(FAO, CYCLE_START),
            unCoChair(ILO, CYCLE_START),
            governmentCoChair(PRESIDENTIAL_ADMINISTRATION, CYCLE_START),
            governmentCoChair("Ministry of Economy and Commerce", CYCLE_START))
        .addMembers(FAO, ILO, UNDP, UN_WOMEN)
        .build();
  }

  private static ResultsGroup climateAction() {
    return ResultsGroup.builder()
        .code(RG3_CLIMATE_ACTION)
        .title(
            "Results Group on Climate Action, Disaster Risk Management and Environmental"
                + " Protection")
        .addScope(SP3_CLIMATE_ACTION)
        .addCoChairs(
            unCoChair(UNDP, CYCLE_START),
            unCoChair(WFP, CYCLE_START),
            governmentCoChair(PRESIDENTIAL_ADMINISTRATION, CYCLE_START),
            governmentCoChair(
                "Ministry of Natural Resources, Ecology and Technical Supervision", CYCLE_START))
        .addMembers(UNDP, WFP, FAO, UNICEF)
        .addGovernmentMembers("Ministry of Emergency Situations")
        .build();
  }

  private static ResultsGroup institutions() {
    return ResultsGroup.builder()
        .code(RG4_INSTITUTIONS)
        .title("Results Group on Governance, Human Rights and Peace")
        .addScope(SP4_INSTITUTIONS)
        .addCoChairs(
            unCoChair(UNDP, CYCLE_START),
            unCoChair(OHCHR, CYCLE_START),
            governmentCoChair(PRESIDENTIAL_ADMINISTRATION, CYCLE_START),
            governmentCoChair("Ministry of Justice", CYCLE_START))
        .addMembers(UNDP, OHCHR, UN_WOMEN, UNICEF, UNODC)
        .build();
  }
}
