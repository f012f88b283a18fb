package org.unsdcf.core.internal;

/** How a member of the JSON form is present (design.md §3.1's {@code f}, {@code ?}, {@code *}). */
public enum FormPresence {
  /** {@code f: T}: one value, required. */
  REQUIRED,
  /** {@code T?}: one value or absent; an absent member is an empty {@code Optional}. */
  OPTIONAL,
  /** {@code T*}: a list, absent meaning empty. */
  LIST,
  /** {@code T* {set}}: a list whose elements core rejects twice, absent meaning empty. */
  SET,
  /** {@code T+ {set}}: a set of at least one element, required. */
  NON_EMPTY_SET,
  /** {@code Map<Code, T>}: an object of any member names, absent meaning empty. */
  MAP;

  /**
   * Checks if the member holds an array.
   *
   * @return true for the list and set presences
   */
  public boolean isArray() {
    return this == LIST || this == SET || this == NON_EMPTY_SET;
  }

  /**
   * Checks if a document must have the member.
   *
   * @return true for {@link #REQUIRED} and {@link #NON_EMPTY_SET}
   */
  public boolean isRequired() {
    return this == REQUIRED || this == NON_EMPTY_SET;
  }
}
