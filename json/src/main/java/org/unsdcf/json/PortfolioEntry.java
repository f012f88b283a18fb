package org.unsdcf.json;

import java.util.Objects;
import java.util.Optional;
import org.unsdcf.core.model.CooperationFramework;

/**
 * One line of an NDJSON portfolio: the plan it holds, or why it could not be read. Exactly one of
 * {@link #plan()} and {@link #error()} is present. This class is immutable and thread-safe.
 */
public final class PortfolioEntry {
  private final long lineNumber;
  private final CooperationFramework plan;
  private final PlanReadException error;

  private PortfolioEntry(long lineNumber, CooperationFramework plan, PlanReadException error) {
    this.lineNumber = lineNumber;
    this.plan = plan;
    this.error = error;
  }

  static PortfolioEntry of(long lineNumber, CooperationFramework plan) {
    return new PortfolioEntry(lineNumber, Objects.requireNonNull(plan, "plan"), null);
  }

  static PortfolioEntry failed(long lineNumber, PlanReadException error) {
    return new PortfolioEntry(lineNumber, null, Objects.requireNonNull(error, "error"));
  }

  /**
   * Gets the line of the file this entry comes from.
   *
   * @return the line number, from 1
   */
  public long lineNumber() {
    return lineNumber;
  }

  /**
   * Gets the plan, if the line was readable.
   *
   * @return the plan, or empty
   */
  public Optional<CooperationFramework> plan() {
    return Optional.ofNullable(plan);
  }

  /**
   * Gets why the line could not be read; its problems' lines are file lines.
   *
   * @return the exception, or empty
   */
  public Optional<PlanReadException> error() {
    return Optional.ofNullable(error);
  }

  @Override
  public String toString() {
    return "line " + lineNumber + ": " + (plan != null ? plan.code() : error.getMessage());
  }
}
