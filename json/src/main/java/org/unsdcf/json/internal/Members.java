package org.unsdcf.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unsdcf.json.ReadProblemCode;

/**
 * The members of one object being read: unknown and repeated names reported once, then typed access
 * by name. Every accessor reports its own problems; callers compare {@link Ctx#count()} before and
 * after to know whether the object read cleanly.
 */
final class Members {
  /** Reads one value, returning null after reporting if it cannot. */
  @FunctionalInterface
  interface ValueReader<T> {
    T read(Node n, String path);
  }

  final Node.Obj node;
  final String path;
  private final Ctx ctx;
  private final Map<String, Node> byName = new HashMap<>();

  private Members(Ctx ctx, Node.Obj node, String path) {
    this.ctx = ctx;
    this.node = node;
    this.path = path;
  }

  /** Opens an object, or reports why the value is not one and returns null. */
  static Members open(Ctx ctx, Scalars scalars, Node n, String path, Set<String> allowed) {
    if (n instanceof Node.Null) {
      ctx.report(ReadProblemCode.NULL_NOT_ALLOWED, path, n.mark, "null is not allowed");
      return null;
    }
    if (!(n instanceof Node.Obj)) {
      scalars.mismatch(n, path, "an object");
      return null;
    }
    Members m = new Members(ctx, (Node.Obj) n, path);
    for (Node.Member member : m.node.members) {
      if (member.duplicate) {
        ctx.report(
            ReadProblemCode.DUPLICATE_KEY,
            Paths.member(path, member.name),
            member.nameMark,
            "member " + Scalars.quote(member.name) + " is repeated");
      } else if (allowed != null && !allowed.contains(member.name)) {
        ctx.report(
            ReadProblemCode.UNKNOWN_FIELD,
            Paths.member(path, member.name),
            member.nameMark,
            "unknown member " + Scalars.quote(member.name));
      } else {
        m.byName.put(member.name, member.value);
      }
    }
    return m;
  }

  /** The first occurrences of the known members, in document order. */
  List<Map.Entry<String, Node>> entries() {
    List<Map.Entry<String, Node>> list = new ArrayList<>();
    for (Node.Member member : node.members) {
      if (!member.duplicate && byName.get(member.name) == member.value) {
        list.add(Map.entry(member.name, member.value));
      }
    }
    return list;
  }

  Node get(String name) {
    return byName.get(name);
  }

  <T> T req(String name, ValueReader<T> reader) {
    Node n = byName.get(name);
    if (n == null) {
      ctx.report(
          ReadProblemCode.REQUIRED,
          Paths.member(path, name),
          node.mark,
          "member " + Scalars.quote(name) + " is required");
      return null;
    }
    return reader.read(n, Paths.member(path, name));
  }

  <T> Optional<T> opt(String name, ValueReader<T> reader) {
    Node n = byName.get(name);
    return n == null
        ? Optional.empty()
        : Optional.ofNullable(reader.read(n, Paths.member(path, name)));
  }

  <T> List<T> list(String name, ValueReader<T> reader) {
    return list(name, reader, false);
  }

  /** A {@code T+} list: absent or {@code []} is REQUIRED. */
  <T> List<T> nonEmpty(String name, ValueReader<T> reader) {
    return list(name, reader, true);
  }

  private <T> List<T> list(String name, ValueReader<T> reader, boolean required) {
    Node n = byName.get(name);
    String listPath = Paths.member(path, name);
    if (n == null) {
      if (required) {
        ctx.report(
            ReadProblemCode.REQUIRED,
            listPath,
            node.mark,
            "member " + Scalars.quote(name) + " is required");
      }
      return List.of();
    }
    if (n instanceof Node.Null) {
      ctx.report(ReadProblemCode.NULL_NOT_ALLOWED, listPath, n.mark, "null is not allowed");
      return List.of();
    }
    if (!(n instanceof Node.Arr)) {
      new Scalars(ctx).mismatch(n, listPath, "an array");
      return List.of();
    }
    Node.Arr array = (Node.Arr) n;
    if (required && array.items.isEmpty()) {
      ctx.report(
          ReadProblemCode.REQUIRED,
          listPath,
          n.mark,
          "list " + Scalars.quote(name) + " must have at least one element");
      return List.of();
    }
    List<T> values = new ArrayList<>(array.items.size());
    for (int i = 0; i < array.items.size(); i++) {
      values.add(reader.read(array.items.get(i), listPath + "/" + i));
    }
    return values;
  }
}
