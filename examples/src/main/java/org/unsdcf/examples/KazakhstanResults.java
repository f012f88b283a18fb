package org.unsdcf.examples;

import static org.unsdcf.examples.KazakhstanCodes.*;
import static org.unsdcf.examples.PlanParts.actual;
import static org.unsdcf.examples.PlanParts.baseline;
import static org.unsdcf.examples.PlanParts.finalTarget;
import static org.unsdcf.examples.PlanParts.headCount;
import static org.unsdcf.examples.PlanParts.percentage;
import static org.unsdcf.examples.UnEntities.*;

import java.util.List;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.Frequency;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * The results framework of the Kazakhstan plan: three priority areas, one outcome and one output
 * each, with their indicators.
 *
 * <p>Facts: the three areas of work, as Kazinform reported the signing on 13 August 2020
 * (https://www.inform.kz/en/kazakhstan-un-sign-cooperation-framework_a3683012). Outcome and output
 * titles are plainly descriptive, not quoted from the framework document; all baselines, targets
 * and measurements are illustrative.
 */
final class KazakhstanResults {
  private static final int BASELINE_YEAR = 2020;
  private static final int FINAL_YEAR = 2025;

  private KazakhstanResults() {}

  static List<PriorityArea> priorityAreas() {
    return List.of(humanDevelopment(), institutions(), environmentAndEconomy());
  }

  // ---- SP1 -------------------------------------------------------------------------------

  private static PriorityArea humanDevelopment() {
    return PriorityArea.builder()
        .code(SP1_HUMAN_DEVELOPMENT)
        .title("Human development and equal participation")
        .addOutcome(
            Outcome.builder()
                .code(OC1_1_SERVICES)
                .title("People, the most vulnerable first, use quality social services")
                .addSdgTargets("1.3", "3.8", "4.2")
                .addIndicator(
                    percentage(
                            IND_PRESCHOOL_PARTICIPATION,
                            "Participation rate in organized learning one year before the"
                                + " official primary entry age")
                        .direction(Direction.INCREASE)
                        .baseline(baseline(BASELINE_YEAR, 90))
                        .addTarget(finalTarget(FINAL_YEAR, 98))
                        .addMeasurements(
                            actual(2021, 91), actual(2022, 93), actual(2023, 94), actual(2024, 95))
                        .frequency(Frequency.ANNUAL)
                        .sdgIndicator("4.2.2")
                        .addMeansOfVerification("National education statistics")
                        .addResponsibleEntity(UNICEF)
                        .build())
                .addOutput(inclusivePreschool())
                .build())
        .build();
  }

  private static Output inclusivePreschool() {
    return Output.builder()
        .code(OP1_1_1_INCLUSIVE_PRESCHOOL)
        .title("Children with disabilities have access to inclusive preschool education")
        .addContributingEntities(UNICEF, UNESCO)
        .addSdgTargets("4.2", "4.5")
        .addIndicator(
            headCount(
                    IND_CHILDREN_IN_INCLUSIVE_GROUPS,
                    "Children with disabilities in inclusive preschool groups",
                    Accumulation.LEVEL)
                .direction(Direction.INCREASE)
                .baseline(baseline(BASELINE_YEAR, 1500))
                .addTarget(finalTarget(FINAL_YEAR, 4000))
                .addMeasurements(
                    actual(2021, 1800), actual(2022, 2300), actual(2023, 2900), actual(2024, 3400))
                .frequency(Frequency.ANNUAL)
                .addMeansOfVerification("Preschool enrolment records")
                .addResponsibleEntity(UNICEF)
                .build())
        .build();
  }

  // ---- SP2 -------------------------------------------------------------------------------

  private static PriorityArea institutions() {
    return PriorityArea.builder()
        .code(SP2_INSTITUTIONS)
        .title("Effective institutions, human rights and gender equality")
        .addOutcome(
            Outcome.builder()
                .code(OC2_1_FREEDOM_FROM_VIOLENCE)
                .title("Women and girls live free from violence and discrimination")
                .addSdgTargets("5.1", "5.2", "16.3")
                .addIndicator(
                    percentage(
                            IND_SURVIVORS_SEEKING_HELP,
                            "Women who experienced domestic violence and sought help from"
                                + " specialised services")
                        .direction(Direction.INCREASE)
                        .baseline(baseline(BASELINE_YEAR, 25))
                        .addTarget(finalTarget(FINAL_YEAR, 40))
                        .addMeasurements(
                            actual(2021, 27), actual(2022, 29), actual(2023, 32), actual(2024, 35))
                        .frequency(Frequency.ANNUAL)
                        .addMeansOfVerification("Survey on violence against women")
                        .addResponsibleEntity(UN_WOMEN)
                        .build())
                .addOutput(violenceResponse())
                .build())
        .build();
  }

  private static Output violenceResponse() {
    // Per-period counts: each year's trainees add up.
    return Output.builder()
        .code(OP2_1_1_VIOLENCE_RESPONSE)
        .title("Police, courts and crisis centres respond to domestic violence to standard")
        .addContributingEntities(UN_WOMEN, UNFPA, UNODC)
        .addSdgTargets("5.2", "16.3")
        .addIndicator(
            headCount(
                    IND_PROFESSIONALS_TRAINED,
                    "Police officers, judges and crisis centre staff trained to respond to"
                        + " domestic violence",
                    Accumulation.PER_PERIOD)
                .direction(Direction.INCREASE)
                .baseline(baseline(BASELINE_YEAR, 0))
                .addTarget(finalTarget(FINAL_YEAR, 2000))
                .addMeasurements(
                    actual(2021, 250), actual(2022, 380), actual(2023, 420), actual(2024, 450))
                .frequency(Frequency.ANNUAL)
                .addMeansOfVerification("Training attendance lists")
                .addResponsibleEntities(UN_WOMEN, UNFPA)
                .build())
        .build();
  }

  // ---- SP3 -------------------------------------------------------------------------------

  private static PriorityArea environmentAndEconomy() {
    return PriorityArea.builder()
        .code(SP3_ENVIRONMENT_ECONOMY)
        .title("Sustainable environment and inclusive economic development")
        .addOutcome(
            Outcome.builder()
                .code(OC3_1_GREEN_ECONOMY)
                .title("People benefit from a greener, more diversified economy")
                .addSdgTargets("7.2", "7.3", "13.2")
                .addIndicator(
                    percentage(
                            IND_RENEWABLE_SHARE,
                            "Renewable energy share in total final energy consumption")
                        .direction(Direction.INCREASE)
                        .baseline(baseline(BASELINE_YEAR, 2))
                        .addTarget(finalTarget(FINAL_YEAR, 6))
                        .addMeasurements(
                            actual(2021, "2.3"),
                            actual(2022, "2.9"),
                            actual(2023, "3.4"),
                            actual(2024, "4.1"))
                        .frequency(Frequency.ANNUAL)
                        .sdgIndicator("7.2.1")
                        .addMeansOfVerification("National energy balance")
                        .addResponsibleEntity(UNDP)
                        .build())
                .addOutput(energyEfficiency())
                .build())
        .build();
  }

  private static Output energyEfficiency() {
    return Output.builder()
        .code(OP3_1_1_ENERGY_EFFICIENCY)
        .title("Municipalities and businesses adopt energy-efficient, low-carbon solutions")
        .addContributingEntities(UNDP, FAO)
        .addSdgTargets("7.3", "13.2")
        .addIndicator(electricitySaved())
        .build();
  }

  private static Indicator electricitySaved() {
    // Measured in gigawatt hours, not a head count: the unit catalogue says what is counted.
    return Indicator.builder()
        .code(IND_ELECTRICITY_SAVED)
        .title("Electricity saved through supported energy-efficiency measures (cumulative)")
        .measure(Measure.UNIT)
        .unit(IndicatorUnit.GIGAWATT_HOUR)
        .accumulation(Accumulation.CUMULATIVE)
        .direction(Direction.INCREASE)
        .baseline(baseline(BASELINE_YEAR, 0))
        .addTarget(finalTarget(FINAL_YEAR, 120))
        .addMeasurements(actual(2021, 10), actual(2022, 28), actual(2023, 51), actual(2024, 80))
        .frequency(Frequency.ANNUAL)
        .addMeansOfVerification("Metered consumption of supported buildings")
        .addResponsibleEntity(UNDP)
        .build();
  }
}
