package org.unsdcf.core.validation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.unsdcf.core.model.ReportingPeriod;

/**
 * The periods added so far, answering "which one overlaps this period without being equal to it?"
 * in O(log n), so that IND-014 stays O(n log n) however many measurements an indicator has.
 *
 * <p>A period Q overlaps P either because Q starts before P and ends on or after P's start (the
 * latest-ending period among those starting before P, from a Fenwick tree of maxima over the start
 * dates, which are all known up front), or because Q starts within P (a sorted map by start). Not
 * thread-safe: one per group of measurements.
 */
final class PeriodOverlaps {
  private final LocalDate[] starts;
  private final ReportingPeriod[] latestEnding;
  private final TreeMap<LocalDate, TreeSet<LocalDate>> endsByStart = new TreeMap<>();

  /**
   * Creates an empty index for periods among the given ones.
   *
   * @param all every period that may be added or asked about
   */
  PeriodOverlaps(Iterable<ReportingPeriod> all) {
    TreeSet<LocalDate> distinct = new TreeSet<>();
    for (ReportingPeriod p : all) {
      distinct.add(p.start());
    }
    this.starts = distinct.toArray(new LocalDate[0]);
    this.latestEnding = new ReportingPeriod[starts.length + 1];
  }

  private int rank(LocalDate start) {
    return Arrays.binarySearch(starts, start);
  }

  /** Adds a period (one of those given at construction). */
  void add(ReportingPeriod p) {
    for (int i = rank(p.start()) + 1; i < latestEnding.length; i += i & -i) {
      if (latestEnding[i] == null || p.end().isAfter(latestEnding[i].end())) {
        latestEnding[i] = p;
      }
    }
    endsByStart.computeIfAbsent(p.start(), k -> new TreeSet<>()).add(p.end());
  }

  /**
   * Finds an added period that overlaps a period and is not equal to it.
   *
   * @param p one of the periods given at construction
   * @return such a period, or null if there is none
   */
  ReportingPeriod overlapOtherThan(ReportingPeriod p) {
    ReportingPeriod before = null;
    for (int i = rank(p.start()); i > 0; i -= i & -i) {
      if (latestEnding[i] != null
          && (before == null || latestEnding[i].end().isAfter(before.end()))) {
        before = latestEnding[i];
      }
    }
    if (before != null && !before.end().isBefore(p.start())) {
      return before;
    }
    Map.Entry<LocalDate, TreeSet<LocalDate>> first = endsByStart.ceilingEntry(p.start());
    if (first == null || first.getKey().isAfter(p.end())) {
      return null;
    }
    if (!first.getKey().equals(p.start())) {
      return ReportingPeriod.of(first.getKey(), first.getValue().first());
    }
    for (LocalDate end : new LocalDate[] {first.getValue().first(), first.getValue().last()}) {
      if (!end.equals(p.end())) {
        return ReportingPeriod.of(p.start(), end);
      }
    }
    Map.Entry<LocalDate, TreeSet<LocalDate>> next = endsByStart.higherEntry(p.start());
    if (next != null && !next.getKey().isAfter(p.end())) {
      return ReportingPeriod.of(next.getKey(), next.getValue().first());
    }
    return null;
  }
}
