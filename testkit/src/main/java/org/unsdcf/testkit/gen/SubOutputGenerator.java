package org.unsdcf.testkit.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.Location;
import org.unsdcf.core.model.LocationLevel;
import org.unsdcf.core.model.Marker;
import org.unsdcf.core.model.MarkerKind;
import org.unsdcf.core.model.MarkerNarrative;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.YearNarrative;
import org.unsdcf.core.model.YearRange;

/**
 * Generates {@link SubOutput}s (JWP entries): agencies with the lead among them, partners, markers
 * present and absent, locations, dates inside the JWP period, funding lines and indicators, and the
 * design §13 members: a display code, additional outputs among the plan's other outputs (never its
 * own, so STR-013 and STR-014 stay clean), marker narratives with each marker once and progress
 * narratives for ascending years within the entry's start and end years (DAT-012 clean). At most
 * ten SDG targets (TAG-002) and, with a joint programme, a single agency (TAG-009).
 *
 * <p>Not thread-safe; deterministic per seed and size.
 */
public final class SubOutputGenerator implements Generator<SubOutput> {
  private static final List<String> QCPR =
      List.of(
          "Direct support",
          "Capacity development",
          "Policy advice",
          "Data collection and analysis",
          "Convening");

  /** Progress narratives per entry at most: a long entry need not report every year. */
  private static final int MAX_NARRATIVES = 8;

  private final Kit kit;
  private final FundingLineGenerator funding;
  private final IndicatorGenerator indicators;

  /**
   * Obtains a generator.
   *
   * @param random the source of randomness, e.g. {@code new SplittableRandom(seed)}
   * @param size how large values get, at least 1
   * @throws IllegalArgumentException if size is below 1
   */
  public SubOutputGenerator(RandomGenerator random, int size) {
    this(new Kit(random, size));
  }

  SubOutputGenerator(Kit kit) {
    this.kit = kit;
    this.funding = new FundingLineGenerator(kit);
    this.indicators = new IndicatorGenerator(kit);
  }

  @Override
  public SubOutput next() {
    Draw draw = kit.draw;
    YearRange framework = draw.frameworkPeriod();
    return next(List.of(kit.text.code()), draw.within(framework), framework, "USD");
  }

  /**
   * Generates a sub-output of a JWP.
   *
   * @param outputCodes the plan's output codes, one of which the sub-output names; not empty
   * @param jwpPeriod the JWP period its dates and funding years fall in
   * @param framework the framework period its indicators' years fall in
   * @param currency the plan's currency
   * @return a sub-output
   * @throws IllegalArgumentException if outputCodes is empty
   */
  public SubOutput next(
      List<String> outputCodes, YearRange jwpPeriod, YearRange framework, String currency) {
    Objects.requireNonNull(jwpPeriod, "jwpPeriod");
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(currency, "currency");
    if (outputCodes.isEmpty()) {
      throw new IllegalArgumentException("outputCodes must not be empty");
    }
    Draw draw = kit.draw;
    Optional<String> jointProgramme =
        draw.chance(0.2) ? Optional.of("JP-" + draw.between(1, 99)) : Optional.empty();
    List<String> drawn = kit.entities(1);
    List<String> agencies = jointProgramme.isPresent() ? List.copyOf(drawn.subList(0, 1)) : drawn;
    List<String> sdgTargets = draw.set(0, kit.tags::sdgTarget);
    LocalDate start = draw.date(jwpPeriod);
    LocalDate end = draw.date(start, jwpPeriod.lastDay());
    String outputCode = draw.pick(outputCodes);
    List<String> others = outputCodes.stream().filter(c -> !c.equals(outputCode)).toList();
    return SubOutput.builder()
        .code(kit.code("SO"))
        .displayCode(kit.displayCode())
        .title(kit.text.name())
        .description(draw.maybe(kit.text::text))
        .outputCode(outputCode)
        .additionalOutputs(others.isEmpty() ? List.of() : draw.set(0, () -> draw.pick(others)))
        .leadEntity(draw.pick(agencies))
        .agencies(agencies)
        .implementingPartners(draw.set(0, funding::partner))
        .contributingPartners(draw.set(0, funding::partner))
        .sdgTargets(sdgTargets.subList(0, Math.min(10, sdgTargets.size())))
        .tags(draw.set(0, kit.tags::next))
        .genderEqualityMarker(draw.maybe(() -> draw.pick(Marker.class)))
        .humanRightsMarker(draw.maybe(() -> draw.pick(Marker.class)))
        .sustainingPeaceMarker(draw.maybe(() -> draw.pick(Marker.class)))
        .markerNarratives(markerNarratives())
        .qcprFunctions(draw.set(0, () -> draw.coin() ? draw.pick(QCPR) : kit.text.name()))
        .geographicScope(draw.set(0, this::location))
        .targetGroups(draw.set(0, kit.text::name))
        .status(draw.pick(ImplementationStatus.class))
        .start(start)
        .end(end)
        .jointProgramme(jointProgramme)
        .funding(draw.list(0, () -> funding.next(jwpPeriod, agencies, currency)))
        .progressNarratives(progressNarratives(start.getYear(), end.getYear()))
        .indicators(draw.list(0, () -> indicators.next(framework)))
        .build();
  }

  /** Narratives for some of the markers, each marker once, in enum order or reversed. */
  private List<MarkerNarrative> markerNarratives() {
    Draw draw = kit.draw;
    List<MarkerNarrative> narratives = new ArrayList<>();
    if (draw.chance(0.25)) {
      return narratives;
    }
    for (MarkerKind marker : MarkerKind.values()) {
      if (draw.coin()) {
        narratives.add(MarkerNarrative.of(marker, kit.text.text()));
      }
    }
    if (draw.coin()) {
      Collections.reverse(narratives);
    }
    return narratives;
  }

  /** Narratives for some years of the sub-output's start to end, ascending (DAT-012 clean). */
  private List<YearNarrative> progressNarratives(int first, int last) {
    Draw draw = kit.draw;
    List<YearNarrative> narratives = new ArrayList<>();
    if (draw.chance(0.25)) {
      return narratives;
    }
    for (int year = first; year <= last && narratives.size() < MAX_NARRATIVES; year++) {
      if (draw.coin()) {
        narratives.add(YearNarrative.of(year, kit.text.text()));
      }
    }
    return narratives;
  }

  /**
   * Generates a location of any level, with or without a code.
   *
   * @return a location
   */
  public Location location() {
    Draw draw = kit.draw;
    return Location.builder()
        .level(draw.pick(LocationLevel.class))
        .code(draw.maybe(() -> draw.coin() ? "KGZ" : "KG-" + draw.between(1, 99)))
        .name(draw.coin() ? "Kyrgyz Republic" : kit.text.name())
        .build();
  }
}
