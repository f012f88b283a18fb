package org.unsdcf.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.entities.UnEntity;
import org.unsdcf.core.entities.UnEntityCatalogue;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;
import org.unsdcf.testkit.gen.PlanGenerator;
import org.unsdcf.testkit.gen.Seeds;

/**
 * The export → import law (design.md §20): for generated plans, reading an export gives back the
 * entries of the plan's current joint work plans, member for member, for the members IATI carries
 * (README's IATI section lists the others). Both sides are projected onto those members; the plan's
 * side as the writer converts them (values in the indicator unit, U+FFFE/U+FFFF as U+FFFD, one
 * budget and one commitment per year, the latest target year FINAL).
 */
class ExportImportLawsTest {
  private static final long BASE_SEED = 0x1A71_1B0EL;

  static Stream<Arguments> cases() {
    return Seeds.ramp(BASE_SEED, 100);
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void export_then_import_gives_back_the_same_entries(long seed, int size) {
    CooperationFramework plan = PlanGenerator.plan(seed, size);
    Exported xml = Exported.of(plan);
    IatiImport read = IatiReader.builder().currency(plan.currency()).build().read(xml.bytes);
    List<SubOutput> expected = firstOfEachCode(plan);
    assertThat(read.activities()).isEqualTo(1 + expected.size());
    if (expected.isEmpty()) {
      // No activity names the framework's as its parent, so §20 imports it as an entry.
      assertThat(read.entries())
          .singleElement()
          .satisfies(e -> assertThat(e.displayCode()).contains(Exported.REF + "-" + plan.code()));
      return;
    }
    assertThat(read.entries()).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      List<Object> want = carried(expected.get(i), plan.currency(), Exported.AS_OF);
      List<Object> got = carried(read.entries().get(i), read.currency(), null);
      for (int m = 0; m < MEMBERS.size(); m++) {
        assertThat(got.get(m))
            .as("entry %s, %s", expected.get(i).code(), MEMBERS.get(m))
            .isEqualTo(want.get(m));
      }
    }
    assertThat(read.problems())
        .filteredOn(p -> p.code() == IatiProblemCode.PARENT_ACTIVITY)
        .hasSize(1);
  }

  private static final List<String> MEMBERS =
      List.of(
          "code",
          "title",
          "description",
          "outputCode",
          "leadEntity",
          "agencies",
          "contributingPartners",
          "implementingPartners",
          "sdgTargets",
          "tags",
          "markers",
          "status",
          "dates",
          "geographicScope",
          "indicators",
          "funding");

  private static List<SubOutput> firstOfEachCode(CooperationFramework plan) {
    Set<String> codes = new LinkedHashSet<>();
    List<SubOutput> entries = new ArrayList<>();
    for (JointWorkPlan jwp : plan.currentJointWorkPlans()) {
      for (SubOutput entry : jwp.entries()) {
        if (codes.add(entry.code())) {
          entries.add(entry);
        }
      }
    }
    return entries;
  }

  /** What IATI carries of an entry; {@code asOf} non-null projects the plan's side. */
  private static List<Object> carried(SubOutput e, String currency, LocalDate asOf) {
    boolean plan = asOf != null;
    List<Object> p = new ArrayList<>();
    String title = xml(e.title());
    p.add(e.code());
    p.add(title);
    p.add(e.description().map(ExportImportLawsTest::xml).filter(d -> !d.equals(title)));
    p.add(List.of(e.outputCode(), e.additionalOutputs()));
    p.add(agency(e.leadEntity()));
    p.add(e.agencies().stream().map(ExportImportLawsTest::agency).toList());
    p.add(
        e.contributingPartners().stream().map(x -> List.of(xml(x.name()), x.iatiOrgId())).toList());
    p.add(
        e.implementingPartners().stream().map(x -> List.of(xml(x.name()), x.iatiOrgId())).toList());
    p.add(e.sdgTargets());
    p.add(e.tags());
    p.add(List.of(e.genderEqualityMarker(), e.humanRightsMarker(), e.sustainingPeaceMarker()));
    p.add(e.status());
    p.add(List.of(e.start(), e.end()));
    p.add(
        new ArrayList<>(
            new LinkedHashSet<>(
                e.geographicScope().stream().map(l -> List.of(l.code(), xml(l.name()))).toList())));
    p.add(e.indicators().stream().map(i -> indicator(i, plan)).toList());
    p.add(plan ? planFunding(e, currency, asOf) : importedFunding(e));
    return p;
  }

  private static List<Object> indicator(Indicator i, boolean plan) {
    List<Object> p = new ArrayList<>();
    p.add(i.code());
    p.add(xml(i.title()));
    p.add(i.measure());
    p.add(i.direction().filter(d -> d != Direction.MAINTAIN));
    p.add(i.sdgIndicator());
    p.add(
        i.baseline()
            .flatMap(
                b ->
                    value(i, b.value(), b.unit())
                        .map(
                            v -> List.of(b.year(), b.date(), v, comment(b.value(), b.comment())))));
    List<Target> targets = new ArrayList<>(i.targets());
    targets.sort(Comparator.comparing(Target::year));
    List<List<Object>> ts = new ArrayList<>();
    for (Target t : targets) {
      value(i, t.value(), t.unit())
          .ifPresent(v -> ts.add(List.of(t.year(), v, comment(t.value(), t.comment()))));
    }
    int last = ts.stream().mapToInt(t -> ((java.time.Year) t.get(0)).getValue()).max().orElse(0);
    p.add(
        ts.stream()
            .map(
                t ->
                    List.of(
                        t.get(0),
                        ((java.time.Year) t.get(0)).getValue() == last
                            ? TargetKind.FINAL
                            : TargetKind.MILESTONE,
                        t.get(1),
                        t.get(2)))
            .toList());
    if (!plan) {
      p.set(
          p.size() - 1,
          i.targets().stream()
              .map(
                  t ->
                      List.of(
                          t.year(),
                          t.kind(),
                          value(i, t.value(), t.unit()).get(),
                          comment(t.value(), t.comment())))
              .toList());
    }
    List<Measurement> ms = new ArrayList<>(i.measurements());
    ms.sort(
        Comparator.comparing((Measurement m) -> m.period().start())
            .thenComparing(m -> m.period().end()));
    List<List<Object>> mp = new ArrayList<>();
    for (Measurement m : ms) {
      value(i, m.value(), m.unit())
          .ifPresent(
              v ->
                  mp.add(
                      List.of(
                          m.period().start(),
                          m.period().end(),
                          new TreeMap<>(m.disaggregation()),
                          v,
                          comment(m.value(), m.comment()))));
    }
    p.add(mp);
    return p;
  }

  /** A value as the export writes and the import reads it: in the indicator unit, or text. */
  private static Optional<Object> value(Indicator i, Value v, Optional<IndicatorUnit> own) {
    if (v instanceof Value.Qualitative q) {
      return Optional.of(xml(q.text()));
    }
    BigDecimal amount = ((Value.Numeric) v).amount();
    Optional<IndicatorUnit> unit = i.unit();
    if (own.isPresent() && unit.isPresent() && own.get() != unit.get()) {
      if (own.get().kind() != unit.get().kind()) {
        return Optional.empty();
      }
      amount = own.get().convert(amount, unit.get());
    }
    return IndicatorMapper.number(Numbers.plain(amount)).map(Object.class::cast);
  }

  private static Optional<String> comment(Value v, Optional<String> comment) {
    return comment.map(ExportImportLawsTest::xml);
  }

  /**
   * The plan's funding as the export carries it: per year, one budget summing {@code required}, one
   * commitment per line's {@code available} and one expenditure per line's positive {@code
   * expenditure} (none for a year after {@code asOf}); a sum a Money cannot hold (10^15 or more) is
   * read as 0, and a budget that large is not read at all.
   */
  private static List<List<Object>> planFunding(SubOutput e, String currency, LocalDate asOf) {
    Map<Integer, List<FundingLine>> byYear = new TreeMap<>();
    for (FundingLine f : e.funding()) {
      byYear.computeIfAbsent(f.year().getValue(), k -> new ArrayList<>()).add(f);
    }
    List<List<Object>> lines = new ArrayList<>();
    for (Map.Entry<Integer, List<FundingLine>> y : byYear.entrySet()) {
      boolean written = !java.time.Year.of(y.getKey()).atDay(1).isAfter(asOf);
      BigDecimal required = null;
      BigDecimal available = null;
      BigDecimal spent = null;
      for (FundingLine f : y.getValue()) {
        if (f.required().currency().equals(currency)) {
          required = (required == null ? BigDecimal.ZERO : required).add(f.required().amount());
        }
        if (written
            && f.available().currency().equals(currency)
            && f.available().amount().signum() > 0) {
          available = (available == null ? BigDecimal.ZERO : available).add(f.available().amount());
        }
        Optional<BigDecimal> s =
            f.expenditure()
                .filter(m -> m.currency().equals(currency))
                .map(m -> m.amount())
                .filter(a -> a.signum() > 0);
        if (written && s.isPresent()) {
          spent = (spent == null ? BigDecimal.ZERO : spent).add(s.get());
        }
      }
      if (required != null && required.compareTo(LIMIT) >= 0) {
        required = null;
      }
      if (required == null && available == null && spent == null) {
        continue;
      }
      lines.add(
          List.of(
              y.getKey(),
              agency(e.leadEntity()),
              readable(required),
              readable(available),
              Optional.ofNullable(spent)
                  .filter(x -> x.compareTo(LIMIT) < 0)
                  .map(BigDecimal::stripTrailingZeros)));
    }
    return lines;
  }

  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

  private static BigDecimal readable(BigDecimal sum) {
    return sum == null || sum.compareTo(LIMIT) >= 0 ? BigDecimal.ZERO : sum.stripTrailingZeros();
  }

  private static List<List<Object>> importedFunding(SubOutput e) {
    return e.funding().stream()
        .map(
            f ->
                List.<Object>of(
                    f.year().getValue(),
                    f.agency(),
                    f.required().amount().stripTrailingZeros(),
                    f.available().amount().stripTrailingZeros(),
                    f.expenditure().map(m -> m.amount().stripTrailingZeros())))
        .toList();
  }

  /** Agencies come back as catalogue codes where the catalogue knows the code by any spelling. */
  private static String agency(String code) {
    UnEntityCatalogue un = UnEntityCatalogue.bundled();
    return un.byCode(code).or(() -> un.byAbbreviation(code)).map(UnEntity::code).orElse(code);
  }

  private static String xml(String text) {
    return text.replace('\uFFFE', '\uFFFD').replace('\uFFFF', '\uFFFD');
  }

  static boolean numericMeasure(Measure m) {
    return m != Measure.QUALITATIVE;
  }
}
