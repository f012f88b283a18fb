package org.unsdcf.json.internal;

/** The list caps of design.md §5.1 (LIMIT_COLLECTION), by member name. */
final class Caps {
  private Caps() {}

  static int of(String member) {
    switch (member) {
      case "entries":
        return 50_000;
      case "measurements":
      case "decisions":
        return 10_000;
      case "outputs":
      case "indicators":
      case "jointWorkPlans":
        return 500;
      case "countries":
        return 300;
      case "targets":
        return 200;
      case "priorityAreas":
      case "outcomes":
      case "resultsGroups":
        return 100;
      case "disaggregations":
        return 20;
      default:
        return 1_000;
    }
  }
}
