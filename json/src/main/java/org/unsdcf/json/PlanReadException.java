package org.unsdcf.json;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a document is not a readable plan. It lists every problem found (1 to 100, sorted by
 * position, then code); its message is the first problem, e.g. {@code
 * /jointWorkPlans/0/entries/0/start (line 248, column 20): date '2023-02-30' is not a valid
 * calendar date [DATE_INVALID]}.
 */
public final class PlanReadException extends RuntimeException {
  /** The problems, sorted by position, then code. */
  private final List<ReadProblem> problems;

  /**
   * Creates an exception.
   *
   * @param problems the problems, at least one, in the order to report
   * @throws IllegalArgumentException if there is no problem
   */
  public PlanReadException(List<ReadProblem> problems) {
    this(problems, null);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param problems the problems, at least one, in the order to report
   * @param cause what made reading fail, or null
   * @throws IllegalArgumentException if there is no problem
   */
  public PlanReadException(List<ReadProblem> problems, Throwable cause) {
    super(first(problems).toString(), cause);
    this.problems = List.copyOf(problems);
  }

  private static ReadProblem first(List<ReadProblem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    return problems.get(0);
  }

  /**
   * Gets the problems, sorted by position, then code.
   *
   * @return 1 to 100 problems, unmodifiable
   */
  public List<ReadProblem> problems() {
    return problems;
  }

  /**
   * Returns the first problem as {@code <path> (line L, column C): <message> [<CODE>]}.
   *
   * @return the message
   */
  @Override
  public String toString() {
    return getMessage();
  }
}
