package org.unsdcf.testkit.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
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
import org.unsdcf.core.model.Marker;
import org.unsdcf.core.model.MarkerKind;
import org.unsdcf.core.model.MarkerNarrative;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.NumericRange;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SteeringCommittee;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.model.YearNarrative;
import org.unsdcf.core.model.YearRange;
import org.unsdcf.core.units.IndicatorUnit;
import org.unsdcf.core.units.UnitKind;

/**
 * A small seeded generator of odd but buildable plans for the validator's totality property: codes
 * from a small pool (so duplicates and dangling references are common), dates and years around the
 * framework period, values in any unit. Unlike {@link org.unsdcf.testkit.gen.PlanGenerator}, whose
 * plans are clean by construction (faults come one at a time from {@code SingleFaults}), every plan
 * here is broken in many ways at once, and the plans of the property's cases set off every rule.
 */
final class RandomPlans {
  private static final String[] CODES = {"A", "B", "C", "SP1", "OC1", "OP1", "RG1", "J1", "J2"};
  private static final String[] MARKERS = {
    "GENDER_EQUALITY", "HUMAN_RIGHTS", "SUSTAINING_PEACE", "HUMANITARIAN"
  };
  private static final String[] AGENCIES = {"IOM", "UNICEF", "WHO", "UNX"};
  private static final String[] TARGETS = {"1.3", "10.7", "5.9", "11.5", "8.8", "17.19"};
  private static final List<String> MANY_TARGETS =
      List.of("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5", "10.7");
  private static final String[] INDICATORS = {"10.7.2", "5.9.1", "11.5.1", "1.5.1", "8.8.1"};

  private static final ProgressStatus[] ASSESSED =
      Stream.of(ProgressStatus.values())
          .filter(ProgressStatus::isAssessed)
          .toArray(ProgressStatus[]::new);

  private final RandomGenerator random;
  private final int size;

  RandomPlans(RandomGenerator random, int size) {
    this.random = random;
    this.size = size;
  }

  private int upTo(int n) {
    return random.nextInt(n + 1);
  }

  private boolean chance() {
    return random.nextBoolean();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private String code() {
    return pick(CODES);
  }

  private LocalDate date() {
    return LocalDate.of(2019, 1, 1).plusDays(random.nextInt(365 * 11));
  }

  private BigDecimal decimal() {
    return BigDecimal.valueOf(random.nextInt(4001) - 1000, random.nextInt(3));
  }

  private BigDecimal amount() {
    return BigDecimal.valueOf(random.nextInt(200_001), random.nextInt(3));
  }

  private ReportingPeriod period() {
    LocalDate start = date();
    return ReportingPeriod.of(start, start.plusDays(random.nextInt(400)));
  }

  private List<String> some(String[] pool) {
    Set<String> chosen = new LinkedHashSet<>();
    int n = upTo(Math.min(pool.length, 1 + size / 4));
    for (int i = 0; i < n; i++) {
      chosen.add(pick(pool));
    }
    return List.copyOf(chosen);
  }

  CooperationFramework plan() {
    CooperationFramework.Builder b =
        CooperationFramework.builder()
            .code(code())
            .title("Random")
            .addCountry("KGZ")
            .period(YearRange.of(2023, 2027))
            .currency("USD");
    if (chance()) {
      b.signedOn(date());
    }
    if (chance()) {
      SteeringCommittee.Builder c = SteeringCommittee.builder().name("Committee");
      for (int i = upTo(size / 2 + 1); i > 0; i--) {
        c.addDecision(
            Decision.builder()
                .date(date())
                .kind(pick(DecisionKind.values()))
                .subjects(some(CODES))
                .build());
      }
      b.steeringCommittee(c.build());
    }
    for (int i = upTo(size / 4 + 1); i > 0; i--) {
      b.addPriorityArea(area());
    }
    for (int i = upTo(size / 4 + 1); i > 0; i--) {
      b.addResultsGroup(group());
    }
    for (int i = upTo(size / 4 + 1); i > 0; i--) {
      b.addJointWorkPlan(jwp());
    }
    return b.build();
  }

  private List<Tag> tags() {
    List<Tag> tags = new ArrayList<>();
    if (chance()) {
      tags.add(Tag.of(Tag.GCM_OBJECTIVE, Integer.toString(1 + random.nextInt(30))));
    }
    return tags;
  }

  private PriorityArea area() {
    PriorityArea.Builder b = PriorityArea.builder().code(code()).title("Area").tags(tags());
    for (int i = upTo(2); i > 0; i--) {
      Outcome.Builder o =
          Outcome.builder().code(code()).title("Outcome").sdgTargets(some(TARGETS)).tags(tags());
      for (int j = upTo(2); j > 0; j--) {
        o.addIndicator(indicator());
      }
      for (int j = upTo(2); j > 0; j--) {
        Output.Builder u =
            Output.builder().code(code()).title("Output").sdgTargets(some(TARGETS)).tags(tags());
        for (int k = upTo(2); k > 0; k--) {
          u.addIndicator(indicator());
        }
        o.addOutput(u.build());
      }
      b.addOutcome(o.build());
    }
    return b.build();
  }

  private ResultsGroup group() {
    ResultsGroup.Builder b =
        ResultsGroup.builder()
            .code(code())
            .title("Group")
            .scope(some(CODES))
            .members(some(AGENCIES));
    for (int i = upTo(3); i > 0; i--) {
      CoChair.Builder c = CoChair.builder().entity(pick(AGENCIES)).role(pick(ChairRole.values()));
      LocalDate from = date();
      if (chance()) {
        c.from(from);
      }
      if (chance()) {
        c.until(from.plusDays(random.nextInt(900)));
      }
      b.addCoChair(c.build());
    }
    return b.build();
  }

  private JointWorkPlan jwp() {
    int start = 2021 + random.nextInt(8);
    JwpStatus status = pick(JwpStatus.values());
    JointWorkPlan.Builder b =
        JointWorkPlan.builder()
            .code(code())
            .title("JWP")
            .period(YearRange.of(start, start + random.nextInt(3)))
            .status(status)
            .version(1 + random.nextInt(3));
    if (chance()) {
      b.supersedes(code());
    }
    if (chance()) {
      b.resultsGroup(code());
    }
    if (status.isEndorsed()) {
      b.endorsement(Endorsement.of(date()));
    }
    for (int i = upTo(size / 4 + 1); i > 0; i--) {
      b.addEntry(subOutput());
    }
    return b.build();
  }

  private SubOutput subOutput() {
    List<String> agencies = some(AGENCIES);
    if (agencies.isEmpty()) {
      agencies = List.of(pick(AGENCIES));
    }
    LocalDate start = date();
    SubOutput.Builder b =
        SubOutput.builder()
            .code(code())
            .title("Sub-output")
            .outputCode(code())
            .leadEntity(agencies.get(0))
            .agencies(agencies)
            .sdgTargets(random.nextInt(8) == 0 ? MANY_TARGETS : some(TARGETS))
            .tags(tags())
            .status(pick(ImplementationStatus.values()))
            .start(start)
            .end(start.plusDays(random.nextInt(800)));
    if (chance()) {
      b.addImplementingPartner(PartnerRef.of("NGO"));
    }
    if (chance()) {
      b.addContributingPartner(PartnerRef.of("Donor"));
    }
    if (chance()) {
      b.genderEqualityMarker(pick(Marker.values()));
    }
    if (chance()) {
      b.humanRightsMarker(pick(Marker.values()));
    }
    if (chance()) {
      b.addQcprFunction("Direct support");
    }
    if (chance()) {
      b.jointProgramme("JP");
    }
    for (int i = upTo(3); i > 0; i--) {
      FundingLine.Builder f =
          FundingLine.builder()
              .year(2021 + random.nextInt(8))
              .agency(pick(AGENCIES))
              .required(Money.of(amount(), chance() ? "USD" : "EUR"))
              .available(Money.of(amount(), "USD"));
      if (chance()) {
        f.contributingPartner(PartnerRef.of(chance() ? "Donor" : "Other"));
      }
      if (chance()) {
        f.expenditure(Money.of(amount(), random.nextInt(4) == 0 ? "GBP" : "USD"));
      }
      b.addFunding(f.build());
    }
    if (chance()) {
      b.addIndicator(indicator());
    }
    if (chance()) {
      b.additionalOutputs(some(CODES));
    }
    if (chance()) {
      for (String marker : some(MARKERS)) {
        b.addMarkerNarrative(MarkerNarrative.of(MarkerKind.valueOf(marker), "Why"));
      }
    }
    int year = start.getYear() - 1 + random.nextInt(3);
    for (int i = upTo(3); i > 0; i--) {
      b.addProgressNarrative(YearNarrative.of(year, "Progress"));
      year += 1 + random.nextInt(2);
    }
    return b.build();
  }

  private Indicator indicator() {
    Measure measure = pick(Measure.values());
    boolean qualitative = measure == Measure.QUALITATIVE;
    IndicatorUnit unit =
        measure == Measure.PERCENTAGE
            ? IndicatorUnit.PERCENT
            : measure == Measure.UNIT ? pick(IndicatorUnit.values()) : null;
    Indicator.Builder b =
        Indicator.builder().code(code()).title("Indicator").measure(measure).tags(tags());
    if (unit != null) {
      b.unit(unit).accumulation(pick(Accumulation.values()));
    }
    if (chance()) {
      b.direction(pick(Direction.values()));
    }
    if ((unit != null || measure == Measure.ORDINAL) && random.nextInt(4) == 0) {
      BigDecimal min = decimal();
      b.naturalRange(NumericRange.of(min, min.add(amount())));
    }
    Baseline baseline = null;
    if (chance()) {
      baseline =
          Baseline.builder()
              .year(2018 + random.nextInt(12))
              .value(value(qualitative))
              .unit(ownUnit(unit))
              .build();
      b.baseline(baseline);
    }
    if (baseline != null && random.nextInt(4) == 0) {
      b.addTarget(
          Target.builder()
              .year(2027)
              .kind(TargetKind.FINAL)
              .value(baseline.value())
              .unit(baseline.unit())
              .build());
    }
    for (int i = upTo(3); i > 0; i--) {
      b.addTarget(
          Target.builder()
              .year(2020 + random.nextInt(10))
              .kind(pick(TargetKind.values()))
              .value(value(qualitative))
              .unit(ownUnit(unit))
              .build());
    }
    List<DisaggregationDimension> dims = new ArrayList<>();
    if (chance()) {
      dims.add(DisaggregationDimension.of("sex", chance(), "f", "m"));
    }
    if (chance()) {
      dims.add(DisaggregationDimension.of("age", chance(), "young", "old"));
    }
    b.disaggregations(dims);
    List<ReportingPeriod> periods = new ArrayList<>();
    for (int i = upTo(2); i >= 0; i--) {
      periods.add(period());
    }
    for (int i = upTo(size / 2 + 2); i > 0; i--) {
      Measurement.Builder m =
          Measurement.builder()
              .period(periods.get(random.nextInt(periods.size())))
              .value(value(qualitative))
              .unit(ownUnit(unit));
      Map<String, String> cell = new LinkedHashMap<>();
      for (DisaggregationDimension d : dims) {
        if (chance()) {
          cell.put(d.name(), d.categories().get(random.nextInt(d.categories().size())));
        }
      }
      m.disaggregation(cell);
      if (unit != null && unit.kind() == UnitKind.RATIO && chance()) {
        m.numerator(amount()).denominator(amount().add(BigDecimal.ONE));
      }
      if ((qualitative || measure == Measure.NOMINAL) && chance()) {
        m.assessedStatus(pick(ASSESSED));
      }
      b.addMeasurement(m.build());
    }
    if (chance()) {
      b.frequency(pick(Frequency.values()));
    }
    if (chance()) {
      b.sdgIndicator(pick(INDICATORS));
    }
    if (chance()) {
      b.addMeansOfVerification("Register");
    }
    return b.build();
  }

  private Value value(boolean qualitative) {
    return qualitative ? Value.qualitative("text") : Value.numeric(decimal());
  }

  private Optional<IndicatorUnit> ownUnit(IndicatorUnit unit) {
    return unit != null && random.nextInt(4) == 0
        ? Optional.of(pick(IndicatorUnit.values()))
        : Optional.empty();
  }
}
