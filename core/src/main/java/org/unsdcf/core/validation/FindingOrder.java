package org.unsdcf.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unsdcf.core.internal.FormMember;
import org.unsdcf.core.internal.FormPresence;
import org.unsdcf.core.internal.FormType;
import org.unsdcf.core.internal.PlanForm;

/**
 * The report order of findings: document order of the path (a pre-order walk of the canonical JSON
 * form of design.md §3.2, an absent member sitting where it would be written), then code, subject
 * and message.
 *
 * <p>A path is turned into a sort key by walking the JSON form's types ({@link PlanForm}) from the
 * root: a member name becomes its index in its type's canonical member order, an array index its
 * number. A member the form does not know sorts after the known ones, by name; a parent sorts
 * before its children.
 */
final class FindingOrder {
  private static final String FRAMEWORK = PlanForm.PLAN.name();
  private static final int UNKNOWN = 10_000;

  /** Canonical member order of each type of the JSON form, from {@link PlanForm}. */
  private static final Map<String, List<String>> MEMBERS = new HashMap<>();

  /** The type of a member (object, or the elements of an array), by "Type.member". */
  private static final Map<String, String> CHILD = new HashMap<>();

  /** Members holding an array or a map, by "Type.member". */
  private static final Map<String, String> CONTAINER = new HashMap<>();

  private static final String ARRAY = "array";
  private static final String MAP = "map";

  static {
    for (FormType<?, ?> type : PlanForm.TYPES) {
      List<String> names = new ArrayList<>();
      for (FormMember m : type.members()) {
        names.add(m.name());
        String member = type.name() + "." + m.name();
        if (m.value().type() != null) {
          CHILD.put(member, m.value().type().name());
        }
        if (m.presence().isArray()) {
          CONTAINER.put(member, ARRAY);
        } else if (m.presence() == FormPresence.MAP) {
          CONTAINER.put(member, MAP);
        }
      }
      MEMBERS.put(type.name(), List.copyOf(names));
    }
  }

  private FindingOrder() {}

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
