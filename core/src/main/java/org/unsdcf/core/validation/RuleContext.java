package org.unsdcf.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unsdcf.core.entities.UnEntityCatalogue;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.sdg.GcmCatalogue;
import org.unsdcf.core.sdg.SdgCatalogue;

/**
 * What a rule may know besides the plan: the day, the strictness, the SDG, GCM and UN entity
 * catalogues, and indexes of the plan built once per run (one pre-order walk), so that every rule
 * is linear in the plan's size.
 *
 * <p>Every entity is given with its JSON pointer; lists are in document order; "by code" maps hold
 * the first entity with a code in document order (duplicates are STR-004's).
 */
final class RuleContext {
  private final LocalDate asOf;
  private final Strictness strictness;
  private final SdgCatalogue sdg;
  private final GcmCatalogue gcm;
  private final UnEntityCatalogue entities;

  private final List<AreaSite> areas = new ArrayList<>();
  private final List<OutcomeSite> outcomes = new ArrayList<>();
  private final List<OutputSite> outputs = new ArrayList<>();
  private final List<GroupSite> groups = new ArrayList<>();
  private final List<JwpSite> jwps = new ArrayList<>();
  private final List<SubOutputSite> subOutputs = new ArrayList<>();
  private final List<IndicatorSite> indicators = new ArrayList<>();
  private final List<TagSite> tags = new ArrayList<>();
  private final List<CodeSite> codes = new ArrayList<>();
  private final Map<String, String> firstCodePath = new HashMap<>();
  private final Map<String, OutputSite> outputsByCode = new HashMap<>();
  private final Map<String, AreaSite> areasByCode = new HashMap<>();
  private final Map<String, OutcomeSite> outcomesByCode = new HashMap<>();
  private final Map<String, GroupSite> groupsByCode = new HashMap<>();
  private final Map<String, JwpSite> jwpsByCode = new HashMap<>();
  private final Map<String, List<GroupSite>> groupsByScopeCode = new HashMap<>();

  RuleContext(
      CooperationFramework plan,
      LocalDate asOf,
      Strictness strictness,
      SdgCatalogue sdg,
      GcmCatalogue gcm,
      UnEntityCatalogue entities) {
    this.asOf = asOf;
    this.strictness = strictness;
    this.sdg = sdg;
    this.gcm = gcm;
    this.entities = entities;
    index(plan);
  }

  private void index(CooperationFramework plan) {
    code(plan.code(), "");
    List<PriorityArea> pas = plan.priorityAreas();
    for (int a = 0; a < pas.size(); a++) {
      PriorityArea area = pas.get(a);
      AreaSite as = new AreaSite(area, "/priorityAreas/" + a);
      areas.add(as);
      areasByCode.putIfAbsent(area.code(), as);
      code(area.code(), as.path());
      tags(area.tags(), as.path(), area.code());
      for (int o = 0; o < area.outcomes().size(); o++) {
        Outcome outcome = area.outcomes().get(o);
        OutcomeSite os = new OutcomeSite(outcome, as.path() + "/outcomes/" + o, as);
        outcomes.add(os);
        outcomesByCode.putIfAbsent(outcome.code(), os);
        code(outcome.code(), os.path());
        tags(outcome.tags(), os.path(), outcome.code());
        indicators(outcome.indicators(), os.path(), outcome.sdgTargets(), null);
        for (int u = 0; u < outcome.outputs().size(); u++) {
          Output output = outcome.outputs().get(u);
          OutputSite us = new OutputSite(output, os.path() + "/outputs/" + u, os);
          outputs.add(us);
          outputsByCode.putIfAbsent(output.code(), us);
          code(output.code(), us.path());
          tags(output.tags(), us.path(), output.code());
          indicators(output.indicators(), us.path(), output.sdgTargets(), null);
        }
      }
    }
    List<ResultsGroup> rgs = plan.resultsGroups();
    for (int g = 0; g < rgs.size(); g++) {
      GroupSite gs = new GroupSite(rgs.get(g), "/resultsGroups/" + g, g);
      groups.add(gs);
      groupsByCode.putIfAbsent(gs.group().code(), gs);
      code(gs.group().code(), gs.path());
      for (String scope : gs.group().scope()) {
        groupsByScopeCode.computeIfAbsent(scope, k -> new ArrayList<>()).add(gs);
      }
    }
    Set<String> superseded = new HashSet<>();
    for (JointWorkPlan j : plan.jointWorkPlans()) {
      j.supersedes().ifPresent(superseded::add);
    }
    List<JointWorkPlan> plans = plan.jointWorkPlans();
    for (int j = 0; j < plans.size(); j++) {
      JointWorkPlan jwp = plans.get(j);
      JwpSite js = new JwpSite(jwp, "/jointWorkPlans/" + j, j, !superseded.contains(jwp.code()));
      jwps.add(js);
      jwpsByCode.putIfAbsent(jwp.code(), js);
      code(jwp.code(), js.path());
      for (int e = 0; e < jwp.entries().size(); e++) {
        SubOutput so = jwp.entries().get(e);
        SubOutputSite ss = new SubOutputSite(so, js.path() + "/entries/" + e, js);
        subOutputs.add(ss);
        code(so.code(), ss.path());
        tags(so.tags(), ss.path(), so.code());
        indicators(so.indicators(), ss.path(), so.sdgTargets(), ss);
      }
    }
  }

  private void code(String code, String entityPath) {
    String path = entityPath + "/code";
    codes.add(new CodeSite(code, path));
    firstCodePath.putIfAbsent(code, path);
  }

  private void tags(List<Tag> list, String ownerPath, String subject) {
    for (int t = 0; t < list.size(); t++) {
      tags.add(new TagSite(list.get(t), ownerPath, t, subject));
    }
  }

  private void indicators(
      List<Indicator> list, String ownerPath, List<String> ownerSdgTargets, SubOutputSite so) {
    for (int i = 0; i < list.size(); i++) {
      Indicator indicator = list.get(i);
      IndicatorSite is =
          new IndicatorSite(indicator, ownerPath + "/indicators/" + i, ownerSdgTargets, so);
      indicators.add(is);
      code(indicator.code(), is.path());
      tags(indicator.tags(), is.path(), indicator.code());
    }
  }

  /** Gets the day validated for; "passed" means before it. */
  LocalDate asOf() {
    return asOf;
  }

  /** Gets the run's strictness. */
  Strictness strictness() {
    return strictness;
  }

  /** Gets the SDG catalogue. */
  SdgCatalogue sdg() {
    return sdg;
  }

  /** Gets the GCM catalogue. */
  GcmCatalogue gcm() {
    return gcm;
  }

  /** Gets the UN entity catalogue. */
  UnEntityCatalogue entities() {
    return entities;
  }

  /** Gets the priority areas. */
  List<AreaSite> areas() {
    return areas;
  }

  /** Gets the outcomes of all areas. */
  List<OutcomeSite> outcomes() {
    return outcomes;
  }

  /** Gets the outputs of all outcomes. */
  List<OutputSite> outputs() {
    return outputs;
  }

  /** Gets the results groups. */
  List<GroupSite> groups() {
    return groups;
  }

  /** Gets the JWPs, current and superseded. */
  List<JwpSite> jwps() {
    return jwps;
  }

  /** Gets the sub-outputs of all JWPs. */
  List<SubOutputSite> subOutputs() {
    return subOutputs;
  }

  /** Gets every indicator: of outcomes, outputs and sub-outputs. */
  List<IndicatorSite> indicators() {
    return indicators;
  }

  /** Gets every tag of areas, outcomes, outputs, sub-outputs and indicators. */
  List<TagSite> tags() {
    return tags;
  }

  /** Gets every code of the STR-004 namespace, with the path of its {@code code} member. */
  List<CodeSite> codes() {
    return codes;
  }

  /** Checks if a code is in the STR-004 namespace. */
  boolean isEntityCode(String code) {
    return firstCodePath.containsKey(code);
  }

  /** Gets the path of the first {@code code} member with a code. */
  String firstCodePath(String code) {
    return firstCodePath.get(code);
  }

  /** Gets the first output with a code, or null. */
  OutputSite output(String code) {
    return outputsByCode.get(code);
  }

  /** Gets the first priority area with a code, or null. */
  AreaSite area(String code) {
    return areasByCode.get(code);
  }

  /** Gets the first outcome with a code, or null. */
  OutcomeSite outcome(String code) {
    return outcomesByCode.get(code);
  }

  /** Gets the first results group with a code, or null. */
  GroupSite group(String code) {
    return groupsByCode.get(code);
  }

  /**
   * Gets the results groups whose scope holds an outcome, directly or through its priority area,
   * each once, in document order.
   */
  List<GroupSite> groupsOf(OutcomeSite outcome) {
    List<GroupSite> direct = groupsByScopeCode.getOrDefault(outcome.outcome().code(), List.of());
    List<GroupSite> viaArea =
        groupsByScopeCode.getOrDefault(outcome.area().area().code(), List.of());
    if (viaArea.isEmpty() || outcome.outcome().code().equals(outcome.area().area().code())) {
      return direct;
    }
    if (direct.isEmpty()) {
      return viaArea;
    }
    List<GroupSite> all = new ArrayList<>(direct);
    all.addAll(viaArea);
    all.sort(Comparator.comparingInt(GroupSite::index));
    List<GroupSite> distinct = new ArrayList<>();
    for (GroupSite g : all) {
      if (distinct.isEmpty() || distinct.get(distinct.size() - 1).index() != g.index()) {
        distinct.add(g);
      }
    }
    return distinct;
  }

  /** Gets the first JWP with a code, or null. */
  JwpSite jwp(String code) {
    return jwpsByCode.get(code);
  }

  /** A priority area and its path. */
  record AreaSite(PriorityArea area, String path) {}

  /** An outcome, its path and its area. */
  record OutcomeSite(Outcome outcome, String path, AreaSite area) {}

  /** An output, its path and its outcome. */
  record OutputSite(Output output, String path, OutcomeSite outcome) {}

  /** A results group, its path and its index. */
  record GroupSite(ResultsGroup group, String path, int index) {}

  /** A JWP, its path, its index and whether it is current. */
  record JwpSite(JointWorkPlan jwp, String path, int index, boolean current) {}

  /** A sub-output, its path and its JWP. */
  record SubOutputSite(SubOutput subOutput, String path, JwpSite jwp) {}

  /**
   * An indicator, its path, its owner's SDG targets and, for a sub-output's indicator, the
   * sub-output (else null).
   */
  record IndicatorSite(
      Indicator indicator, String path, List<String> ownerSdgTargets, SubOutputSite subOutput) {}

  /** A tag, its path and the code of the entity holding it. */
  record TagSite(Tag tag, String ownerPath, int index, String subject) {
    /** The tag's pointer, spelled out only for a finding: plans have thousands of tags. */
    String path() {
      return ownerPath + "/tags/" + index;
    }
  }

  /** A code of the STR-004 namespace and the path of its {@code code} member. */
  record CodeSite(String code, String path) {}
}
