package org.unsdcf.json.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed JSON value with the position of its first character (a {@link Locator} mark), kept until
 * the per-type readers have dispatched it. Member names keep their own positions and duplicates
 * stay marked, so problems can be reported where they are.
 */
public abstract class Node {
  /** Where the value starts. */
  final long mark;

  Node(long mark) {
    this.mark = mark;
  }

  /**
   * Names the JSON kind for messages.
   *
   * @return e.g. {@code a string}
   */
  abstract String kind();

  /** An object. */
  static final class Obj extends Node {
    final List<Member> members = new ArrayList<>();

    Obj(long mark) {
      super(mark);
    }

    Node get(String name) {
      for (Member m : members) {
        if (!m.duplicate && m.name.equals(name)) {
          return m.value;
        }
      }
      return null;
    }

    @Override
    String kind() {
      return "an object";
    }
  }

  /** A member of an object. */
  static final class Member {
    final String name;
    final long nameMark;
    final boolean duplicate;
    Node value;

    Member(String name, long nameMark, boolean duplicate) {
      this.name = name;
      this.nameMark = nameMark;
      this.duplicate = duplicate;
    }
  }

  /** An array. */
  static final class Arr extends Node {
    final List<Node> items = new ArrayList<>();

    Arr(long mark) {
      super(mark);
    }

    @Override
    String kind() {
      return "an array";
    }
  }

  /** A string. */
  static final class Str extends Node {
    final String value;

    Str(long mark, String value) {
      super(mark);
      this.value = value;
    }

    @Override
    String kind() {
      return "a string";
    }
  }

  /** A number, kept as its literal text. */
  static final class Num extends Node {
    final String literal;
    final boolean integer;

    Num(long mark, String literal, boolean integer) {
      super(mark);
      this.literal = literal;
      this.integer = integer;
    }

    @Override
    String kind() {
      return "a number";
    }
  }

  /** {@code true} or {@code false}. */
  static final class Bool extends Node {
    final boolean value;

    Bool(long mark, boolean value) {
      super(mark);
      this.value = value;
    }

    @Override
    String kind() {
      return "a boolean";
    }
  }

  /** {@code null}. */
  static final class Null extends Node {
    Null(long mark) {
      super(mark);
    }

    @Override
    String kind() {
      return "null";
    }
  }
}
