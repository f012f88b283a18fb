package org.unsdcf.json.internal;

import java.util.HashMap;
import java.util.Map;
import org.unsdcf.core.internal.FormMember;
import org.unsdcf.core.internal.FormType;
import org.unsdcf.core.internal.PlanForm;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The format's member names ({@link PlanForm}'s), encoded once: the writer emits each as ready-made
 * bytes instead of escaping the same few dozen names again for every object of every plan.
 */
final class MemberNames {
  private static final Map<String, SerializableString> ENCODED = new HashMap<>();

  static {
    for (FormType<?, ?> type : PlanForm.TYPES) {
      for (FormMember m : type.members()) {
        ENCODED.computeIfAbsent(m.name(), SerializedString::new);
      }
    }
  }

  private MemberNames() {}

  /**
   * Gets a member name encoded.
   *
   * @param name the name
   * @return its encoding, or null for a name the format does not define (a disaggregation key)
   */
  static SerializableString encoded(String name) {
    return ENCODED.get(name);
  }
}
