package org.unsdcf.testkit.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.unsdcf.core.model.ChairRole;
import org.unsdcf.core.model.CoChair;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DecisionKind;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SteeringCommittee;
import org.unsdcf.core.model.YearRange;

/**
 * Generates whole {@link CooperationFramework}s that build, and are clean where that does not
 * depend on an as-of date: every entity code is unique across the plan's namespace (STR-004),
 * references resolve (sub-output {@code outputCode}, results group {@code scope}, JWP {@code
 * resultsGroup}, {@code supersedes} naming an earlier JWP with a lower version, so no cycle,
 * decision subjects), dates and years fall inside the framework and JWP periods, and entries of
 * current JWPs carry the tags and markers UN INFO requires. Rules that need an as-of date (status
 * against today, co-chairs serving) or a catalogue beyond the bundled SDG codes are not aimed at.
 *
 * <p>Sizes run from 1 up; lists are empty, short, or {@code size} long, within a budget that grows
 * linearly with the size. The same seed and size give an equal plan:
 *
 * <pre>{@code
 * CooperationFramework plan = new PlanGenerator(new SplittableRandom(seed), size).next();
 * }</pre>
 *
 * <p>Not thread-safe; deterministic per seed and size.
 */
public final class PlanGenerator implements Generator<CooperationFramework> {
  private static final List<String> CURRENCIES = List.of("USD", "EUR", "KGS", "KZT", "XOF");

  private final Kit kit;
  private final IndicatorGenerator indicators;
  private final JointWorkPlans jointWorkPlans;

  /**
   * Obtains a generator.
   *
   * @param random the source of randomness, e.g. {@code new SplittableRandom(seed)}
   * @param size how large plans get, at least 1
   * @throws IllegalArgumentException if size is below 1
   */
  public PlanGenerator(RandomGenerator random, int size) {
    this.kit = new Kit(random, size);
    this.indicators = new IndicatorGenerator(kit);
    this.jointWorkPlans = new JointWorkPlans(kit, new SubOutputGenerator(kit));
  }

  /**
   * Generates the plan of one property case.
   *
   * @param seed the seed of a {@link SplittableRandom}
   * @param size how large the plan gets, at least 1
   * @return the first plan of {@code new PlanGenerator(new SplittableRandom(seed), size)}
   * @throws IllegalArgumentException if size is below 1
   */
  public static CooperationFramework plan(long seed, int size) {
    return new PlanGenerator(new SplittableRandom(seed), size).next();
  }

  @Override
  public CooperationFramework next() {
    Draw draw = kit.draw;
    YearRange period = draw.frameworkPeriod();
    String currency = draw.chance(0.9) ? draw.pick(CURRENCIES) : letters();
    Optional<LocalDate> signedOn =
        draw.maybe(
            () ->
                draw.date(max(Draw.MIN_DATE, period.firstDay().minusYears(1)), period.firstDay()));
    draw.refill();
    List<PriorityArea> areas = draw.list(0, () -> priorityArea(period));
    List<String> scopeCodes = new ArrayList<>();
    List<String> outputCodes = new ArrayList<>();
    for (PriorityArea area : areas) {
      scopeCodes.add(area.code());
      for (Outcome outcome : area.outcomes()) {
        scopeCodes.add(outcome.code());
        outcome.outputs().forEach(o -> outputCodes.add(o.code()));
      }
    }
    draw.refill();
    List<ResultsGroup> groups = draw.list(0, () -> resultsGroup(scopeCodes, period));
    List<String> groupCodes = new ArrayList<>();
    groups.forEach(g -> groupCodes.add(g.code()));
    draw.refill();
    JointWorkPlans.Result jwps =
        jointWorkPlans.generate(
            period, signedOn.orElse(Draw.MIN_DATE), groupCodes, outputCodes, currency);
    return CooperationFramework.builder()
        .code(kit.code("CF"))
        .title(kit.text.name())
        .countries(draw.set(1, this::country))
        .period(period)
        .signedOn(signedOn)
        .currency(currency)
        .steeringCommittee(draw.maybe(() -> committee(period, jwps)))
        .priorityAreas(areas)
        .resultsGroups(groups)
        .jointWorkPlans(jwps.plans())
        .build();
  }

  private String country() {
    Draw draw = kit.draw;
    if (draw.coin()) {
      return draw.pick(List.of("KGZ", "KAZ", "TJK", "UZB", "TKM"));
    }
    return letters();
  }

  /** Three upper-case letters, as ISO 3166-1 alpha-3 and ISO 4217 codes are. */
  private String letters() {
    char[] letters = new char[3];
    for (int i = 0; i < 3; i++) {
      letters[i] = (char) ('A' + kit.draw.random.nextInt(26));
    }
    return new String(letters);
  }

  private PriorityArea priorityArea(YearRange period) {
    Draw draw = kit.draw;
    return PriorityArea.builder()
        .code(kit.code("SP"))
        .displayCode(kit.displayCode())
        .title(kit.text.name())
        .description(draw.maybe(kit.text::text))
        .tags(draw.set(0, kit.tags::next))
        .outcomes(draw.list(0, () -> outcome(period)))
        .build();
  }

  private Outcome outcome(YearRange period) {
    Draw draw = kit.draw;
    return Outcome.builder()
        .code(kit.code("OC"))
        .displayCode(kit.displayCode())
        .title(kit.text.name())
        .statement(draw.maybe(kit.text::text))
        .sdgTargets(draw.set(0, kit.tags::sdgTarget))
        .tags(draw.set(0, kit.tags::next))
        .indicators(draw.list(0, () -> indicators.next(period)))
        .outputs(draw.list(0, () -> output(period)))
        .build();
  }

  private Output output(YearRange period) {
    Draw draw = kit.draw;
    return Output.builder()
        .code(kit.code("OP"))
        .displayCode(kit.displayCode())
        .title(kit.text.name())
        .description(draw.maybe(kit.text::text))
        .contributingEntities(kit.entities(0))
        .sdgTargets(draw.set(0, kit.tags::sdgTarget))
        .tags(draw.set(0, kit.tags::next))
        .indicators(draw.list(0, () -> indicators.next(period)))
        .build();
  }

  private ResultsGroup resultsGroup(List<String> scopeCodes, YearRange period) {
    Draw draw = kit.draw;
    return ResultsGroup.builder()
        .code(kit.code("RG"))
        .title(kit.text.name())
        .scope(scopeCodes.isEmpty() ? List.of() : draw.set(0, () -> draw.pick(scopeCodes)))
        .coChairs(draw.list(0, () -> coChair(period)))
        .members(kit.entities(0))
        .governmentMembers(draw.set(0, kit.text::name))
        .build();
  }

  private CoChair coChair(YearRange period) {
    Draw draw = kit.draw;
    ChairRole role = draw.pick(ChairRole.class);
    Optional<LocalDate> from = draw.maybe(() -> draw.date(period));
    Optional<LocalDate> until =
        draw.maybe(() -> draw.date(from.orElse(period.firstDay()), period.lastDay()));
    return CoChair.builder()
        .entity(role == ChairRole.UN_CO_CHAIR ? kit.entity() : kit.text.name())
        .role(role)
        .from(from)
        .until(until)
        .build();
  }

  private SteeringCommittee committee(YearRange period, JointWorkPlans.Result jwps) {
    Draw draw = kit.draw;
    draw.refill();
    List<Decision> decisions = new ArrayList<>(draw.list(0, () -> decision(period, jwps.codes())));
    if (!decisions.isEmpty()) {
      decisions.addAll(jwps.endorsements());
    }
    return SteeringCommittee.builder()
        .name(draw.coin() ? "Joint Strategic Coordination Committee" : kit.text.name())
        .governmentCoChair(draw.maybe(kit.text::name))
        .unCoChair(draw.maybe(kit.text::name))
        .decisions(decisions)
        .build();
  }

  private Decision decision(YearRange period, List<String> jwpCodes) {
    Draw draw = kit.draw;
    return Decision.builder()
        .date(draw.date(period))
        .kind(draw.pick(DecisionKind.class))
        .subjects(jwpCodes.isEmpty() ? List.of() : draw.set(0, () -> draw.pick(jwpCodes)))
        .summary(draw.maybe(kit.text::text))
        .reference(draw.maybe(kit.text::uri))
        .build();
  }

  static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
