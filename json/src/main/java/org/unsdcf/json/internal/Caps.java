package org.unsdcf.json.internal;

import java.util.HashMap;
import java.util.Map;
import org.unsdcf.core.internal.FormMember;
import org.unsdcf.core.internal.FormType;
import org.unsdcf.core.internal.PlanForm;

/**
 * The list caps of design.md §5.1 (LIMIT_COLLECTION), by member name, from {@link PlanForm}: the
 * tree builder meets a list before it knows the list's type.
 */
final class Caps {
  private static final Map<String, Integer> CAPS = new HashMap<>();

  static {
    for (FormType<?, ?> type : PlanForm.TYPES) {
      for (FormMember m : type.members()) {
        if (m.presence().isArray()) {
          CAPS.merge(m.name(), m.cap(), Math::max);
        }
      }
    }
  }

  private Caps() {}

  static int of(String member) {
    return CAPS.getOrDefault(member, FormMember.DEFAULT_CAP);
  }
}
