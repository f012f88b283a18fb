package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.entities.UnEntity;
import org.unsdcf.core.entities.UnEntityCatalogue;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.testkit.gen.PlanGenerator;
import org.unsdcf.testkit.gen.Seeds;

/**
 * The §14 laws over generated plans. A generated plan holds what the activity report cannot carry
 * (indicators, results groups, governance, several JWPs, funding by agency and partner), so the
 * laws are stated on what it carries: reading the writer's CSV of any plan gives plans that the
 * writer and reader then reproduce exactly, and each sub-output of a current JWP keeps its carried
 * members (code, title, dates, status, SDG targets, markers, agencies, the year's amounts).
 */
class ActivityReportLawsTest {
  private static final long BASE_SEED = 0x5EED_14L;
  private static final UnEntityCatalogue ENTITIES = UnEntityCatalogue.bundled();

  static Stream<Arguments> cases() {
    return Seeds.ramp(BASE_SEED, 40);
  }

  static UnInfoImport roundTrip(List<CooperationFramework> plans) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ActivityReportWriter.standard().write(plans, out);
      return ActivityReportReader.standard()
          .read(new ByteArrayInputStream(out.toByteArray()), ActivityReportFormat.CSV);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void reading_the_written_report_of_a_read_report_gives_equal_plans(long seed, int size) {
    CooperationFramework plan = carriable(PlanGenerator.plan(seed, size));

    UnInfoImport first = roundTrip(List.of(plan));
    UnInfoImport second = roundTrip(first.plans());

    assertThat(first.problems()).noneMatch(p -> p.severity() == Severity.ERROR);
    assertThat(second.plans()).isEqualTo(first.plans());
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void every_sub_output_keeps_what_the_report_carries(long seed, int size) {
    CooperationFramework plan = carriable(PlanGenerator.plan(seed, size));

    UnInfoImport read = roundTrip(List.of(plan));

    Map<String, SubOutput> back = new HashMap<>();
    read.plans().stream()
        .flatMap(p -> p.jointWorkPlans().stream())
        .flatMap(j -> j.entries().stream())
        .forEach(s -> back.putIfAbsent(s.code(), s));
    int expected = 0;
    for (JointWorkPlan j : plan.currentJointWorkPlans()) {
      for (SubOutput s : j.entries()) {
        expected++;
        SubOutput r = back.get(s.code());
        assertThat(r).as(s.code()).isNotNull();
        assertThat(r.title()).isEqualTo(s.title().strip());
        assertThat(r.start()).isEqualTo(s.start());
        assertThat(r.end()).isEqualTo(s.end());
        assertThat(r.status()).isEqualTo(s.status());
        assertThat(r.sdgTargets()).containsExactlyInAnyOrderElementsOf(s.sdgTargets());
        assertThat(r.genderEqualityMarker()).isEqualTo(s.genderEqualityMarker());
        assertThat(r.humanRightsMarker()).isEqualTo(s.humanRightsMarker());
        assertThat(r.sustainingPeaceMarker()).isEqualTo(s.sustainingPeaceMarker());
        assertThat(r.agencies())
            .containsExactlyInAnyOrderElementsOf(
                s.agencies().stream().map(a -> catalogued(a)).toList());
        assertThat(r.leadEntity()).isEqualTo(catalogued(s.leadEntity()));
        assertThat(required(r)).isEqualTo(required(s));
      }
    }
    assertThat(read.entries()).isEqualTo(expected);
  }

  /**
   * Keeps each amount below 10^12: the report holds one sum per sub-output and year, which must
   * stay a Decimal (below 10^15) however many generated lines it adds up.
   */
  static CooperationFramework carriable(CooperationFramework plan) {
    BigDecimal cap = BigDecimal.TEN.pow(12);
    return plan.withJointWorkPlans(
        plan.jointWorkPlans().stream()
            .map(
                j ->
                    j.withEntries(
                        j.entries().stream()
                            .map(
                                s ->
                                    s.withFunding(
                                        s.funding().stream().map(f -> capped(f, cap)).toList()))
                            .toList()))
            .toList());
  }

  private static FundingLine capped(FundingLine f, BigDecimal cap) {
    FundingLine c =
        f.withRequired(Money.of(f.required().amount().remainder(cap), f.required().currency()))
            .withAvailable(
                Money.of(f.available().amount().remainder(cap), f.available().currency()));
    return f.expenditure()
        .map(e -> c.withExpenditure(Money.of(e.amount().remainder(cap), e.currency())))
        .orElse(c);
  }

  /** The reader maps an agency through the catalogue (e.g. UN-Habitat is UN-HABITAT there). */
  private static String catalogued(String agency) {
    return ENTITIES.byAbbreviation(agency).map(UnEntity::code).orElse(agency);
  }

  private static Map<Integer, BigDecimal> required(SubOutput s) {
    Map<Integer, BigDecimal> byYear = new TreeMap<>();
    for (FundingLine f : s.funding()) {
      byYear.merge(f.year().getValue(), f.required().amount(), BigDecimal::add);
    }
    byYear.replaceAll((y, v) -> v.stripTrailingZeros());
    return byYear;
  }
}
