package org.unsdcf.examples;

import static org.unsdcf.examples.KyrgyzstanCodes.*;
import static org.unsdcf.examples.PlanParts.CORE_RESOURCES;
import static org.unsdcf.examples.PlanParts.QCPR_CAPACITY_DEVELOPMENT;
import static org.unsdcf.examples.PlanParts.QCPR_CONVENING;
import static org.unsdcf.examples.PlanParts.QCPR_DATA;
import static org.unsdcf.examples.PlanParts.QCPR_DIRECT_SUPPORT;
import static org.unsdcf.examples.PlanParts.QCPR_NORMATIVE_SUPPORT;
import static org.unsdcf.examples.PlanParts.QCPR_POLICY_ADVICE;
import static org.unsdcf.examples.PlanParts.country;
import static org.unsdcf.examples.PlanParts.endorsement;
import static org.unsdcf.examples.PlanParts.funding;
import static org.unsdcf.examples.PlanParts.region;
import static org.unsdcf.examples.UnEntities.*;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.JwpStatus;
import org.unsdcf.core.model.Location;
import org.unsdcf.core.model.Marker;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.model.YearRange;

/**
 * The joint work plans of the Kyrgyz Republic plan: one per results group for 2023-2024, closed
 * now, and one per results group for 2025, the first annual plans.
 *
 * <p>Facts: the Joint Strategic Coordination Committee endorsed the work plans 2023-2024 on 24
 * March 2023 and the work plans 2025 on 11 June 2025 (the press releases below); the 2020 online
 * consultations for migrants were run by the Resource Center for the Elderly with USAID's support.
 * Illustrative: which activities each plan holds, their dates, partners, markers, scope and all
 * money.
 */
final class KyrgyzstanWorkPlans {
  static final String COMMITTEE = "Joint Strategic Coordination Committee";

  static final LocalDate ENDORSED_2023_2024 = LocalDate.of(2023, 3, 24);
  static final URI PRESS_RELEASE_2023_2024 =
      URI.create(
          "https://kyrgyzstan.un.org/en/224766-joint-strategic-coordination-committee-endorsed"
              + "-work-plans-2023-2024");

  static final LocalDate ENDORSED_2025 = LocalDate.of(2025, 6, 11);
  static final URI PRESS_RELEASE_2025 =
      URI.create(
          "https://kyrgyzstan.un.org/en/296033-joint-strategic-coordination-committee-endorsed"
              + "-work-plans-2025");

  private static final Location KYRGYZ_REPUBLIC = country("KGZ", "Kyrgyz Republic");
  private static final PartnerRef USAID = PartnerRef.of("USAID");
  private static final PartnerRef EUROPEAN_UNION = PartnerRef.of("European Union");
  private static final PartnerRef GREEN_CLIMATE_FUND = PartnerRef.of("Green Climate Fund");
  private static final PartnerRef RESOURCE_CENTER_FOR_THE_ELDERLY =
      PartnerRef.of("Resource Center for the Elderly");

  private KyrgyzstanWorkPlans() {}

  /** The codes of the plans endorsed on 24 March 2023, for the committee's decision. */
  static List<String> codes2023To2024() {
    return List.of(JWP_RG1_2023_2024, JWP_RG2_2023_2024, JWP_RG3_2023_2024, JWP_RG4_2023_2024);
  }

  /** The codes of the plans endorsed on 11 June 2025, for the committee's decision. */
  static List<String> codes2025() {
    return List.of(JWP_RG1_2025, JWP_RG2_2025, JWP_RG3_2025, JWP_RG4_2025);
  }

  static List<JointWorkPlan> jointWorkPlans() {
    return List.of(
        twoYearPlan(
            JWP_RG1_2023_2024,
            RG1_SOCIAL_SERVICES,
            "Quality Social Services",
            migrantConsultations(),
            inclusiveSchools()),
        twoYearPlan(
            JWP_RG2_2023_2024,
            RG2_GREEN_ECONOMY,
            "Inclusive Green Socio-economic Development",
            ruralWomenEnterprise()),
        twoYearPlan(
            JWP_RG3_2023_2024,
            RG3_CLIMATE_ACTION,
            "Climate Action and Disaster Risk Management",
            riskInformedPlanning()),
        twoYearPlan(
            JWP_RG4_2023_2024,
            RG4_INSTITUTIONS,
            "Governance, Human Rights and Peace",
            humanRightsCapacity()),
        annualPlan2025(
            JWP_RG1_2025,
            RG1_SOCIAL_SERVICES,
            "Quality Social Services",
            womenMigrantsSupport(),
            inclusiveTeaching()),
        annualPlan2025(
            JWP_RG2_2025,
            RG2_GREEN_ECONOMY,
            "Inclusive Green Socio-economic Development",
            greenJobsForYouth()),
        annualPlan2025(
            JWP_RG3_2025,
            RG3_CLIMATE_ACTION,
            "Climate Action and Disaster Risk Management",
            earlyWarning()),
        annualPlan2025(
            JWP_RG4_2025, RG4_INSTITUTIONS, "Governance, Human Rights and Peace", uprFollowUp()));
  }

  /** A 2023-2024 plan: endorsed on 24 March 2023 and closed once 2024 was over. */
  private static JointWorkPlan twoYearPlan(
      String code, String resultsGroup, String area, SubOutput... entries) {
    return JointWorkPlan.builder()
        .code(code)
        .title("Joint Work Plan 2023-2024, " + area)
        .period(YearRange.of(2023, 2024))
        .status(JwpStatus.CLOSED)
        .version(1)
        .resultsGroup(resultsGroup)
        .endorsement(endorsedBy(ENDORSED_2023_2024, PRESS_RELEASE_2023_2024))
        .addEntries(entries)
        .build();
  }

  /** A 2025 plan: endorsed on 11 June 2025 and in implementation. */
  private static JointWorkPlan annualPlan2025(
      String code, String resultsGroup, String area, SubOutput... entries) {
    return JointWorkPlan.builder()
        .code(code)
        .title("Joint Work Plan 2025, " + area)
        .period(YearRange.of(2025, 2025))
        .status(JwpStatus.ENDORSED)
        .version(1)
        .resultsGroup(resultsGroup)
        .endorsement(endorsedBy(ENDORSED_2025, PRESS_RELEASE_2025))
        .addEntries(entries)
        .build();
  }

  private static Endorsement endorsedBy(LocalDate date, URI pressRelease) {
    return endorsement(date, COMMITTEE, pressRelease);
  }

  /** The common head of a sub-output: its code, title, output, lead agency and other agencies. */
  private static SubOutput.Builder subOutput(
      String code, String title, String outputCode, String lead, String... otherAgencies) {
    return SubOutput.builder()
        .code(code)
        .title(title)
        .outputCode(outputCode)
        .leadEntity(lead)
        .addAgency(lead)
        .addAgencies(otherAgencies);
  }

  // ---- 2023-2024 -------------------------------------------------------------------------

  private static SubOutput migrantConsultations() {
    return subOutput(
            SO_MIGRANT_CONSULTATIONS,
            "Online legal and psychological consultations for migrants",
            OP1_1_1_MIGRANT_SUPPORT,
            IOM)
        .addImplementingPartner(RESOURCE_CENTER_FOR_THE_ELDERLY)
        .addContributingPartner(USAID)
        .addSdgTargets("8.8", "10.7")
        .addTag(Tag.of(Tag.GCM_OBJECTIVE, "3"))
        .genderEqualityMarker(Marker.SIGNIFICANT)
        .humanRightsMarker(Marker.SIGNIFICANT)
        .addQcprFunction(QCPR_DIRECT_SUPPORT)
        .addGeographicScope(KYRGYZ_REPUBLIC)
        .addTargetGroup("Migrants")
        .status(ImplementationStatus.CLOSED)
        .start(LocalDate.of(2023, 3, 1))
        .end(LocalDate.of(2024, 12, 31))
        .addFunding(
            funding(2023, IOM, USAID, 120_000, 80_000, 60_000),
            funding(2024, IOM, USAID, 130_000, 100_000, 95_000))
        .build();
  }

  private static SubOutput inclusiveSchools() {
    return subOutput(
            SO_INCLUSIVE_SCHOOLS,
            "Accessible schools and inclusive enrolment for children with disabilities",
            OP1_1_2_INCLUSIVE_EDUCATION,
            UNICEF)
        .addImplementingPartner(PartnerRef.of("Ministry of Education and Science"))
        .addContributingPartner(CORE_RESOURCES)
        .addSdgTargets("4.5", "4.a")
        .genderEqualityMarker(Marker.LIMITED)
        .humanRightsMarker(Marker.SIGNIFICANT)
        .addQcprFunctions(QCPR_CAPACITY_DEVELOPMENT, QCPR_POLICY_ADVICE)
        .addGeographicScope(region("Osh Region"), region("Chui Region"))
        .addTargetGroup("Children with disabilities")
        .status(ImplementationStatus.CLOSED)
        .start(LocalDate.of(2023, 4, 1))
        .end(LocalDate.of(2024, 12, 31))
        .addFunding(
            funding(2023, UNICEF, CORE_RESOURCES, 250_000, 250_000, 230_000),
            funding(2024, UNICEF, CORE_RESOURCES, 300_000, 260_000, 255_000))
        .build();
  }

  private static SubOutput ruralWomenEnterprise() {
    return subOutput(
            SO_RURAL_WOMEN_ENTERPRISE,
            "Business skills and access to finance for rural women entrepreneurs",
            OP2_1_1_ENTERPRISE,
            UN_WOMEN,
            FAO)
        .addImplementingPartner(PartnerRef.of("Rural women's self-help groups"))
        .addContributingPartner(EUROPEAN_UNION)
        .addSdgTargets("5.5", "8.3")
        .genderEqualityMarker(Marker.PRINCIPAL)
        .humanRightsMarker(Marker.SIGNIFICANT)
        .addQcprFunction(QCPR_CAPACITY_DEVELOPMENT)
        .addGeographicScope(region("Batken Region"), region("Jalal-Abad Region"))
        .addTargetGroup("Rural women")
        .status(ImplementationStatus.CLOSED)
        .start(LocalDate.of(2023, 4, 1))
        .end(LocalDate.of(2024, 12, 31))
        .addFunding(
            funding(2023, UN_WOMEN, EUROPEAN_UNION, 180_000, 150_000, 140_000),
            funding(2023, FAO, EUROPEAN_UNION, 90_000, 90_000, 85_000),
            funding(2024, UN_WOMEN, EUROPEAN_UNION, 200_000, 170_000, 168_000),
            funding(2024, FAO, EUROPEAN_UNION, 90_000, 80_000, 80_000))
        .build();
  }

  private static SubOutput riskInformedPlanning() {
    return subOutput(
            SO_RISK_INFORMED_PLANNING,
            "Climate-risk-informed local development planning",
            OP3_1_1_LOCAL_PLANNING,
            UNDP,
            WFP)
        .addImplementingPartner(PartnerRef.of("Ministry of Emergency Situations"))
        .addContributingPartner(GREEN_CLIMATE_FUND)
        .addSdgTargets("1.5", "11.b", "13.1")
        .genderEqualityMarker(Marker.SIGNIFICANT)
        .humanRightsMarker(Marker.LIMITED)
        .addQcprFunctions(QCPR_POLICY_ADVICE, QCPR_DATA)
        .addGeographicScope(region("Naryn Region"), region("Issyk-Kul Region"))
        .addTargetGroup("Local self-government bodies")
        .status(ImplementationStatus.CLOSED)
        .start(LocalDate.of(2023, 1, 1))
        .end(LocalDate.of(2024, 12, 31))
        .addFunding(
            funding(2023, UNDP, GREEN_CLIMATE_FUND, 400_000, 350_000, 320_000),
            funding(2023, WFP, GREEN_CLIMATE_FUND, 150_000, 120_000, 120_000),
            funding(2024, UNDP, GREEN_CLIMATE_FUND, 450_000, 400_000, 390_000),
            funding(2024, WFP, GREEN_CLIMATE_FUND, 150_000, 150_000, 140_000))
        .build();
  }

  private static SubOutput humanRightsCapacity() {
    return subOutput(
            SO_HUMAN_RIGHTS_CAPACITY,
            "Human rights capacity for state bodies and civil society",
            OP4_1_1_HUMAN_RIGHTS,
            OHCHR,
            UNDP)
        .addImplementingPartner(PartnerRef.of("Ombudsman (Akyikatchy) of the Kyrgyz Republic"))
        .addContributingPartner(CORE_RESOURCES)
        .addSdgTargets("5.1", "16.7", "16.a")
        .genderEqualityMarker(Marker.SIGNIFICANT)
        .humanRightsMarker(Marker.PRINCIPAL)
        .sustainingPeaceMarker(Marker.SIGNIFICANT)
        .addQcprFunctions(QCPR_NORMATIVE_SUPPORT, QCPR_CAPACITY_DEVELOPMENT)
        .addGeographicScope(KYRGYZ_REPUBLIC)
        .addTargetGroups("Civil servants", "Civil society organisations")
        .status(ImplementationStatus.CLOSED)
        .start(LocalDate.of(2023, 1, 1))
        .end(LocalDate.of(2024, 12, 31))
        .addFunding(
            funding(2023, OHCHR, CORE_RESOURCES, 110_000, 90_000, 90_000),
            funding(2023, UNDP, CORE_RESOURCES, 60_000, 60_000, 55_000),
            funding(2024, OHCHR, CORE_RESOURCES, 120_000, 100_000, 98_000),
            funding(2024, UNDP, CORE_RESOURCES, 60_000, 50_000, 50_000))
        .build();
  }

  // ---- 2025 ------------------------------------------------------------------------------

  private static SubOutput womenMigrantsSupport() {
    return subOutput(
            SO_WOMEN_MIGRANTS,
            "Legal aid and psychosocial support for women migrants and families left behind",
            OP1_1_1_MIGRANT_SUPPORT,
            UN_WOMEN,
            IOM)
        .addImplementingPartner(RESOURCE_CENTER_FOR_THE_ELDERLY)
        .addContributingPartner(CORE_RESOURCES)
        .addSdgTargets("5.2", "10.7")
        .addTag(Tag.of(Tag.GCM_OBJECTIVE, "7"))
        .genderEqualityMarker(Marker.PRINCIPAL)
        .humanRightsMarker(Marker.SIGNIFICANT)
        .addQcprFunctions(QCPR_DIRECT_SUPPORT, QCPR_CONVENING)
        .addGeographicScope(KYRGYZ_REPUBLIC)
        .addTargetGroups("Women migrants", "Families of migrants")
        .status(ImplementationStatus.IMPLEMENTATION)
        .start(LocalDate.of(2025, 1, 1))
        .end(LocalDate.of(2025, 12, 31))
        .addFunding(
            funding(2025, UN_WOMEN, CORE_RESOURCES, 150_000, 110_000, 40_000),
            funding(2025, IOM, CORE_RESOURCES, 100_000, 70_000, 30_000))
        .build();
  }

  private static SubOutput inclusiveTeaching() {
    return subOutput(
            SO_INCLUSIVE_TEACHING,
            "Teacher training for inclusive classrooms",
            OP1_1_2_INCLUSIVE_EDUCATION,
            UNICEF,
            UNESCO)
        .addImplementingPartner(PartnerRef.of("Ministry of Education and Science"))
        .addContributingPartner(CORE_RESOURCES)
        .addSdgTargets("4.5", "4.c")
        .genderEqualityMarker(Marker.LIMITED)
        .humanRightsMarker(Marker.SIGNIFICANT)
        .addQcprFunction(QCPR_CAPACITY_DEVELOPMENT)
        .addGeographicScope(KYRGYZ_REPUBLIC)
        .addTargetGroups("Teachers", "Children with disabilities")
        .status(ImplementationStatus.IMPLEMENTATION)
        .start(LocalDate.of(2025, 1, 1))
        .end(LocalDate.of(2025, 12, 31))
        .addFunding(
            funding(2025, UNICEF, CORE_RESOURCES, 280_000, 240_000, 100_000),
            funding(2025, UNESCO, CORE_RESOURCES, 60_000, 40_000, 15_000))
        .build();
  }

  private static SubOutput greenJobsForYouth() {
    return subOutput(
            SO_GREEN_JOBS_FOR_YOUTH,
            "Skills for green jobs for young people",
            OP2_1_1_ENTERPRISE,
            ILO,
            UNDP)
        .addImplementingPartner(PartnerRef.of("Ministry of Economy and Commerce"))
        .addContributingPartner(EUROPEAN_UNION)
        .addSdgTargets("8.5", "8.6")
        .genderEqualityMarker(Marker.SIGNIFICANT)
        .humanRightsMarker(Marker.LIMITED)
        .addQcprFunctions(QCPR_CAPACITY_DEVELOPMENT, QCPR_POLICY_ADVICE)
        .addGeographicScope(region("Osh Region"), region("Talas Region"))
        .addTargetGroup("Young people")
        .status(ImplementationStatus.IMPLEMENTATION)
        .start(LocalDate.of(2025, 2, 1))
        .end(LocalDate.of(2025, 12, 31))
        .addFunding(
            funding(2025, ILO, EUROPEAN_UNION, 200_000, 160_000, 60_000),
            funding(2025, UNDP, EUROPEAN_UNION, 120_000, 100_000, 35_000))
        .build();
  }

  private static SubOutput earlyWarning() {
    return subOutput(
            SO_EARLY_WARNING,
            "Community early warning and disaster preparedness",
            OP3_1_1_LOCAL_PLANNING,
            WFP,
            UNDP)
        .addImplementingPartner(PartnerRef.of("Ministry of Emergency Situations"))
        .addContributingPartner(GREEN_CLIMATE_FUND)
        .addSdgTargets("1.5", "13.1", "13.3")
        .genderEqualityMarker(Marker.SIGNIFICANT)
        .humanRightsMarker(Marker.LIMITED)
        .addQcprFunctions(QCPR_CAPACITY_DEVELOPMENT, QCPR_DATA)
        .addGeographicScope(region("Batken Region"), region("Naryn Region"))
        .addTargetGroup("Communities at risk of disasters")
        .status(ImplementationStatus.IMPLEMENTATION)
        .start(LocalDate.of(2025, 1, 1))
        .end(LocalDate.of(2025, 12, 31))
        .addFunding(
            funding(2025, WFP, GREEN_CLIMATE_FUND, 350_000, 300_000, 120_000),
            funding(2025, UNDP, GREEN_CLIMATE_FUND, 250_000, 200_000, 80_000))
        .build();
  }

  private static SubOutput uprFollowUp() {
    return subOutput(
            SO_UPR_FOLLOW_UP,
            "Follow-up to Universal Periodic Review recommendations",
            OP4_1_1_HUMAN_RIGHTS,
            OHCHR)
        .addImplementingPartner(PartnerRef.of("Ministry of Justice"))
        .addContributingPartner(CORE_RESOURCES)
        .addSdgTargets("16.3", "16.a")
        .genderEqualityMarker(Marker.SIGNIFICANT)
        .humanRightsMarker(Marker.PRINCIPAL)
        .addQcprFunctions(QCPR_NORMATIVE_SUPPORT, QCPR_POLICY_ADVICE)
        .addGeographicScope(KYRGYZ_REPUBLIC)
        .addTargetGroup("State bodies")
        .status(ImplementationStatus.IMPLEMENTATION)
        .start(LocalDate.of(2025, 1, 1))
        .end(LocalDate.of(2025, 12, 31))
        .addFunding(funding(2025, OHCHR, CORE_RESOURCES, 130_000, 90_000, 35_000))
        .build();
  }
}
