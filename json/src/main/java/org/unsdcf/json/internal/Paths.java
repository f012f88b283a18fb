package org.unsdcf.json.internal;

/** RFC 6901 JSON pointers. */
public final class Paths {
  private Paths() {}

  /**
   * Escapes a member name as a pointer segment: {@code ~} as {@code ~0}, {@code /} as {@code ~1}.
   *
   * @param name the name
   * @return the segment
   */
  public static String escape(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Appends a member name to a pointer.
   *
   * @param path the pointer
   * @param name the member name
   * @return the longer pointer
   */
  public static String member(String path, String name) {
    return path + "/" + escape(name);
  }
}
