package org.unsdcf.testkit.gen;

import static org.unsdcf.testkit.gen.FaultKit.indexes;
import static org.unsdcf.testkit.gen.FaultKit.jwp;
import static org.unsdcf.testkit.gen.FaultKit.withGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.testkit.gen.FaultKit.Ctx;
import org.unsdcf.testkit.gen.FaultKit.Mutator;
import org.unsdcf.testkit.gen.Places.OutcomePlace;

/**
 * The single-fault mutations of the STR rules (codes, references and the results hierarchy) for
 * {@link SingleFaults}.
 */
final class StructureFaults {
  private StructureFaults() {}

  /** Puts this category's mutations into the catalogue under construction. */
  static void register(Map<String, Mutator> m) {
    m.put(
        "STR-001",
        c -> {
          PriorityArea area =
              PriorityArea.builder().code(c.fresh("SP")).title("Area without outcome").build();
          return c.fault(
              c.plan().withPriorityAreas(Places.append(c.plan().priorityAreas(), area)),
              "/priorityAreas/" + c.plan().priorityAreas().size());
        });
    m.put(
        "STR-002",
        c ->
            c.pick(indexes(c.plan().priorityAreas()))
                .flatMap(
                    a -> {
                      PriorityArea area = c.plan().priorityAreas().get(a);
                      Outcome outcome =
                          Outcome.builder().code(c.fresh("OC")).title("No indicator").build();
                      return c.fault(
                          Places.withArea(
                              c.plan(),
                              a,
                              area.withOutcomes(Places.append(area.outcomes(), outcome))),
                          "/priorityAreas/" + a + "/outcomes/" + area.outcomes().size());
                    }));
    m.put(
        "STR-003",
        c ->
            c.pick(Places.outcomes(c.plan()))
                .flatMap(
                    oc -> {
                      Output output =
                          Output.builder().code(c.fresh("OP")).title("No indicator").build();
                      return c.fault(
                          oc.put()
                              .apply(
                                  oc.outcome()
                                      .withOutputs(Places.append(oc.outcome().outputs(), output))),
                          oc.path() + "/outputs/" + oc.outcome().outputs().size());
                    }));
    m.put(
        "STR-004",
        c -> {
          // A new results group (after areas and groups) repeats the framework's, an area's or a
          // group's code; its scope is empty, so nothing resolves to it.
          List<String[]> firsts = new ArrayList<>();
          firsts.add(new String[] {c.plan().code(), "/code"});
          for (int a = 0; a < c.plan().priorityAreas().size(); a++) {
            firsts.add(
                new String[] {
                  c.plan().priorityAreas().get(a).code(), "/priorityAreas/" + a + "/code"
                });
          }
          for (int g = 0; g < c.plan().resultsGroups().size(); g++) {
            firsts.add(
                new String[] {
                  c.plan().resultsGroups().get(g).code(), "/resultsGroups/" + g + "/code"
                });
          }
          String[] first = firsts.get(c.random().nextInt(firsts.size()));
          ResultsGroup group = ResultsGroup.builder().code(first[0]).title("Repeated code").build();
          return c.fault(
              c.plan().withResultsGroups(Places.append(c.plan().resultsGroups(), group)),
              "/resultsGroups/" + c.plan().resultsGroups().size() + "/code");
        });
    m.put(
        "STR-005",
        c ->
            c.pick(Places.subOutputs(c.plan()))
                .flatMap(
                    so ->
                        c.fault(
                            so.put().apply(so.sub().withOutputCode(c.fresh("OP"))),
                            so.path() + "/outputCode")));
    m.put(
        "STR-006",
        c ->
            c.pick(indexes(c.plan().resultsGroups()))
                .flatMap(
                    g -> {
                      ResultsGroup group = c.plan().resultsGroups().get(g);
                      return c.fault(
                          withGroup(
                              c.plan(),
                              g,
                              group.withScope(Places.append(group.scope(), c.fresh("SP")))),
                          "/resultsGroups/" + g + "/scope/" + group.scope().size());
                    }));
    m.put("STR-007", StructureFaults::outOfScope);
    m.put(
        "STR-008",
        c -> {
          if (c.plan().resultsGroups().size() < 2) {
            return Optional.empty();
          }
          return c.pick(Places.outcomes(c.plan()))
              .flatMap(
                  oc -> {
                    String area = areaOf(c.plan(), oc);
                    List<ResultsGroup> groups = new ArrayList<>();
                    for (ResultsGroup g : c.plan().resultsGroups()) {
                      boolean covers =
                          g.scope().contains(oc.outcome().code()) || g.scope().contains(area);
                      groups.add(
                          covers ? g : g.withScope(Places.append(g.scope(), oc.outcome().code())));
                    }
                    return c.fault(c.plan().withResultsGroups(groups), oc.path());
                  });
        });
    m.put(
        "STR-009",
        c -> {
          List<ResultsGroup> groups =
              c.plan().resultsGroups().stream()
                  .map(g -> g.withScope(List.of()))
                  .collect(Collectors.toList());
          return c.fault(
              c.plan()
                  .withPriorityAreas(List.of())
                  .withResultsGroups(groups)
                  .withJointWorkPlans(List.of())
                  .withSteeringCommittee(
                      c.plan().steeringCommittee().map(sc -> sc.withDecisions(List.of()))),
              "/priorityAreas");
        });
    m.put(
        "STR-010",
        c ->
            c.pick(indexes(c.plan().jointWorkPlans()), w -> jwp(c, w).supersedes().isEmpty())
                .flatMap(
                    w ->
                        c.fault(
                            Places.withJwp(c.plan(), w, jwp(c, w).withSupersedes(c.fresh("JWP"))),
                            "/jointWorkPlans/" + w + "/supersedes")));
    m.put(
        "STR-011",
        c ->
            c.pick(indexes(c.plan().jointWorkPlans()), w -> jwp(c, w).supersedes().isEmpty())
                .flatMap(
                    w ->
                        c.fault(
                            Places.withJwp(c.plan(), w, jwp(c, w).withSupersedes(jwp(c, w).code())),
                            "/jointWorkPlans/" + w + "/supersedes")));
    m.put(
        "STR-012",
        c ->
            c.pick(indexes(c.plan().jointWorkPlans()))
                .flatMap(
                    w ->
                        c.fault(
                            Places.withJwp(c.plan(), w, jwp(c, w).withResultsGroup(c.fresh("RG"))),
                            "/jointWorkPlans/" + w + "/resultsGroup")));
    m.put(
        "STR-013",
        c ->
            c.pick(Places.subOutputs(c.plan()))
                .flatMap(
                    so -> {
                      String code = c.fresh("OP");
                      while (so.sub().additionalOutputs().contains(code)) {
                        code = c.fresh("OP");
                      }
                      List<String> more = Places.append(so.sub().additionalOutputs(), code);
                      return c.fault(
                          so.put().apply(so.sub().withAdditionalOutputs(more)),
                          so.path() + "/additionalOutputs/" + so.sub().additionalOutputs().size());
                    }));
    m.put(
        "STR-014",
        c -> {
          Set<String> outputs =
              Places.outputs(c.plan()).stream()
                  .map(op -> op.output().code())
                  .collect(Collectors.toSet());
          return c.pick(
                  Places.subOutputs(c.plan()),
                  so ->
                      outputs.contains(so.sub().outputCode())
                          && !so.sub().additionalOutputs().contains(so.sub().outputCode()))
              .flatMap(
                  so -> {
                    List<String> more =
                        Places.append(so.sub().additionalOutputs(), so.sub().outputCode());
                    return c.fault(
                        so.put().apply(so.sub().withAdditionalOutputs(more)),
                        so.path() + "/additionalOutputs/" + so.sub().additionalOutputs().size());
                  });
        });
  }

  /** STR-007: take an outcome out of every scope, keeping its sibling outcomes covered. */
  private static Optional<Fault> outOfScope(Ctx c) {
    return c.pick(Places.outcomes(c.plan()))
        .flatMap(
            oc -> {
              String area = areaOf(c.plan(), oc);
              PriorityArea owner =
                  c.plan().priorityAreas().stream()
                      .filter(a -> a.outcomes().contains(oc.outcome()))
                      .findFirst()
                      .orElseThrow();
              List<ResultsGroup> groups = new ArrayList<>();
              for (ResultsGroup g : c.plan().resultsGroups()) {
                List<String> scope = new ArrayList<>();
                for (String s : g.scope()) {
                  if (s.equals(area)) {
                    for (Outcome sibling : owner.outcomes()) {
                      if (!sibling.code().equals(oc.outcome().code())
                          && !scope.contains(sibling.code())
                          && !g.scope().contains(sibling.code())) {
                        scope.add(sibling.code());
                      }
                    }
                  } else if (!s.equals(oc.outcome().code())) {
                    scope.add(s);
                  }
                }
                groups.add(g.withScope(scope));
              }
              return c.fault(c.plan().withResultsGroups(groups), oc.path());
            });
  }

  private static String areaOf(CooperationFramework plan, OutcomePlace oc) {
    String prefix = oc.path().substring(0, oc.path().indexOf("/outcomes/"));
    int a = Integer.parseInt(prefix.substring("/priorityAreas/".length()));
    return plan.priorityAreas().get(a).code();
  }
}
