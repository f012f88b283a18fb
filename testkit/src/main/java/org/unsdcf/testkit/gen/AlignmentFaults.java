package org.unsdcf.testkit.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.sdg.SdgCatalogue;
import org.unsdcf.core.sdg.SdgIndicator;
import org.unsdcf.testkit.gen.FaultKit.Ctx;
import org.unsdcf.testkit.gen.FaultKit.Mutator;
import org.unsdcf.testkit.gen.Places.OutcomePlace;
import org.unsdcf.testkit.gen.Places.SubPlace;

/**
 * The single-fault mutations of the SDG and ALN rules (SDG and GCM alignment) for {@link
 * SingleFaults}.
 */
final class AlignmentFaults {
  private AlignmentFaults() {}

  /** Puts this category's mutations into the catalogue under construction. */
  static void register(Map<String, Mutator> m) {
    m.put(
        "SDG-001",
        c -> {
          String unknown = unknownTarget(c);
          List<Owner> owners = new ArrayList<>();
          for (OutcomePlace oc : Places.outcomes(c.plan())) {
            owners.add(
                new Owner(
                    oc.path(),
                    oc.outcome().sdgTargets().size(),
                    () ->
                        oc.put()
                            .apply(
                                oc.outcome()
                                    .withSdgTargets(
                                        Places.append(oc.outcome().sdgTargets(), unknown)))));
          }
          for (Places.OutputPlace op : Places.outputs(c.plan())) {
            owners.add(
                new Owner(
                    op.path(),
                    op.output().sdgTargets().size(),
                    () ->
                        op.put()
                            .apply(
                                op.output()
                                    .withSdgTargets(
                                        Places.append(op.output().sdgTargets(), unknown)))));
          }
          for (SubPlace so : Places.subOutputs(c.plan())) {
            if (so.sub().sdgTargets().size() < 10) {
              owners.add(
                  new Owner(
                      so.path(),
                      so.sub().sdgTargets().size(),
                      () ->
                          so.put()
                              .apply(
                                  so.sub()
                                      .withSdgTargets(
                                          Places.append(so.sub().sdgTargets(), unknown)))));
            }
          }
          return c.pick(owners)
              .flatMap(
                  o -> {
                    return c.fault(o.put().get(), o.path() + "/sdgTargets/" + o.size());
                  });
        });
    m.put(
        "SDG-002",
        c ->
            c.pick(Places.indicators(c.plan()))
                .flatMap(
                    ip ->
                        c.fault(
                            ip.put().apply(ip.indicator().withSdgIndicator(unknownIndicator(c))),
                            ip.path() + "/sdgIndicator")));
    m.put(
        "SDG-003",
        c ->
            c.pick(Places.indicators(c.plan()))
                .flatMap(
                    ip -> {
                      SdgCatalogue sdg = SdgCatalogue.bundled();
                      List<SdgIndicator> all = sdg.indicators();
                      for (int attempt = 0; attempt < 50; attempt++) {
                        SdgIndicator pick = all.get(c.random().nextInt(all.size()));
                        boolean named = ip.ownerTargets().contains(pick.target());
                        for (SdgIndicator repeat : sdg.repeatsOf(pick.code())) {
                          named |= ip.ownerTargets().contains(repeat.target());
                        }
                        if (!named) {
                          return c.fault(
                              ip.put().apply(ip.indicator().withSdgIndicator(pick.code())),
                              ip.path() + "/sdgIndicator");
                        }
                      }
                      return Optional.empty();
                    }));
    m.put(
        "ALN-001",
        c -> {
          Tag tag = Tag.of(Tag.GCM_OBJECTIVE, String.valueOf(24 + c.random().nextInt(76)));
          List<Owner> owners = new ArrayList<>();
          for (int a = 0; a < c.plan().priorityAreas().size(); a++) {
            PriorityArea area = c.plan().priorityAreas().get(a);
            int fa = a;
            owners.add(
                new Owner(
                    "/priorityAreas/" + a,
                    area.tags().size(),
                    () ->
                        Places.withArea(
                            c.plan(), fa, area.withTags(Places.append(area.tags(), tag)))));
          }
          for (OutcomePlace oc : Places.outcomes(c.plan())) {
            owners.add(
                new Owner(
                    oc.path(),
                    oc.outcome().tags().size(),
                    () ->
                        oc.put()
                            .apply(
                                oc.outcome().withTags(Places.append(oc.outcome().tags(), tag)))));
          }
          for (Places.OutputPlace op : Places.outputs(c.plan())) {
            owners.add(
                new Owner(
                    op.path(),
                    op.output().tags().size(),
                    () ->
                        op.put()
                            .apply(op.output().withTags(Places.append(op.output().tags(), tag)))));
          }
          for (SubPlace so : Places.subOutputs(c.plan())) {
            owners.add(
                new Owner(
                    so.path(),
                    so.sub().tags().size(),
                    () -> so.put().apply(so.sub().withTags(Places.append(so.sub().tags(), tag)))));
          }
          return c.pick(owners)
              .flatMap(
                  o -> {
                    return c.fault(o.put().get(), o.path() + "/tags/" + o.size());
                  });
        });
    m.put(
        "ALN-004",
        c -> {
          String entity = c.fresh("AGENCY");
          List<Owner> owners = new ArrayList<>();
          for (Places.OutputPlace op : Places.outputs(c.plan())) {
            List<String> entities = op.output().contributingEntities();
            if (!entities.contains(entity)) {
              owners.add(
                  new Owner(
                      op.path() + "/contributingEntities",
                      entities.size(),
                      () ->
                          op.put()
                              .apply(
                                  op.output()
                                      .withContributingEntities(Places.append(entities, entity)))));
            }
          }
          for (SubPlace so : Places.subOutputs(c.plan())) {
            List<String> agencies = so.sub().agencies();
            if (!agencies.contains(entity)) {
              owners.add(
                  new Owner(
                      so.path() + "/agencies",
                      agencies.size(),
                      () ->
                          so.put().apply(so.sub().withAgencies(Places.append(agencies, entity)))));
            }
          }
          return c.pick(owners).flatMap(o -> c.fault(o.put().get(), o.path() + "/" + o.size()));
        });
  }

  /** An entity holding a list (SDG targets, tags), its size, and the plan with one more element. */
  private record Owner(String path, int size, Supplier<CooperationFramework> put) {}

  private static String unknownTarget(Ctx c) {
    SdgCatalogue sdg = SdgCatalogue.bundled();
    while (true) {
      String code = (1 + c.random().nextInt(17)) + "." + (1 + c.random().nextInt(99));
      if (sdg.target(code).isEmpty()) {
        return code;
      }
    }
  }

  private static String unknownIndicator(Ctx c) {
    SdgCatalogue sdg = SdgCatalogue.bundled();
    while (true) {
      String code =
          (1 + c.random().nextInt(17))
              + "."
              + (1 + c.random().nextInt(99))
              + "."
              + (1 + c.random().nextInt(99));
      if (sdg.indicator(code).isEmpty()) {
        return code;
      }
    }
  }
}
