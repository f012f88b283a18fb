package org.unsdcf.uninfo;

import java.util.List;
import java.util.Objects;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.validation.Severity;

/**
 * What {@link ActivityReportReader} made of a file: the plans, one per distinct (Country, Plan
 * name) in first-row order, and every problem met, in row order. This class is immutable and
 * thread-safe.
 */
public final class UnInfoImport {
  private final List<CooperationFramework> plans;
  private final List<UnInfoProblem> problems;
  private final int rows;

  UnInfoImport(List<CooperationFramework> plans, List<UnInfoProblem> problems, int rows) {
    this.plans = List.copyOf(plans);
    this.problems = List.copyOf(problems);
    this.rows = rows;
  }

  /**
   * Gets the plans, in the order their first row appears.
   *
   * @return the plans
   */
  public List<CooperationFramework> plans() {
    return plans;
  }

  /**
   * Gets the problems, by row.
   *
   * @return the problems
   */
  public List<UnInfoProblem> problems() {
    return problems;
  }

  /**
   * Gets the number of records read (the header not counted).
   *
   * @return the record count
   */
  public int rows() {
    return rows;
  }

  /**
   * Gets the number of sub-outputs over all plans.
   *
   * @return the sub-output count
   */
  public int entries() {
    return plans.stream()
        .flatMap(p -> p.jointWorkPlans().stream())
        .mapToInt(j -> j.entries().size())
        .sum();
  }

  /**
   * Counts the problems of a severity.
   *
   * @param severity the severity
   * @return how many problems have it
   */
  public long count(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return problems.stream().filter(p -> p.severity() == severity).count();
  }
}
