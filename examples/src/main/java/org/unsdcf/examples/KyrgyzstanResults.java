package org.unsdcf.examples;

import static org.unsdcf.examples.KyrgyzstanCodes.*;
import static org.unsdcf.examples.PlanParts.SEX;
import static org.unsdcf.examples.PlanParts.actual;
import static org.unsdcf.examples.PlanParts.baseline;
import static org.unsdcf.examples.PlanParts.finalTarget;
import static org.unsdcf.examples.PlanParts.headCount;
import static org.unsdcf.examples.PlanParts.milestone;
import static org.unsdcf.examples.PlanParts.percentage;
import static org.unsdcf.examples.PlanParts.shareOf;
import static org.unsdcf.examples.UnEntities.*;

import java.util.List;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.Frequency;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.model.Value;

/**
 * The results framework of the Kyrgyz Republic plan: four priority areas, their outcomes, outputs
 * and indicators.
 *
 * <p>Facts: the four priority areas are the Cooperation Framework's own, as the UN in Kyrgyzstan
 * presented them on 17 April 2023 (https://kyrgyzstan.un.org/en/node/228040); the descriptions are
 * the longer wording of https://www.undp.org/kyrgyzstan/undp-and-un. The women's share of online
 * consultations in 2020 (about 500 people, 62% women, August to November 2020) is from USAID's
 * press release of 18 December 2020. Outcome and output titles are plainly descriptive, not quoted
 * from the framework document; every other baseline, target and measurement is illustrative.
 */
final class KyrgyzstanResults {
  private static final int BASELINE_YEAR = 2022;
  private static final int FINAL_YEAR = 2027;
  private static final int MIDPOINT_YEAR = 2025;

  private KyrgyzstanResults() {}

  static List<PriorityArea> priorityAreas() {
    return List.of(socialServices(), greenEconomy(), climateAction(), institutions());
  }

  // ---- SP1 -------------------------------------------------------------------------------

  private static PriorityArea socialServices() {
    return PriorityArea.builder()
        .code(SP1_SOCIAL_SERVICES)
        .title("Quality social services")
        .description(
            "Equitable access to quality social services (education, health, social protection)"
                + " and decent work")
        .addOutcome(peopleUseSocialServices())
        .build();
  }

  private static Outcome peopleUseSocialServices() {
    return Outcome.builder()
        .code(OC1_1_SOCIAL_SERVICES)
        .title("People, including migrants and their families, use quality social services")
        .addSdgTargets("1.3", "4.5", "10.7")
        .addIndicator(migrantsConsulted())
        .addOutputs(migrantSupport(), inclusiveEducation())
        .build();
  }

  private static Indicator migrantsConsulted() {
    // A cumulative head count, split by sex; the female figures are the numerators of the
    // women's share below (350 of 600 in 2023, 390 of 620 more in 2024).
    return headCount(
            IND_MIGRANTS_CONSULTED,
            "Migrants who received free legal or psychological consultations (cumulative)",
            Accumulation.CUMULATIVE)
        .direction(Direction.INCREASE)
        .baseline(baseline(BASELINE_YEAR, 0))
        .addTargets(milestone(MIDPOINT_YEAR, 1800), finalTarget(FINAL_YEAR, 3000))
        .addDisaggregation(SEX)
        .addMeasurements(
            actual(2023, 600),
            actual(2023, "sex", "female", 350),
            actual(2023, "sex", "male", 250),
            actual(2024, 1220),
            actual(2024, "sex", "female", 740),
            actual(2024, "sex", "male", 480))
        .frequency(Frequency.ANNUAL)
        .addMeansOfVerification("Consultation register")
        .addResponsibleEntity(IOM)
        .build();
  }

  private static Output migrantSupport() {
    return Output.builder()
        .code(OP1_1_1_MIGRANT_SUPPORT)
        .title("Migrants have access to information, legal aid and psychosocial support")
        .addContributingEntities(IOM, UN_WOMEN)
        .addSdgTarget("10.7")
        .addTags(Tag.of(Tag.GCM_OBJECTIVE, "3"), Tag.of(Tag.GCM_OBJECTIVE, "7"))
        .addIndicator(womenShareOfConsultations())
        .build();
  }

  private static Indicator womenShareOfConsultations() {
    // The baseline is the real 2020 figure; design.md's shorter worked example uses 2022/40.
    // Nothing was measured in 2021 and 2022, before the framework began, so the validator's
    // IND-009 notes those two years (INFO); the measurements of 2023 and 2024 are illustrative.
    return percentage(
            IND_WOMEN_SHARE,
            "Share of women among migrants who received free online legal and psychological"
                + " consultations")
        .direction(Direction.INCREASE)
        .baseline(
            Baseline.builder()
                .year(2020)
                .value(Value.numeric(62))
                .comment("310 of 500 people consulted between August and November 2020")
                .build())
        .addTarget(finalTarget(FINAL_YEAR, 65))
        .addMeasurements(shareOf(2023, 350, 600), shareOf(2024, 390, 620))
        .frequency(Frequency.ANNUAL)
        .addMeansOfVerification("Consultation register")
        .addResponsibleEntity(IOM)
        .build();
  }

  private static Output inclusiveEducation() {
    return Output.builder()
        .code(OP1_1_2_INCLUSIVE_EDUCATION)
        .title("Children with disabilities learn in inclusive mainstream schools")
        .addContributingEntities(UNICEF, UNESCO)
        .addSdgTargets("4.5", "4.a")
        .addIndicator(
            headCount(
                    IND_INCLUSIVE_ENROLMENT,
                    "Children with disabilities enrolled in mainstream schools",
                    Accumulation.LEVEL)
                .direction(Direction.INCREASE)
                .baseline(baseline(BASELINE_YEAR, 4200))
                .addTarget(finalTarget(FINAL_YEAR, 9000))
                .addMeasurements(actual(2023, 4900), actual(2024, 5600))
                .frequency(Frequency.ANNUAL)
                .addMeansOfVerification("Education management information system")
                .addResponsibleEntity(UNICEF)
                .build())
        .build();
  }

  // ---- SP2 -------------------------------------------------------------------------------

  private static PriorityArea greenEconomy() {
    return PriorityArea.builder()
        .code(SP2_GREEN_ECONOMY)
        .title("Inclusive green socio-economic development")
        .addOutcome(decentWorkAndGreenGrowth())
        .build();
  }

  private static Outcome decentWorkAndGreenGrowth() {
    return Outcome.builder()
        .code(OC2_1_DECENT_WORK)
        .title(
            "Women, young people and vulnerable groups benefit from decent work and green growth")
        .addSdgTargets("5.5", "8.3", "8.5")
        .addIndicator(
            percentage(IND_YOUTH_UNEMPLOYMENT, "Unemployment rate of young people aged 15-24")
                .direction(Direction.DECREASE)
                .baseline(baseline(BASELINE_YEAR, 12))
                .addTarget(finalTarget(FINAL_YEAR, 9))
                .addMeasurements(actual(2023, "11.6"), actual(2024, "11.1"))
                .frequency(Frequency.ANNUAL)
                .sdgIndicator("8.5.2")
                .addMeansOfVerification("Labour force survey")
                .dataSource("National Statistical Committee of the Kyrgyz Republic")
                .addResponsibleEntity(ILO)
                .build())
        .addOutput(enterpriseSupport())
        .build();
  }

  private static Output enterpriseSupport() {
    return Output.builder()
        .code(OP2_1_1_ENTERPRISE)
        .title("Women, young people and small businesses have the skills and finance to grow")
        .addContributingEntities(UNDP, UN_WOMEN, ILO, FAO)
        .addSdgTargets("5.5", "8.3")
        .addIndicator(
            headCount(
                    IND_BUSINESSES_SUPPORTED,
                    "Women and young people supported to start or grow a business (cumulative)",
                    Accumulation.CUMULATIVE)
                .direction(Direction.INCREASE)
                .baseline(baseline(BASELINE_YEAR, 0))
                .addTarget(finalTarget(FINAL_YEAR, 2500))
                .addMeasurements(actual(2023, 420), actual(2024, 980))
                .frequency(Frequency.ANNUAL)
                .addMeansOfVerification("Project beneficiary records")
                .addResponsibleEntities(UN_WOMEN, ILO)
                .build())
        .build();
  }

  // ---- SP3 -------------------------------------------------------------------------------

  private static PriorityArea climateAction() {
    return PriorityArea.builder()
        .code(SP3_CLIMATE_ACTION)
        .title("Climate action, disaster risk management and environmental protection")
        .description(
            "Inclusive approaches to climate action, disaster risk management and environmental"
                + " protection")
        .addOutcome(resilientCommunities())
        .build();
  }

  private static Outcome resilientCommunities() {
    return Outcome.builder()
        .code(OC3_1_RESILIENCE)
        .title("Communities and institutions are more resilient to climate change and disasters")
        .addSdgTargets("1.5", "11.b", "13.1")
        .addIndicator(
            percentage(
                    IND_LOCAL_DRR_STRATEGIES,
                    "Local governments that adopt and implement local disaster risk reduction"
                        + " strategies")
                .direction(Direction.INCREASE)
                .baseline(baseline(BASELINE_YEAR, 35))
                .addTargets(milestone(MIDPOINT_YEAR, 50), finalTarget(FINAL_YEAR, 70))
                .addMeasurements(actual(2023, 41), actual(2024, 48))
                .frequency(Frequency.ANNUAL)
                .sdgIndicator("13.1.3")
                .addMeansOfVerification("Ministry of Emergency Situations annual report")
                .addResponsibleEntity(UNDP)
                .build())
        .addOutput(localRiskPlanning())
        .build();
  }

  private static Output localRiskPlanning() {
    return Output.builder()
        .code(OP3_1_1_LOCAL_PLANNING)
        .title("Local authorities plan and finance climate adaptation and disaster risk reduction")
        .addContributingEntities(UNDP, WFP, FAO)
        .addSdgTargets("11.b", "13.1")
        .addIndicator(
            headCount(
                    IND_RISK_INFORMED_PLANS,
                    "Municipalities with climate-risk-informed local development plans"
                        + " (cumulative)",
                    Accumulation.CUMULATIVE)
                .direction(Direction.INCREASE)
                .baseline(baseline(BASELINE_YEAR, 12))
                .addTarget(finalTarget(FINAL_YEAR, 80))
                .addMeasurements(actual(2023, 20), actual(2024, 31))
                .frequency(Frequency.ANNUAL)
                .addMeansOfVerification("Approved local development plans")
                .addResponsibleEntities(UNDP, WFP)
                .build())
        .build();
  }

  // ---- SP4 -------------------------------------------------------------------------------

  private static PriorityArea institutions() {
    return PriorityArea.builder()
        .code(SP4_INSTITUTIONS)
        .title(
            "Accountable and inclusive institutions and civil society fostering peace and social"
                + " cohesion")
        .description(
            "Just, accountable and inclusive institutions and a civil society for peace, cohesion"
                + " and human rights")
        .addOutcome(rightsAndAccountability())
        .build();
  }

  private static Outcome rightsAndAccountability() {
    return Outcome.builder()
        .code(OC4_1_RIGHTS)
        .title("People benefit from accountable institutions, access to justice and human rights")
        .addSdgTargets("16.3", "16.6", "16.7")
        .addIndicator(
            percentage(
                    IND_UPR_IMPLEMENTED,
                    "Accepted Universal Periodic Review recommendations that are implemented")
                .direction(Direction.INCREASE)
                .baseline(baseline(BASELINE_YEAR, 30))
                .addTarget(finalTarget(FINAL_YEAR, 60))
                .addMeasurements(actual(2023, 34), actual(2024, 39))
                .frequency(Frequency.ANNUAL)
                .addMeansOfVerification("National report to the Universal Periodic Review")
                .addResponsibleEntity(OHCHR)
                .build())
        .addOutput(humanRightsCapacity())
        .build();
  }

  private static Output humanRightsCapacity() {
    // Per-period counts: each year's trainees add up, so the years must not overlap.
    return Output.builder()
        .code(OP4_1_1_HUMAN_RIGHTS)
        .title("State bodies and civil society promote human rights, gender equality and cohesion")
        .addContributingEntities(OHCHR, UNDP, UN_WOMEN)
        .addSdgTargets("5.1", "16.7", "16.a")
        .addIndicator(
            headCount(
                    IND_PEOPLE_TRAINED,
                    "Civil servants and civil society members trained in human rights-based"
                        + " approaches",
                    Accumulation.PER_PERIOD)
                .direction(Direction.INCREASE)
                .baseline(baseline(BASELINE_YEAR, 0))
                .addTarget(finalTarget(FINAL_YEAR, 1200))
                .addDisaggregation(SEX)
                .addMeasurements(
                    actual(2023, 210),
                    actual(2023, "sex", "female", 130),
                    actual(2023, "sex", "male", 80),
                    actual(2024, 260),
                    actual(2024, "sex", "female", 150),
                    actual(2024, "sex", "male", 110))
                .frequency(Frequency.ANNUAL)
                .addMeansOfVerification("Training attendance lists")
                .addResponsibleEntities(OHCHR, UNDP)
                .build())
        .build();
  }
}
