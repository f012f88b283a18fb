package org.unsdcf.json.internal;

import java.util.Set;
import java.util.function.Supplier;
import org.unsdcf.core.model.InvariantViolationException;

/**
 * What the diagnosing per-type readers share: the problems found so far, the scalar checks, opening
 * an object with its allowed members, and building a model object with a failed invariant reported
 * where design.md §11 places it.
 */
abstract class ParserSupport {
  final Ctx ctx;
  final Scalars s;

  ParserSupport(Ctx ctx) {
    this.ctx = ctx;
    this.s = new Scalars(ctx);
  }

  final Members open(Node n, String path, String... names) {
    return Members.open(ctx, s, n, path, Set.of(names));
  }

  final <T> T build(Members o, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvariantViolationException e) {
      Invariants.report(ctx, o.node, o.path, e);
      return null;
    }
  }
}
