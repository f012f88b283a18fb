package org.unsdcf.json.internal;

import org.unsdcf.core.model.InvariantViolationException;
import org.unsdcf.json.ReadProblemCode;

/**
 * Places a failed build as design.md §11 says: a set element (duplicate, SDG vocabulary in tags)
 * at that element; anything else at the innermost object holding the offending member, positioned
 * at its {@code {}.
 */
final class Invariants {
  private Invariants() {}

  static void report(Ctx ctx, Node.Obj built, String builtPath, InvariantViolationException e) {
    String[] segments = e.field().split("/", -1);
    Node current = built;
    Node.Obj holder = built;
    String holderPath = builtPath;
    String currentPath = builtPath;
    boolean lastWasIndex = false;
    int i = 0;
    while (i < segments.length) {
      Node next = null;
      int used = 1;
      if (current instanceof Node.Obj) {
        holder = (Node.Obj) current;
        holderPath = currentPath;
        // A member name may itself contain '/': take the longest run of segments naming a member.
        for (int k = segments.length; k > i && next == null; k--) {
          String name = String.join("/", java.util.Arrays.copyOfRange(segments, i, k));
          next = holder.get(name);
          if (next != null) {
            used = k - i;
            currentPath = Paths.member(currentPath, name);
          }
        }
        lastWasIndex = false;
      } else if (current instanceof Node.Arr) {
        Node.Arr array = (Node.Arr) current;
        try {
          int index = Integer.parseInt(segments[i]);
          if (index >= 0 && index < array.items.size()) {
            next = array.items.get(index);
            currentPath = currentPath + "/" + index;
          }
        } catch (NumberFormatException notIndex) {
          next = null;
        }
        lastWasIndex = true;
      }
      if (next == null) {
        break;
      }
      current = next;
      i += used;
    }
    String message = e.reason() + ", but was '" + e.value() + "'";
    if (i == segments.length && lastWasIndex) {
      ctx.report(ReadProblemCode.INVARIANT, currentPath, current.mark, message);
    } else {
      ctx.report(ReadProblemCode.INVARIANT, holderPath, holder.mark, message);
    }
  }
}
