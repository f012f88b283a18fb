package org.unsdcf.examples;

import static org.unsdcf.examples.KazakhstanCodes.*;
import static org.unsdcf.examples.PlanParts.CORE_RESOURCES;
import static org.unsdcf.examples.PlanParts.QCPR_CAPACITY_DEVELOPMENT;
import static org.unsdcf.examples.PlanParts.QCPR_CONVENING;
import static org.unsdcf.examples.PlanParts.QCPR_NORMATIVE_SUPPORT;
import static org.unsdcf.examples.PlanParts.QCPR_POLICY_ADVICE;
import static org.unsdcf.examples.PlanParts.country;
import static org.unsdcf.examples.PlanParts.funding;
import static org.unsdcf.examples.PlanParts.region;
import static org.unsdcf.examples.PlanParts.unCoChair;
import static org.unsdcf.examples.UnEntities.*;

import java.time.LocalDate;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DecisionKind;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.JwpStatus;
import org.unsdcf.core.model.Marker;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SteeringCommittee;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.YearRange;

/**
 * The UN Sustainable Development Cooperation Framework for Kazakhstan, 2021-2025: a smaller plan
 * than {@link KyrgyzstanFramework}, but complete, with two results groups and one joint work plan.
 *
 * <p>Public facts: the framework was signed on 12 August 2020 by the First Deputy Prime Minister
 * and the UN Resident Coordinator (Trend, https://en.trend.az/business/4030201.html; Kazinform, 13
 * August 2020); its three areas of work; a Steering Committee oversees it (The Astana Times, 2
 * March 2026). Illustrative: the committee's government co-chair and its decision, the results
 * groups, the joint work plan 2024-2025 and its endorsement date, the outcomes, outputs,
 * sub-outputs, money and indicator values.
 *
 * <pre>{@code
 * CooperationFramework kazakhstan = KazakhstanFramework.build();
 * }</pre>
 */
public final class KazakhstanFramework {
  /** The framework's code. */
  public static final String CODE = KazakhstanCodes.FRAMEWORK;

  /** The day the framework was signed. */
  public static final LocalDate SIGNED_ON = LocalDate.of(2020, 8, 12);

  private static final String COMMITTEE = "Steering Committee";
  private static final LocalDate CYCLE_START = LocalDate.of(2021, 1, 1);
  private static final LocalDate JWP_ENDORSED = LocalDate.of(2024, 3, 15);

  private static final PartnerRef EUROPEAN_UNION = PartnerRef.of("European Union");
  private static final PartnerRef GLOBAL_ENVIRONMENT_FACILITY =
      PartnerRef.of("Global Environment Facility");

  private KazakhstanFramework() {}

  /**
   * Builds the Kazakhstan framework 2021-2025.
   *
   * @return the plan, all money in US dollars
   */
  public static CooperationFramework build() {
    return CooperationFramework.builder()
        .code(CODE)
        .title("UN Sustainable Development Cooperation Framework, Kazakhstan 2021-2025")
        .addCountry("KAZ")
        .period(YearRange.of(2021, 2025))
        .signedOn(SIGNED_ON)
        .currency(PlanParts.USD)
        .steeringCommittee(committee())
        .priorityAreas(KazakhstanResults.priorityAreas())
        .addResultsGroups(peopleAndInstitutions(), planetAndProsperity())
        .addJointWorkPlan(jointWorkPlan2024To2025())
        .build();
  }

  private static SteeringCommittee committee() {
    return SteeringCommittee.builder()
        .name(COMMITTEE)
        .governmentCoChair("Deputy Minister of Foreign Affairs")
        .unCoChair("UN Resident Coordinator")
        .addDecision(
            Decision.builder()
                .date(JWP_ENDORSED)
                .kind(DecisionKind.ENDORSE_JWP)
                .addSubject(JWP_2024_2025)
                .summary("Endorsed the joint work plan 2024-2025.")
                .build())
        .build();
  }

  // ---- Results groups --------------------------------------------------------------------

  private static ResultsGroup peopleAndInstitutions() {
    return ResultsGroup.builder()
        .code(RG1_PEOPLE_AND_INSTITUTIONS)
        .title("Results Group on Human Development, Institutions and Gender Equality")
        .addScope(SP1_HUMAN_DEVELOPMENT, SP2_INSTITUTIONS)
        .addCoChairs(unCoChair(UNICEF, CYCLE_START), unCoChair(UN_WOMEN, CYCLE_START))
        .addMembers(UNICEF, UN_WOMEN, UNFPA, UNESCO, UNODC, WHO)
        .build();
  }

  private static ResultsGroup planetAndProsperity() {
    return ResultsGroup.builder()
        .code(RG2_PLANET_AND_PROSPERITY)
        .title("Results Group on Environment and Inclusive Economic Development")
        .addScope(SP3_ENVIRONMENT_ECONOMY)
        .addCoChairs(unCoChair(UNDP, CYCLE_START), unCoChair(FAO, CYCLE_START))
        .addMembers(UNDP, FAO, ILO)
        .build();
  }

  // ---- Joint work plan -------------------------------------------------------------------

  private static JointWorkPlan jointWorkPlan2024To2025() {
    // One plan for the whole framework, so no results group.
    return JointWorkPlan.builder()
        .code(JWP_2024_2025)
        .title("Joint Work Plan 2024-2025")
        .period(YearRange.of(2024, 2025))
        .status(JwpStatus.ENDORSED)
        .version(1)
        .endorsement(Endorsement.builder().date(JWP_ENDORSED).body(COMMITTEE).build())
        .addEntries(inclusivePreschool(), domesticViolenceResponse(), municipalEnergyEfficiency())
        .build();
  }

  private static SubOutput inclusivePreschool() {
    return SubOutput.builder()
        .code(SO_INCLUSIVE_PRESCHOOL)
        .title("Inclusive preschool groups for children with disabilities")
        .outputCode(OP1_1_1_INCLUSIVE_PRESCHOOL)
        .leadEntity(UNICEF)
        .addAgency(UNICEF)
        .addImplementingPartner(PartnerRef.of("Ministry of Enlightenment"))
        .addContributingPartner(CORE_RESOURCES)
        .addSdgTargets("4.2", "4.5")
        .genderEqualityMarker(Marker.LIMITED)
        .humanRightsMarker(Marker.SIGNIFICANT)
        .addQcprFunctions(QCPR_CAPACITY_DEVELOPMENT, QCPR_POLICY_ADVICE)
        .addGeographicScope(region("Turkistan Region"), region("Kyzylorda Region"))
        .addTargetGroup("Children with disabilities")
        .status(ImplementationStatus.IMPLEMENTATION)
        .start(LocalDate.of(2024, 1, 1))
        .end(LocalDate.of(2025, 12, 31))
        .addFunding(
            funding(2024, UNICEF, CORE_RESOURCES, 200_000, 180_000, 175_000),
            funding(2025, UNICEF, CORE_RESOURCES, 220_000, 150_000, 60_000))
        .build();
  }

  private static SubOutput domesticViolenceResponse() {
    return SubOutput.builder()
        .code(SO_DOMESTIC_VIOLENCE_RESPONSE)
        .title("Specialised services for survivors of domestic violence")
        .outputCode(OP2_1_1_VIOLENCE_RESPONSE)
        .leadEntity(UN_WOMEN)
        .addAgencies(UN_WOMEN, UNFPA)
        .addImplementingPartner(PartnerRef.of("Ministry of Internal Affairs"))
        .addContributingPartner(EUROPEAN_UNION)
        .addSdgTargets("5.2", "16.3")
        .genderEqualityMarker(Marker.PRINCIPAL)
        .humanRightsMarker(Marker.PRINCIPAL)
        .addQcprFunctions(QCPR_NORMATIVE_SUPPORT, QCPR_CAPACITY_DEVELOPMENT)
        .addGeographicScope(country("KAZ", "Kazakhstan"))
        .addTargetGroup("Women survivors of violence")
        .status(ImplementationStatus.IMPLEMENTATION)
        .start(LocalDate.of(2024, 1, 1))
        .end(LocalDate.of(2025, 12, 31))
        .addFunding(
            funding(2024, UN_WOMEN, EUROPEAN_UNION, 250_000, 230_000, 220_000),
            funding(2024, UNFPA, EUROPEAN_UNION, 100_000, 100_000, 95_000),
            funding(2025, UN_WOMEN, EUROPEAN_UNION, 260_000, 200_000, 80_000),
            funding(2025, UNFPA, EUROPEAN_UNION, 100_000, 80_000, 30_000))
        .build();
  }

  private static SubOutput municipalEnergyEfficiency() {
    return SubOutput.builder()
        .code(SO_MUNICIPAL_ENERGY_EFFICIENCY)
        .title("Energy efficiency in municipal buildings")
        .outputCode(OP3_1_1_ENERGY_EFFICIENCY)
        .leadEntity(UNDP)
        .addAgency(UNDP)
        .addImplementingPartner(PartnerRef.of("Ministry of Energy"))
        .addContributingPartner(GLOBAL_ENVIRONMENT_FACILITY)
        .addSdgTargets("7.3", "13.2")
        .genderEqualityMarker(Marker.LIMITED)
        .humanRightsMarker(Marker.LIMITED)
        .addQcprFunctions(QCPR_POLICY_ADVICE, QCPR_CONVENING)
        .addGeographicScope(region("Karaganda Region"))
        .addTargetGroup("Municipalities")
        .status(ImplementationStatus.IMPLEMENTATION)
        .start(LocalDate.of(2024, 3, 1))
        .end(LocalDate.of(2025, 12, 31))
        .addFunding(
            funding(2024, UNDP, GLOBAL_ENVIRONMENT_FACILITY, 500_000, 450_000, 400_000),
            funding(2025, UNDP, GLOBAL_ENVIRONMENT_FACILITY, 500_000, 420_000, 150_000))
        .build();
  }
}
