package org.unsdcf.testkit.gen;

import static org.unsdcf.testkit.gen.FaultKit.current;
import static org.unsdcf.testkit.gen.FaultKit.hasPartnerlessFunds;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.testkit.gen.FaultKit.Ctx;
import org.unsdcf.testkit.gen.FaultKit.Mutator;

/**
 * The single-fault mutations of the TAG rules (the mandatory tags and markers of sub-outputs) for
 * {@link SingleFaults}.
 */
final class CompletenessFaults {
  private static final List<String> VALID_TARGETS =
      List.of(
          "10.7", "1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1",
          "3.2", "4.1", "5.1");

  private CompletenessFaults() {}

  /** Puts this category's mutations into the catalogue under construction. */
  static void register(Map<String, Mutator> m) {
    m.put("TAG-001", c -> tag(c, "/sdgTargets", s -> s.withSdgTargets(List.of())));
    m.put(
        "TAG-002",
        c ->
            c.pick(Places.subOutputs(c.plan()))
                .flatMap(
                    so -> {
                      int n = 11 + c.random().nextInt(VALID_TARGETS.size() - 10);
                      return c.fault(
                          so.put().apply(so.sub().withSdgTargets(VALID_TARGETS.subList(0, n))),
                          so.path() + "/sdgTargets");
                    }));
    m.put(
        "TAG-003",
        // FIN-003 fires on lines without a partner once the entry names none either: keep clear.
        c ->
            c.pick(current(c), so -> !hasPartnerlessFunds(so.sub(), null))
                .flatMap(
                    so ->
                        c.fault(
                            so.put().apply(so.sub().withContributingPartners(List.of())),
                            so.path() + "/contributingPartners")));
    m.put(
        "TAG-004",
        c -> tag(c, "/implementingPartners", s -> s.withImplementingPartners(List.of())));
    m.put(
        "TAG-005",
        c -> tag(c, "/genderEqualityMarker", s -> s.withGenderEqualityMarker(Optional.empty())));
    m.put(
        "TAG-006",
        c -> tag(c, "/humanRightsMarker", s -> s.withHumanRightsMarker(Optional.empty())));
    m.put("TAG-007", c -> tag(c, "/qcprFunctions", s -> s.withQcprFunctions(List.of())));
    m.put("TAG-008", c -> tag(c, "/geographicScope", s -> s.withGeographicScope(List.of())));
    m.put(
        "TAG-009",
        c ->
            c.pick(Places.subOutputs(c.plan()))
                .flatMap(
                    so -> {
                      SubOutput sub = so.sub();
                      List<String> agencies = sub.agencies();
                      if (agencies.size() < 2) {
                        agencies = Places.append(agencies, c.entityNotIn(agencies));
                      }
                      return c.fault(
                          so.put()
                              .apply(sub.withAgencies(agencies).withJointProgramme(c.fresh("JP"))),
                          so.path() + "/agencies");
                    }));
  }

  private static Optional<Fault> tag(Ctx c, String member, UnaryOperator<SubOutput> clear) {
    return c.pick(current(c))
        .flatMap(so -> c.fault(so.put().apply(clear.apply(so.sub())), so.path() + member));
  }
}
