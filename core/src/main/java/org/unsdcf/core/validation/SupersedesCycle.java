package org.unsdcf.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;

/**
 * STR-011: JWPs supersede each other in a cycle (a JWP superseding itself included). Reported once
 * per cycle, at the {@code supersedes} of the cycle's first JWP in document order, with {@code
 * cycle} the codes along {@code supersedes} from that JWP back to it, joined by {@code " -> "}
 * (e.g. {@code "A -> B -> A"}, {@code "A -> A"}).
 *
 * <p>{@code supersedes} leads to the first JWP with that code, so each JWP has at most one
 * successor and the cycles are found by following chains iteratively, each JWP visited once.
 */
final class SupersedesCycle extends BaseRule {
  private static final int UNSEEN = 0;
  private static final int ON_PATH = 1;
  private static final int DONE = 2;

  SupersedesCycle() {
    super(RuleInfo.of("STR-011", Severity.ERROR, "supersedes cycle, self included", "cycle"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    List<RuleContext.JwpSite> jwps = context.jwps();
    int[] next = new int[jwps.size()];
    for (int i = 0; i < next.length; i++) {
      RuleContext.JwpSite target = jwps.get(i).jwp().supersedes().map(context::jwp).orElse(null);
      next[i] = target == null ? -1 : target.index();
    }
    int[] state = new int[next.length];
    List<Integer> path = new ArrayList<>();
    for (int start = 0; start < next.length; start++) {
      path.clear();
      int node = start;
      while (node >= 0 && state[node] == UNSEEN) {
        state[node] = ON_PATH;
        path.add(node);
        node = next[node];
      }
      if (node >= 0 && state[node] == ON_PATH) {
        report(jwps, next, node, reporter);
      }
      for (int n : path) {
        state[n] = DONE;
      }
    }
  }

  private static void report(
      List<RuleContext.JwpSite> jwps, int[] next, int onCycle, FindingSink reporter) {
    int first = onCycle;
    for (int n = next[onCycle]; n != onCycle; n = next[n]) {
      first = Math.min(first, n);
    }
    StringBuilder cycle = new StringBuilder(jwps.get(first).jwp().code());
    int n = first;
    do {
      n = next[n];
      cycle.append(" -> ").append(jwps.get(n).jwp().code());
    } while (n != first);
    RuleContext.JwpSite site = jwps.get(first);
    reporter.report(
        site.path() + "/supersedes",
        site.jwp().code(),
        "JWPs supersede each other in a cycle: " + cycle,
        Map.of("cycle", cycle.toString()));
  }
}
