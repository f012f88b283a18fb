package org.unsdcf.testkit.gen;

import static org.unsdcf.testkit.gen.FaultKit.MIN_DATE;
import static org.unsdcf.testkit.gen.FaultKit.committee;
import static org.unsdcf.testkit.gen.FaultKit.indexes;
import static org.unsdcf.testkit.gen.FaultKit.jwp;
import static org.unsdcf.testkit.gen.FaultKit.withGroup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.unsdcf.core.model.ChairRole;
import org.unsdcf.core.model.CoChair;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DecisionKind;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SteeringCommittee;
import org.unsdcf.testkit.gen.FaultKit.Ctx;
import org.unsdcf.testkit.gen.FaultKit.Mutator;

/**
 * The single-fault mutations of the GOV rules (co-chairs, decisions, endorsements) for {@link
 * SingleFaults}.
 */
final class GovernanceFaults {
  private GovernanceFaults() {}

  /** Puts this category's mutations into the catalogue under construction. */
  static void register(Map<String, Mutator> m) {
    m.put(
        "GOV-001",
        c ->
            c.pick(indexes(c.plan().resultsGroups()))
                .flatMap(
                    g -> {
                      ResultsGroup group = c.plan().resultsGroups().get(g);
                      List<CoChair> kept =
                          group.coChairs().stream()
                              .filter(
                                  ch ->
                                      ch.role() != ChairRole.UN_CO_CHAIR || !ch.servesOn(c.asOf()))
                              .collect(Collectors.toList());
                      return c.fault(
                          withGroup(c.plan(), g, group.withCoChairs(kept)),
                          "/resultsGroups/" + g + "/coChairs");
                    }));
    m.put(
        "GOV-002",
        c ->
            c.pick(indexes(c.plan().resultsGroups()))
                .flatMap(
                    g -> {
                      ResultsGroup group = c.plan().resultsGroups().get(g);
                      List<String> taken = new ArrayList<>(group.members());
                      group.coChairs().forEach(ch -> taken.add(ch.entity()));
                      CoChair chair =
                          CoChair.builder()
                              .entity(c.entityNotIn(taken))
                              .role(ChairRole.UN_CO_CHAIR)
                              .build();
                      return c.fault(
                          withGroup(
                              c.plan(),
                              g,
                              group.withCoChairs(Places.append(group.coChairs(), chair))),
                          "/resultsGroups/"
                              + g
                              + "/coChairs/"
                              + group.coChairs().size()
                              + "/entity");
                    }));
    m.put("GOV-003", GovernanceFaults::unrecordedEndorsement);
    m.put(
        "GOV-004",
        c -> {
          String subject = c.fresh("X");
          List<Decision> decisions =
              c.plan().steeringCommittee().map(SteeringCommittee::decisions).orElse(List.of());
          if (decisions.isEmpty()) {
            Decision d =
                Decision.builder()
                    .date(c.asOf())
                    .kind(DecisionKind.REVIEW_PROGRESS)
                    .addSubject(subject)
                    .build();
            return c.fault(
                c.plan().withSteeringCommittee(committee(c.plan()).withDecisions(d)),
                "/steeringCommittee/decisions/0/subjects/0");
          }
          int d = c.random().nextInt(decisions.size());
          Decision decision = decisions.get(d);
          return c.fault(
              c.plan()
                  .withSteeringCommittee(
                      committee(c.plan())
                          .withDecisions(
                              Places.replace(
                                  decisions,
                                  d,
                                  decision.withSubjects(
                                      Places.append(decision.subjects(), subject))))),
              "/steeringCommittee/decisions/" + d + "/subjects/" + decision.subjects().size());
        });
  }

  /**
   * GOV-003: a JWP endorsed on a day no ENDORSE_JWP decision names it on (after {@code signedOn},
   * not after asOf), in a committee that has decisions.
   */
  private static Optional<Fault> unrecordedEndorsement(Ctx c) {
    LocalDate earliest = c.plan().signedOn().orElse(c.asOf().minusYears(3));
    if (earliest.isAfter(c.asOf()) || earliest.isBefore(MIN_DATE)) {
      earliest = c.asOf();
    }
    LocalDate from = earliest;
    return c.pick(indexes(c.plan().jointWorkPlans()), w -> jwp(c, w).endorsement().isPresent())
        .flatMap(
            w -> {
              JointWorkPlan jwp = jwp(c, w);
              List<Decision> decisions =
                  c.plan().steeringCommittee().map(SteeringCommittee::decisions).orElse(List.of());
              LocalDate day = null;
              long span = ChronoUnit.DAYS.between(from, c.asOf()) + 1;
              for (int attempt = 0; attempt < 20 && day == null; attempt++) {
                LocalDate candidate = from.plusDays(c.random().nextLong(span));
                boolean recorded =
                    decisions.stream()
                        .anyMatch(
                            d ->
                                d.kind() == DecisionKind.ENDORSE_JWP
                                    && d.date().equals(candidate)
                                    && d.subjects().contains(jwp.code()));
                if (!recorded) {
                  day = candidate;
                }
              }
              if (day == null) {
                return Optional.empty();
              }
              CooperationFramework mutated =
                  Places.withJwp(c.plan(), w, jwp.withEndorsement(Endorsement.of(day)));
              if (decisions.isEmpty()) {
                Decision review =
                    Decision.builder().date(day).kind(DecisionKind.REVIEW_PROGRESS).build();
                mutated = mutated.withSteeringCommittee(committee(c.plan()).withDecisions(review));
              }
              return c.fault(mutated, "/jointWorkPlans/" + w + "/endorsement/date");
            });
  }
}
