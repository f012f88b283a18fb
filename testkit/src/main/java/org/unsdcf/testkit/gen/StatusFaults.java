package org.unsdcf.testkit.gen;

import static org.unsdcf.testkit.gen.FaultKit.MIN_DATE;
import static org.unsdcf.testkit.gen.FaultKit.current;
import static org.unsdcf.testkit.gen.FaultKit.indexes;
import static org.unsdcf.testkit.gen.FaultKit.jwp;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.JwpStatus;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.testkit.gen.FaultKit.Ctx;
import org.unsdcf.testkit.gen.FaultKit.Mutator;

/**
 * The single-fault mutations of the STA and JWP rules (implementation and JWP status) for {@link
 * SingleFaults}.
 */
final class StatusFaults {
  private StatusFaults() {}

  /** Puts this category's mutations into the catalogue under construction. */
  static void register(Map<String, Mutator> m) {
    m.put(
        "STA-001",
        c ->
            c.pick(current(c), so -> so.sub().start().isBefore(c.asOf()))
                .flatMap(
                    so -> {
                      SubOutput sub = so.sub().withStatus(ImplementationStatus.IMPLEMENTATION);
                      if (!sub.end().isBefore(c.asOf())) {
                        sub = sub.withEnd(c.asOf().minusDays(1));
                      }
                      return c.fault(so.put().apply(sub), so.path() + "/status");
                    }));
    m.put(
        "STA-002",
        c ->
            c.pick(current(c))
                .flatMap(
                    so -> {
                      SubOutput sub = so.sub().withStatus(ImplementationStatus.PIPELINE);
                      if (!sub.start().isBefore(c.asOf())) {
                        if (!c.asOf().isAfter(MIN_DATE)) {
                          return Optional.empty();
                        }
                        sub = sub.withStart(c.asOf().minusDays(1));
                      }
                      return c.fault(so.put().apply(sub), so.path() + "/status");
                    }));
    m.put("STA-003", c -> notEnded(c, ImplementationStatus.FINALISATION));
    m.put("STA-004", c -> notEnded(c, ImplementationStatus.CLOSED));
    m.put(
        "JWP-001",
        c ->
            c.pick(
                    indexes(c.plan().jointWorkPlans()),
                    w -> jwp(c, w).period().lastDay().isBefore(c.asOf()))
                .flatMap(
                    w -> {
                      JointWorkPlan jwp = jwp(c, w);
                      Optional<Endorsement> endorsement = jwp.endorsement();
                      if (endorsement.isEmpty()) {
                        LocalDate day = c.plan().signedOn().orElse(jwp.period().firstDay());
                        if (day.isAfter(c.asOf())) {
                          return Optional.empty();
                        }
                        endorsement = Optional.of(Endorsement.of(day));
                      }
                      return c.fault(
                          Places.withJwp(
                              c.plan(),
                              w,
                              JointWorkPlan.builder()
                                  .from(jwp)
                                  .status(JwpStatus.ENDORSED)
                                  .endorsement(endorsement)
                                  .build()),
                          "/jointWorkPlans/" + w + "/status");
                    }));
    m.put(
        "JWP-002",
        c ->
            c.pick(
                    indexes(c.plan().jointWorkPlans()),
                    w -> !jwp(c, w).period().lastDay().isBefore(c.asOf()))
                .flatMap(
                    w -> {
                      JointWorkPlan jwp = jwp(c, w);
                      Optional<Endorsement> endorsement = jwp.endorsement();
                      if (endorsement.isEmpty()) {
                        LocalDate day = c.plan().signedOn().orElse(jwp.period().firstDay());
                        if (day.isAfter(c.asOf())) {
                          day = c.asOf();
                        }
                        if (c.plan().signedOn().map(day::isBefore).orElse(false)) {
                          return Optional.empty();
                        }
                        endorsement = Optional.of(Endorsement.of(day));
                      }
                      return c.fault(
                          Places.withJwp(
                              c.plan(),
                              w,
                              JointWorkPlan.builder()
                                  .from(jwp)
                                  .status(JwpStatus.CLOSED)
                                  .endorsement(endorsement)
                                  .build()),
                          "/jointWorkPlans/" + w + "/status");
                    }));
    m.put(
        "JWP-003",
        c ->
            c.pick(
                    indexes(c.plan().jointWorkPlans()),
                    w -> c.plan().period().encloses(jwp(c, w).period()))
                .flatMap(
                    w -> {
                      JointWorkPlan old = jwp(c, w);
                      JointWorkPlan revision =
                          JointWorkPlan.builder()
                              .code(c.fresh("JWP"))
                              .title("Revision without a higher version")
                              .period(old.period())
                              .status(JwpStatus.DRAFT)
                              .version(old.version())
                              .supersedes(old.code())
                              .resultsGroup(old.resultsGroup())
                              .build();
                      return c.fault(
                          c.plan()
                              .withJointWorkPlans(
                                  Places.append(c.plan().jointWorkPlans(), revision)),
                          "/jointWorkPlans/" + c.plan().jointWorkPlans().size() + "/version");
                    }));
  }

  private static Optional<Fault> notEnded(Ctx c, ImplementationStatus status) {
    return c.pick(current(c))
        .flatMap(
            so -> {
              SubOutput sub = so.sub().withStatus(status);
              if (sub.end().isBefore(c.asOf())) {
                sub = sub.withEnd(c.asOf());
              }
              return c.fault(so.put().apply(sub), so.path() + "/status");
            });
  }
}
