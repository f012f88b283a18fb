package org.unsdcf.iati;

/**
 * Where a value is in the plan's JSON form (an RFC 6901 pointer such as {@code
 * /jointWorkPlans/0/entries/3/title}), kept as its steps and made into text only when a lossy value
 * names it: the writer passes a pointer with every text it writes, and almost none is ever read.
 * This class is immutable and thread-safe.
 */
final class Pointer {
  /** The whole plan: {@code ""}. */
  static final Pointer ROOT = new Pointer(null, null, -1);

  private final Pointer parent;
  private final String name;

  /** The index after the name, else -1. */
  private final int index;

  private Pointer(Pointer parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** The member {@code name} of this value: {@code <this>/name}. */
  Pointer then(String name) {
    return new Pointer(this, name, -1);
  }

  /** The element {@code index} of this value's array {@code name}: {@code <this>/name/index}. */
  Pointer then(String name, int index) {
    return new Pointer(this, name, index);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    append(text);
    return text.toString();
  }

  private void append(StringBuilder text) {
    if (parent == null) {
      return;
    }
    parent.append(text);
    text.append('/').append(name);
    if (index >= 0) {
      text.append('/').append(index);
    }
  }
}
