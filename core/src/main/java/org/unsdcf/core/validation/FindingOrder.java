package org.unsdcf.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report order of findings: document order of the path (a pre-order walk of the canonical JSON
 * form of design.md §3.2, an absent member sitting where it would be written), then code, subject
 * and message.
 *
 * <p>A path is turned into a sort key by walking the JSON form's types from the root: a member name
 * becomes its index in its type's canonical member order, an array index its number. A member the
 * form does not know sorts after the known ones, by name; a parent sorts before its children.
 */
final class FindingOrder {
  private static final String FRAMEWORK = "CooperationFramework";
  private static final int UNKNOWN = 10_000;

  /** Canonical member order of each type of the JSON form. */
  private static final Map<String, List<String>> MEMBERS = new HashMap<>();

  /** The type of a member (object, or the elements of an array), by "Type.member". */
  private static final Map<String, String> CHILD = new HashMap<>();

  /** Members holding an array or a map, by "Type.member". */
  private static final Map<String, String> CONTAINER = new HashMap<>();

  private static final String ARRAY = "array";
  private static final String MAP = "map";

  static {
    type(
        FRAMEWORK,
        "formatVersion",
        "code",
        "title",
        "countries[]",
        "period:YearRange",
        "signedOn",
        "currency",
        "steeringCommittee:SteeringCommittee",
        "priorityAreas:PriorityArea[]",
        "resultsGroups:ResultsGroup[]",
        "jointWorkPlans:JointWorkPlan[]");
    type("SteeringCommittee", "name", "governmentCoChair", "unCoChair", "decisions:Decision[]");
    type("Decision", "date", "kind", "subjects[]", "summary", "reference");
    type(
        "PriorityArea",
        "code",
        "displayCode",
        "title",
        "description",
        "tags:Tag[]",
        "outcomes:Outcome[]");
    type(
        "Outcome",
        "code",
        "displayCode",
        "title",
        "statement",
        "sdgTargets[]",
        "tags:Tag[]",
        "indicators:Indicator[]",
        "outputs:Output[]");
    type(
        "Output",
        "code",
        "displayCode",
        "title",
        "description",
        "contributingEntities[]",
        "sdgTargets[]",
        "tags:Tag[]",
        "indicators:Indicator[]");
    type(
        "ResultsGroup",
        "code",
        "title",
        "scope[]",
        "coChairs:CoChair[]",
        "members[]",
        "governmentMembers[]");
    type("CoChair", "entity", "role", "from", "until");
    type(
        "JointWorkPlan",
        "code",
        "title",
        "period:YearRange",
        "status",
        "version",
        "supersedes",
        "resultsGroup",
        "endorsement:Endorsement",
        "entries:SubOutput[]");
    type("Endorsement", "date", "body", "reference");
    type(
        "SubOutput",
        "code",
        "displayCode",
        "title",
        "description",
        "outputCode",
        "additionalOutputs[]",
        "leadEntity",
        "agencies[]",
        "implementingPartners:PartnerRef[]",
        "contributingPartners:PartnerRef[]",
        "sdgTargets[]",
        "tags:Tag[]",
        "genderEqualityMarker",
        "humanRightsMarker",
        "sustainingPeaceMarker",
        "markerNarratives:MarkerNarrative[]",
        "qcprFunctions[]",
        "geographicScope:Location[]",
        "targetGroups[]",
        "status",
        "start",
        "end",
        "jointProgramme",
        "funding:FundingLine[]",
        "progressNarratives:YearNarrative[]",
        "indicators:Indicator[]");
    type(
        "FundingLine",
        "year",
        "agency",
        "contributingPartner:PartnerRef",
        "required:Money",
        "available:Money",
        "expenditure:Money");
    type("MarkerNarrative", "marker", "text");
    type("YearNarrative", "year", "text");
    type("PartnerRef", "name", "iatiOrgId");
    type("Location", "level", "code", "name");
    type(
        "Indicator",
        "code",
        "title",
        "measure",
        "unit",
        "direction",
        "accumulation",
        "naturalRange:NumericRange",
        "baseline:Baseline",
        "targets:Target[]",
        "measurements:Measurement[]",
        "disaggregations:DisaggregationDimension[]",
        "frequency",
        "sdgIndicator",
        "tags:Tag[]",
        "meansOfVerification[]",
        "dataSource",
        "responsibleEntities[]");
    type("NumericRange", "min", "max");
    type("DisaggregationDimension", "name", "categories[]", "exhaustive");
    type("Baseline", "year", "date", "value", "unit", "comment");
    type("Target", "year", "kind", "value", "unit", "comment");
    type(
        "Measurement",
        "period:ReportingPeriod",
        "disaggregation{}",
        "value",
        "unit",
        "numerator",
        "denominator",
        "assessedStatus",
        "source",
        "comment");
    type("Money", "amount", "currency");
    type("YearRange", "start", "end");
    type("ReportingPeriod", "start", "end");
    type("Tag", "vocabulary", "code");
  }

  private FindingOrder() {}

  private static void type(String name, String... members) {
    List<String> names = new ArrayList<>();
    for (String spec : members) {
      String m = spec;
      boolean array = m.endsWith("[]");
      if (array) {
        m = m.substring(0, m.length() - 2);
      }
      if (m.endsWith("{}")) {
        m = m.substring(0, m.length() - 2);
        CONTAINER.put(name + "." + m, MAP);
      }
      int colon = m.indexOf(':');
      String member = colon < 0 ? m : m.substring(0, colon);
      names.add(member);
      if (colon >= 0) {
        CHILD.put(name + "." + member, m.substring(colon + 1));
      }
      if (array) {
        CONTAINER.put(name + "." + member, ARRAY);
      }
    }
    MEMBERS.put(name, List.copyOf(names));
  }

  /**
   * Sorts findings into report order.
   *
   * @param findings the findings
   * @return a new sorted list
   */
  static List<Finding> sort(List<Finding> findings) {
    List<Keyed> keyed = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      keyed.add(new Keyed(key(f.path()), f));
    }
    keyed.sort(
        Comparator.comparing((Keyed k) -> k.key, FindingOrder::compareKeys)
            .thenComparing(k -> k.finding.code())
            .thenComparing(k -> k.finding.subject())
            .thenComparing(k -> k.finding.message()));
    List<Finding> sorted = new ArrayList<>(keyed.size());
    for (Keyed k : keyed) {
      sorted.add(k.finding);
    }
    return sorted;
  }

  /** The sort key of a path: one (rank, name) pair per reference token. */
  static Segment[] key(String path) {
    if (path.isEmpty()) {
      return new Segment[0];
    }
    String[] tokens = path.substring(1).split("/", -1);
    Segment[] key = new Segment[tokens.length];
    String type = FRAMEWORK;
    String container = null;
    String elementType = null;
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i].replace("~1", "/").replace("~0", "~");
      if (ARRAY.equals(container)) {
        key[i] = new Segment(arrayIndex(token), token);
        type = elementType;
        container = null;
        continue;
      }
      if (MAP.equals(container)) {
        key[i] = new Segment(UNKNOWN, token);
        type = null;
        container = null;
        continue;
      }
      List<String> members = type == null ? List.of() : MEMBERS.getOrDefault(type, List.of());
      int rank = members.indexOf(token);
      key[i] = new Segment(rank < 0 ? UNKNOWN : rank, token);
      String member = type + "." + token;
      container = type == null ? null : CONTAINER.get(member);
      elementType = type == null ? null : CHILD.get(member);
      type = container == null ? elementType : null;
    }
    return key;
  }

  private static int arrayIndex(String token) {
    if (token.isEmpty() || token.length() > 9 || !token.chars().allMatch(Character::isDigit)) {
      return Integer.MAX_VALUE;
    }
    return Integer.parseInt(token);
  }

  static int compareKeys(Segment[] a, Segment[] b) {
    int n = Math.min(a.length, b.length);
    for (int i = 0; i < n; i++) {
      int c = Integer.compare(a[i].rank, b[i].rank);
      if (c == 0) {
        c = a[i].name.compareTo(b[i].name);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  /** One reference token of a path, ranked. */
  static final class Segment {
    final int rank;
    final String name;

    Segment(int rank, String name) {
      this.rank = rank;
      this.name = name;
    }
  }

  private static final class Keyed {
    final Segment[] key;
    final Finding finding;

    Keyed(Segment[] key, Finding finding) {
      this.key = key;
      this.finding = finding;
    }
  }
}
