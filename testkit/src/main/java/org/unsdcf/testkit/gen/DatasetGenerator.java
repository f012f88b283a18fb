package org.unsdcf.testkit.gen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.ChairRole;
import org.unsdcf.core.model.CoChair;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DecisionKind;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.DisaggregationDimension;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.Frequency;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.JwpStatus;
import org.unsdcf.core.model.Location;
import org.unsdcf.core.model.LocationLevel;
import org.unsdcf.core.model.Marker;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SteeringCommittee;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.model.YearRange;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * Generates the benchmark datasets of design.md §10: realistic, clean plans of a fixed shape (see
 * {@link DatasetSize}), unlike {@link PlanGenerator}'s hostile ones. Every plan runs 2023-2027 with
 * a JWP 2023-2024 (ENDORSED) and a JWP 2025-2026 (DRAFT); it is built to validate with few findings
 * at the as-of date {@link #AS_OF} (every measurement ends by then, statuses match it).
 *
 * <pre>{@code
 * DatasetGenerator generator = new DatasetGenerator(DatasetGenerator.DEFAULT_SEED);
 * CooperationFramework typical = generator.plan(0, 1);
 * List<CooperationFramework> global = generator.plans(DatasetSize.GLOBAL);
 * }</pre>
 *
 * <p>Plan {@code index} at a given scale depends only on the seed, the index and the scale, so a
 * dataset can be generated plan by plan. This class is immutable and thread-safe.
 */
public final class DatasetGenerator {
  /** The seed of the committed benchmark results. */
  public static final long DEFAULT_SEED = 20_230_324L;

  /** The as-of date the datasets are built to be clean at. */
  public static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  /** Outcomes per priority area, repeating: 4 areas hold 6 outcomes. */
  private static final int[] OUTCOMES_PER_AREA = {2, 2, 1, 1};

  private static final int OUTPUTS_PER_OUTCOME = 4;
  private static final int INDICATORS_PER_OUTCOME = 4;
  private static final int INDICATORS_PER_OUTPUT = 3;
  private static final int SUB_OUTPUTS_PER_JWP = 300;

  private static final List<String> SDG_TARGETS =
      List.of(
          "1.2", "1.3", "1.4", "2.1", "2.4", "3.4", "3.8", "4.1", "4.2", "5.2", "5.5", "6.1", "7.1",
          "8.5", "8.8", "10.2", "10.7", "11.1", "13.1", "13.3", "16.3", "16.6", "17.9");
  private static final List<String> QCPR =
      List.of(
          "Direct support",
          "Capacity development",
          "Policy advice",
          "Data and analysis",
          "Normative support",
          "Convening");
  private static final List<String> TARGET_GROUPS =
      List.of(
          "Migrants",
          "Women and girls",
          "Children",
          "Youth",
          "Persons with disabilities",
          "Older persons",
          "Rural population",
          "Returnees and their families",
          "Small and medium enterprises",
          "Local self-government bodies");
  private static final List<String> IMPLEMENTING =
      List.of(
          "Ministry of Labour",
          "Ministry of Health",
          "Ministry of Education",
          "Resource Center for the Elderly",
          "Legal Prosperity",
          "Crisis Centres",
          "NSC",
          "Красный Полумесяц");
  private static final List<String> DONORS =
      List.of("USAID", "EU", "Switzerland", "Japan", "SDG Fund", "PBF", "Core/Regular Resources");
  private static final List<String> DONOR_IDS =
      List.of("US-GOV-1", "XI-IATI-EC_INTPA", "CH-4", "XM-DAC-701", "XM-DAC-41AAA", "XM-OCHA-PBF");
  private static final List<String> REGIONS =
      List.of("Batken", "Chui", "Issyk-Kul", "Jalal-Abad", "Naryn", "Osh", "Talas", "Бишкек");
  private static final List<String> WORDS =
      List.of(
          "access",
          "quality",
          "social",
          "services",
          "migrants",
          "families",
          "inclusive",
          "health",
          "education",
          "protection",
          "women",
          "youth",
          "resilience",
          "climate",
          "governance",
          "justice",
          "local",
          "communities",
          "capacity",
          "national",
          "institutions",
          "data",
          "evidence",
          "policy",
          "support",
          "rural",
          "livelihoods",
          "employment",
          "digital",
          "sustainable",
          "water",
          "energy",
          "disaster",
          "risk",
          "reduction",
          "gender",
          "equality",
          "rights",
          "participation",
          "coordination",
          "monitoring",
          "strengthened",
          "improved",
          "through",
          "and",
          "for",
          "with",
          "of",
          "the",
          "in",
          "to",
          "including",
          "vulnerable",
          "groups",
          "partners",
          "programme",
          "mechanisms",
          "реформа",
          "устойчивое",
          "развитие",
          "өнүгүү",
          "жамаат",
          "социалдык");
  private static final List<String> ENTITIES = Kit.ENTITIES;

  private final long seed;

  /**
   * Obtains a generator.
   *
   * @param seed the seed every plan is derived from, e.g. {@link #DEFAULT_SEED}
   */
  public DatasetGenerator(long seed) {
    this.seed = seed;
  }

  /**
   * Generates the distinct plans of a dataset, in order; a {@link DatasetSize#STRESS} stream is
   * these plans' NDJSON replayed {@link DatasetSize#replays()} times.
   *
   * @param size the dataset
   * @return {@code size.distinctPlans()} plans at {@code size.scale()}
   * @throws NullPointerException if size is null
   */
  public List<CooperationFramework> plans(DatasetSize size) {
    Objects.requireNonNull(size, "size");
    List<CooperationFramework> plans = new ArrayList<>(size.distinctPlans());
    for (int i = 0; i < size.distinctPlans(); i++) {
      plans.add(plan(i, size.scale()));
    }
    return plans;
  }

  /**
   * Generates one plan of a dataset.
   *
   * @param index the plan's position in its dataset, from 0
   * @param scale how many times a typical plan it is, at least 1
   * @return a plan that depends only on this generator's seed, the index and the scale
   * @throws IllegalArgumentException if index is negative or scale below 1
   */
  public CooperationFramework plan(int index, int scale) {
    if (index < 0 || scale < 1) {
      throw new IllegalArgumentException(
          "index must be at least 0 and scale at least 1, but was " + index + " and " + scale);
    }
    long mixed = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + scale;
    return new One(new SplittableRandom(mixed), index, scale).plan();
  }

  /** The generation of one plan. */
  private static final class One {
    private final SplittableRandom random;
    private final int scale;
    private final String country;
    private final List<String> outputCodes = new ArrayList<>();

    One(SplittableRandom random, int index, int scale) {
      this.random = random;
      this.scale = scale;
      this.country = country(index);
    }

    CooperationFramework plan() {
      List<PriorityArea> areas = new ArrayList<>();
      int outcome = 0;
      for (int a = 0; a < 4 * scale; a++) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int o = 0; o < OUTCOMES_PER_AREA[a % 4]; o++) {
          outcomes.add(outcome(a + 1, ++outcome));
        }
        areas.add(
            PriorityArea.builder()
                .code("SP" + (a + 1))
                .title(title(4, 9))
                .description(text(40, 80))
                .outcomes(outcomes)
                .build());
      }
      List<ResultsGroup> groups = new ArrayList<>();
      for (int g = 0; g < 2 * scale; g++) {
        String first = pick(ENTITIES);
        String second = other(first);
        groups.add(
            ResultsGroup.builder()
                .code("RG" + (g + 1))
                .title("Results Group on " + title(3, 7))
                .addScope("SP" + (2 * g + 1))
                .addScope("SP" + (2 * g + 2))
                .addCoChair(unCoChair(first))
                .addCoChair(unCoChair(second))
                .addCoChair(
                    CoChair.builder()
                        .entity("Ministry of Economy and Commerce")
                        .role(ChairRole.GOVERNMENT_CO_CHAIR)
                        .from(LocalDate.of(2023, 1, 1))
                        .build())
                .members(distinct(ENTITIES, 6, List.of(first, second)))
                .addGovernmentMember("Ministry of Economy and Commerce")
                .build());
      }
      String jwp1 = "JWP-" + country + "-2023-2024";
      String jwp2 = "JWP-" + country + "-2025-2026";
      return CooperationFramework.builder()
          .code("CF-" + country + "-2023-2027")
          .title("UN Sustainable Development Cooperation Framework " + country + " 2023-2027")
          .addCountry(country)
          .period(YearRange.of(2023, 2027))
          .signedOn(LocalDate.of(2022, 12, 15))
          .currency("USD")
          .steeringCommittee(
              SteeringCommittee.builder()
                  .name("Joint Strategic Coordination Committee")
                  .governmentCoChair("Chairman of the Cabinet of Ministers")
                  .unCoChair("UN Resident Coordinator")
                  .addDecision(
                      Decision.builder()
                          .date(LocalDate.of(2023, 3, 24))
                          .kind(DecisionKind.ENDORSE_JWP)
                          .addSubject(jwp1)
                          .summary(text(20, 40))
                          .build())
                  .addDecision(
                      Decision.builder()
                          .date(LocalDate.of(2024, 2, 15))
                          .kind(DecisionKind.REVIEW_PROGRESS)
                          .summary(text(20, 40))
                          .build())
                  .build())
          .priorityAreas(areas)
          .resultsGroups(groups)
          .addJointWorkPlan(
              JointWorkPlan.builder()
                  .code(jwp1)
                  .title("Joint Work Plan 2023-2024")
                  .period(YearRange.of(2023, 2024))
                  .status(JwpStatus.ENDORSED)
                  .version(1)
                  .resultsGroup("RG1")
                  .endorsement(
                      Endorsement.builder()
                          .date(LocalDate.of(2023, 3, 24))
                          .body("Joint Strategic Coordination Committee")
                          .build())
                  .entries(subOutputs(1, 2023))
                  .build())
          .addJointWorkPlan(
              JointWorkPlan.builder()
                  .code(jwp2)
                  .title("Joint Work Plan 2025-2026")
                  .period(YearRange.of(2025, 2026))
                  .status(JwpStatus.DRAFT)
                  .version(1)
                  .resultsGroup("RG2")
                  .entries(subOutputs(2, 2025))
                  .build())
          .build();
    }

    private Outcome outcome(int area, int number) {
      String code = "OC" + area + "." + number;
      List<Indicator> indicators = new ArrayList<>();
      for (int i = 1; i <= INDICATORS_PER_OUTCOME; i++) {
        indicators.add(indicator(code + "-I" + i));
      }
      List<Output> outputs = new ArrayList<>();
      for (int p = 1; p <= OUTPUTS_PER_OUTCOME; p++) {
        outputs.add(output(code.substring(2) + "." + p));
      }
      List<String> sdg = distinct(SDG_TARGETS, between(1, 3));
      return Outcome.builder()
          .code(code)
          .title(title(8, 16))
          .statement(text(15, 30))
          .sdgTargets(sdg)
          .indicators(indicators)
          .outputs(outputs)
          .build();
    }

    private Output output(String number) {
      String code = "OP" + number;
      outputCodes.add(code);
      List<Indicator> indicators = new ArrayList<>();
      for (int i = 1; i <= INDICATORS_PER_OUTPUT; i++) {
        indicators.add(indicator(code + "-I" + i));
      }
      Output.Builder output =
          Output.builder()
              .code(code)
              .title(title(8, 14))
              .description(text(10, 25))
              .contributingEntities(distinct(ENTITIES, between(1, 3)))
              .sdgTargets(distinct(SDG_TARGETS, between(1, 2)))
              .indicators(indicators);
      if (random.nextInt(3) == 0) {
        output.addTag(Tag.of(Tag.GCM_OBJECTIVE, Integer.toString(between(1, 23))));
      }
      return output.build();
    }

    private Indicator indicator(String code) {
      Indicator.Builder indicator =
          Indicator.builder()
              .code(code)
              .title(title(4, 8))
              .direction(Direction.INCREASE)
              .frequency(Frequency.ANNUAL)
              .addMeansOfVerification(title(2, 5))
              .dataSource(pick(IMPLEMENTING))
              .responsibleEntities(distinct(ENTITIES, between(1, 2)));
      return random.nextBoolean() ? count(indicator) : percentage(indicator);
    }

    /** A cumulative count with a sex-disaggregated 2023 figure that adds up. */
    private Indicator count(Indicator.Builder indicator) {
      long baseline = between(100, 5_000);
      long h1 = baseline + between(10, 400);
      long year = h1 + between(10, 400);
      long female = year / 2 + between(0, (int) (year / 4));
      long q1 = year + between(10, 400);
      ReportingPeriod y2023 = ReportingPeriod.ofYear(2023);
      return indicator
          .measure(Measure.UNIT)
          .unit(IndicatorUnit.COUNT)
          .accumulation(Accumulation.CUMULATIVE)
          .baseline(Baseline.of(2022, Value.numeric(baseline)))
          .addTarget(Target.of(2027, TargetKind.FINAL, Value.numeric(baseline * 2 + 500)))
          .addMeasurement(Measurement.of(period(2023, 1, 2023, 6), Value.numeric(h1)))
          .addMeasurement(Measurement.of(y2023, Value.numeric(year)))
          .addMeasurement(
              Measurement.builder()
                  .period(y2023)
                  .putDisaggregation("sex", "female")
                  .value(Value.numeric(female))
                  .build())
          .addMeasurement(
              Measurement.builder()
                  .period(y2023)
                  .putDisaggregation("sex", "male")
                  .value(Value.numeric(year - female))
                  .build())
          .addMeasurement(
              Measurement.builder()
                  .period(period(2024, 1, 2024, 3))
                  .value(Value.numeric(q1))
                  .source(pick(IMPLEMENTING))
                  .build())
          .addDisaggregation(DisaggregationDimension.of("sex", true, "female", "male"))
          .build();
    }

    /** A percentage level, some actuals with their numerator and denominator. */
    private Indicator percentage(Indicator.Builder indicator) {
      int baseline = between(200, 600); // tenths of a percent
      indicator
          .measure(Measure.PERCENTAGE)
          .unit(IndicatorUnit.PERCENT)
          .accumulation(Accumulation.LEVEL)
          .baseline(Baseline.of(2022, Value.numeric(tenths(baseline))))
          .addTarget(Target.of(2027, TargetKind.FINAL, Value.numeric(tenths(baseline + 150))));
      int value = baseline;
      for (int q = 0; q < 5; q++) {
        value = Math.min(1_000, value + between(0, 40));
        int startMonth = 1 + 3 * (q % 4);
        int year = 2023 + q / 4;
        Measurement.Builder m =
            Measurement.builder()
                .period(period(year, startMonth, year, startMonth + 2))
                .value(Value.numeric(tenths(value)));
        if (random.nextBoolean()) {
          m.numerator(BigDecimal.valueOf(value)).denominator(BigDecimal.valueOf(1_000));
        }
        indicator.addMeasurement(m.build());
      }
      return indicator.build();
    }

    private List<SubOutput> subOutputs(int jwp, int firstYear) {
      List<SubOutput> entries = new ArrayList<>();
      for (int s = 0; s < SUB_OUTPUTS_PER_JWP * scale; s++) {
        entries.add(subOutput(jwp, s, firstYear));
      }
      return entries;
    }

    private SubOutput subOutput(int jwp, int s, int firstYear) {
      String outputCode = outputCodes.get(s % outputCodes.size());
      LocalDate start = LocalDate.of(firstYear, 1, 1).plusDays(random.nextInt(150));
      LocalDate end = LocalDate.of(firstYear + 1, 2, 1).plusDays(random.nextInt(330));
      ImplementationStatus status;
      if (firstYear > AS_OF.getYear()) {
        status = ImplementationStatus.PIPELINE;
      } else {
        status =
            end.isBefore(AS_OF) ? ImplementationStatus.CLOSED : ImplementationStatus.IMPLEMENTATION;
      }
      String lead = pick(ENTITIES);
      List<String> agencies = distinct(ENTITIES, between(1, 3), List.of(lead));
      List<PartnerRef> donors = new ArrayList<>();
      for (String name : distinct(DONORS, random.nextInt(4) == 0 ? 2 : 1)) {
        donors.add(
            random.nextInt(8) != 0
                ? PartnerRef.of(name)
                : PartnerRef.builder().name(name).iatiOrgId(pick(DONOR_IDS)).build());
      }
      List<PartnerRef> implementing = new ArrayList<>();
      for (String name : distinct(IMPLEMENTING, 1)) {
        implementing.add(PartnerRef.of(name));
      }
      List<Location> places = new ArrayList<>();
      places.add(Location.of(LocationLevel.NATIONAL, country));
      if (random.nextInt(6) == 0) {
        for (String region : distinct(REGIONS, 1)) {
          places.add(Location.of(LocationLevel.SUBNATIONAL, region));
        }
      }
      SubOutput.Builder entry =
          SubOutput.builder()
              .code(String.format(Locale.ROOT, "SO%d-%s-%03d", jwp, outputCode, s))
              .title(title(3, 6))
              .outputCode(outputCode)
              .leadEntity(lead)
              .agencies(agencies)
              .implementingPartners(implementing)
              .contributingPartners(donors)
              .sdgTargets(distinct(SDG_TARGETS, random.nextInt(3) == 0 ? 2 : 1))
              .genderEqualityMarker(pick(List.of(Marker.values())))
              .humanRightsMarker(pick(List.of(Marker.values())))
              .qcprFunctions(distinct(QCPR, 1))
              .geographicScope(places)
              .targetGroups(distinct(TARGET_GROUPS, random.nextInt(3) == 0 ? 2 : 1))
              .status(status)
              .start(start)
              .end(end);
      if (random.nextInt(10) == 0) {
        entry.description(text(6, 14));
      }
      if (random.nextInt(4) == 0) {
        entry.sustainingPeaceMarker(pick(List.of(Marker.values())));
      }
      if (random.nextInt(5) == 0) {
        entry.addTag(Tag.of(Tag.GCM_OBJECTIVE, Integer.toString(between(1, 23))));
      }
      for (int y = firstYear; y <= firstYear + 1; y++) {
        entry.addFunding(fundingLine(y, lead, PartnerRef.of(donors.get(0).name())));
      }
      return entry.build();
    }

    private FundingLine fundingLine(int year, String agency, PartnerRef donor) {
      long required = 100L * between(100, 5_000);
      long available = required * between(50, 100) / 100;
      FundingLine.Builder line =
          FundingLine.builder()
              .year(year)
              .agency(agency)
              .contributingPartner(donor)
              .required(Money.of(required, "USD"))
              .available(Money.of(available, "USD"));
      if (year < AS_OF.getYear()) {
        line.expenditure(Money.of(available * between(0, 100) / 100, "USD"));
      }
      return line.build();
    }

    private CoChair unCoChair(String entity) {
      return CoChair.builder()
          .entity(entity)
          .role(ChairRole.UN_CO_CHAIR)
          .from(LocalDate.of(2023, 1, 1))
          .build();
    }

    private String other(String entity) {
      String other = pick(ENTITIES);
      while (other.equals(entity)) {
        other = pick(ENTITIES);
      }
      return other;
    }

    private int between(int lo, int hi) {
      return lo + random.nextInt(hi - lo + 1);
    }

    private <T> T pick(List<T> choices) {
      return choices.get(random.nextInt(choices.size()));
    }

    /** {@code n} distinct elements (the required ones first), in a random order. */
    private <T> List<T> distinct(List<T> from, int n) {
      return distinct(from, n, List.of());
    }

    private <T> List<T> distinct(List<T> from, int n, List<T> required) {
      List<T> out = new ArrayList<>(required);
      while (out.size() < Math.max(n, required.size())) {
        T candidate = pick(from);
        if (!out.contains(candidate)) {
          out.add(candidate);
        }
      }
      return out;
    }

    /** A title-case Name of a few words. */
    private String title(int minWords, int maxWords) {
      String s = words(minWords, maxWords);
      return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A Text of a sentence or two. */
    private String text(int minWords, int maxWords) {
      String s = title(minWords, maxWords);
      int cut = s.indexOf(' ', s.length() / 2);
      return cut < 0 ? s + "." : s.substring(0, cut) + ". " + s.substring(cut + 1) + ".";
    }

    private String words(int minWords, int maxWords) {
      int n = between(minWords, maxWords);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          s.append(' ');
        }
        s.append(pick(WORDS));
      }
      return s.toString();
    }

    private static BigDecimal tenths(int tenths) {
      return BigDecimal.valueOf(tenths, 1);
    }

    private static ReportingPeriod period(int y1, int m1, int y2, int m2) {
      LocalDate start = LocalDate.of(y1, m1, 1);
      LocalDate end = LocalDate.of(y2, m2, 1);
      return ReportingPeriod.of(start, end.withDayOfMonth(end.lengthOfMonth()));
    }

    /** Three letters per index: AAA, AAB, …, so every plan of a dataset has its own country. */
    private static String country(int index) {
      char[] letters = new char[3];
      int n = index;
      for (int i = 2; i >= 0; i--) {
        letters[i] = (char) ('A' + n % 26);
        n /= 26;
      }
      return new String(letters);
    }
  }
}
