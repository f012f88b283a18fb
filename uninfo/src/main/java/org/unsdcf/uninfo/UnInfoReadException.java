package org.unsdcf.uninfo;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a file is not a readable activity report: not CSV or XLSX, a required column missing,
 * a limit passed, a broken or hostile ZIP, unsafe XML or bad UTF-8. Content problems never throw:
 * they are {@link UnInfoImport#problems()}.
 *
 * <p>{@link #getMessage()} is the first problem's {@code toString()}.
 */
public final class UnInfoReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems; a plain list of immutable values, so the exception stays serialisable. */
  private final transient List<UnInfoProblem> problems;

  /**
   * Creates an exception.
   *
   * @param problems at least one problem, each of severity ERROR
   * @param cause the underlying exception, or {@code null}
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public UnInfoReadException(List<UnInfoProblem> problems, Throwable cause) {
    super(first(problems), cause);
    this.problems = List.copyOf(problems);
  }

  private static String first(List<UnInfoProblem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("UnInfoReadException.problems: must not be empty");
    }
    return problems.get(0).toString();
  }

  /**
   * Gets the problems that make the file unreadable.
   *
   * @return at least one problem
   */
  public List<UnInfoProblem> problems() {
    return problems;
  }
}
