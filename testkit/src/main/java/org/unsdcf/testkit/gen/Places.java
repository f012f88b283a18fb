package org.unsdcf.testkit.gen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.SubOutput;

/**
 * The places of a plan where a fault can go (indicators, outcomes, outputs, sub-outputs, funding
 * lines), each with its JSON pointer and a way to put a changed copy back into the plan.
 */
final class Places {
  private Places() {}

  /** An indicator, the SDG targets of the entity holding it, and how to replace it. */
  record IndicatorPlace(
      String path,
      Indicator indicator,
      List<String> ownerTargets,
      Function<Indicator, CooperationFramework> put) {}

  /** An outcome and how to replace it. */
  record OutcomePlace(String path, Outcome outcome, Function<Outcome, CooperationFramework> put) {}

  /** An output and how to replace it. */
  record OutputPlace(String path, Output output, Function<Output, CooperationFramework> put) {}

  /** A sub-output, its JWP, whether that JWP is current, and how to replace the sub-output. */
  record SubPlace(
      String path,
      SubOutput sub,
      JointWorkPlan jwp,
      boolean current,
      Function<SubOutput, CooperationFramework> put) {}

  /** A funding line, its sub-output place and how to replace the line. */
  record LinePlace(
      String path,
      FundingLine line,
      SubPlace owner,
      Function<FundingLine, CooperationFramework> put) {}

  static <T> List<T> replace(List<T> list, int index, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, element);
    return copy;
  }

  static <T> List<T> append(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.add(element);
    return copy;
  }

  static CooperationFramework withArea(CooperationFramework plan, int a, PriorityArea area) {
    return plan.withPriorityAreas(replace(plan.priorityAreas(), a, area));
  }

  static CooperationFramework withOutcome(
      CooperationFramework plan, int a, int o, Outcome outcome) {
    PriorityArea area = plan.priorityAreas().get(a);
    return withArea(plan, a, area.withOutcomes(replace(area.outcomes(), o, outcome)));
  }

  static CooperationFramework withJwp(CooperationFramework plan, int w, JointWorkPlan jwp) {
    return plan.withJointWorkPlans(replace(plan.jointWorkPlans(), w, jwp));
  }

  static List<OutcomePlace> outcomes(CooperationFramework plan) {
    List<OutcomePlace> places = new ArrayList<>();
    List<PriorityArea> areas = plan.priorityAreas();
    for (int a = 0; a < areas.size(); a++) {
      List<Outcome> outcomes = areas.get(a).outcomes();
      for (int o = 0; o < outcomes.size(); o++) {
        int fa = a;
        int fo = o;
        places.add(
            new OutcomePlace(
                "/priorityAreas/" + a + "/outcomes/" + o,
                outcomes.get(o),
                x -> withOutcome(plan, fa, fo, x)));
      }
    }
    return places;
  }

  static List<OutputPlace> outputs(CooperationFramework plan) {
    List<OutputPlace> places = new ArrayList<>();
    for (OutcomePlace oc : outcomes(plan)) {
      List<Output> outputs = oc.outcome().outputs();
      for (int p = 0; p < outputs.size(); p++) {
        int fp = p;
        places.add(
            new OutputPlace(
                oc.path() + "/outputs/" + p,
                outputs.get(p),
                x -> oc.put().apply(oc.outcome().withOutputs(replace(outputs, fp, x)))));
      }
    }
    return places;
  }

  static List<SubPlace> subOutputs(CooperationFramework plan) {
    List<SubPlace> places = new ArrayList<>();
    List<JointWorkPlan> jwps = plan.jointWorkPlans();
    for (int w = 0; w < jwps.size(); w++) {
      JointWorkPlan jwp = jwps.get(w);
      boolean current = plan.isCurrent(jwp);
      for (int e = 0; e < jwp.entries().size(); e++) {
        int fw = w;
        int fe = e;
        places.add(
            new SubPlace(
                "/jointWorkPlans/" + w + "/entries/" + e,
                jwp.entries().get(e),
                jwp,
                current,
                x -> withJwp(plan, fw, jwp.withEntries(replace(jwp.entries(), fe, x)))));
      }
    }
    return places;
  }

  static List<LinePlace> lines(CooperationFramework plan) {
    List<LinePlace> places = new ArrayList<>();
    for (SubPlace so : subOutputs(plan)) {
      List<FundingLine> lines = so.sub().funding();
      for (int f = 0; f < lines.size(); f++) {
        int ff = f;
        places.add(
            new LinePlace(
                so.path() + "/funding/" + f,
                lines.get(f),
                so,
                x -> so.put().apply(so.sub().withFunding(replace(lines, ff, x)))));
      }
    }
    return places;
  }

  static List<IndicatorPlace> indicators(CooperationFramework plan) {
    List<IndicatorPlace> places = new ArrayList<>();
    for (OutcomePlace oc : outcomes(plan)) {
      List<Indicator> list = oc.outcome().indicators();
      for (int i = 0; i < list.size(); i++) {
        int fi = i;
        places.add(
            new IndicatorPlace(
                oc.path() + "/indicators/" + i,
                list.get(i),
                oc.outcome().sdgTargets(),
                x -> oc.put().apply(oc.outcome().withIndicators(replace(list, fi, x)))));
      }
    }
    for (OutputPlace op : outputs(plan)) {
      List<Indicator> list = op.output().indicators();
      for (int i = 0; i < list.size(); i++) {
        int fi = i;
        places.add(
            new IndicatorPlace(
                op.path() + "/indicators/" + i,
                list.get(i),
                op.output().sdgTargets(),
                x -> op.put().apply(op.output().withIndicators(replace(list, fi, x)))));
      }
    }
    for (SubPlace so : subOutputs(plan)) {
      List<Indicator> list = so.sub().indicators();
      for (int i = 0; i < list.size(); i++) {
        int fi = i;
        places.add(
            new IndicatorPlace(
                so.path() + "/indicators/" + i,
                list.get(i),
                so.sub().sdgTargets(),
                x -> so.put().apply(so.sub().withIndicators(replace(list, fi, x)))));
      }
    }
    return places;
  }

  /** Every code and reference the plan holds, so a new code can avoid them all. */
  static Set<String> codes(CooperationFramework plan) {
    Set<String> codes = new LinkedHashSet<>();
    codes.add(plan.code());
    for (PriorityArea area : plan.priorityAreas()) {
      codes.add(area.code());
    }
    for (OutcomePlace oc : outcomes(plan)) {
      codes.add(oc.outcome().code());
    }
    for (OutputPlace op : outputs(plan)) {
      codes.add(op.output().code());
    }
    for (IndicatorPlace ip : indicators(plan)) {
      codes.add(ip.indicator().code());
    }
    plan.resultsGroups()
        .forEach(
            g -> {
              codes.add(g.code());
              codes.addAll(g.scope());
            });
    for (JointWorkPlan jwp : plan.jointWorkPlans()) {
      codes.add(jwp.code());
      jwp.supersedes().ifPresent(codes::add);
      jwp.resultsGroup().ifPresent(codes::add);
      for (SubOutput so : jwp.entries()) {
        codes.add(so.code());
        codes.add(so.outputCode());
        so.jointProgramme().ifPresent(codes::add);
      }
    }
    plan.steeringCommittee().ifPresent(c -> c.decisions().forEach(d -> codes.addAll(d.subjects())));
    return codes;
  }
}
