package org.unsdcf.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;

/**
 * A joint work plan (JWP) of a results group for two years or one, with its sub-outputs, moving
 * through the lifecycle of {@link JwpStatus}.
 *
 * <pre>{@code
 * JointWorkPlan draft = JointWorkPlan.builder()
 *     .code("JWP-RG1-2023-2024").title("Joint Work Plan 2023-2024")
 *     .period(YearRange.of(2023, 2024)).status(JwpStatus.DRAFT).version(1)
 *     .build();
 * JointWorkPlan endorsed =
 *     draft.transitionTo(JwpStatus.ENDORSED, Optional.of(Endorsement.of(LocalDate.of(2023, 3, 24))));
 * JointWorkPlan revision = endorsed.revise("JWP-RG1-2023-2024-v2");   // DRAFT, version 2
 * }</pre>
 *
 * <p>Invariants: {@code version} from 1 to 999; an endorsement is present exactly when the status
 * is ENDORSED or CLOSED. The period's length is not checked. A JWP is <em>current</em> when no JWP
 * of its plan supersedes it ({@link CooperationFramework#isCurrent(JointWorkPlan)}). This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class JointWorkPlan implements WithJointWorkPlan {
  private static final String TYPE = "JointWorkPlan";

  /** The highest version number. */
  public static final int MAX_VERSION = 999;

  JointWorkPlan() {}

  /**
   * Gets the JWP's code.
   *
   * @return a Code
   */
  public abstract String code();

  /**
   * Gets the title.
   *
   * @return a Name
   */
  public abstract String title();

  /**
   * Gets the years the JWP covers, usually two or one.
   *
   * @return the period
   */
  public abstract YearRange period();

  /**
   * Gets the lifecycle status.
   *
   * @return the status
   */
  public abstract JwpStatus status();

  /**
   * Gets the version, from 1 to 999; a revision has its predecessor's version plus one.
   *
   * @return the version
   */
  public abstract int version();

  /**
   * Gets the code of the JWP this one replaces, if any.
   *
   * @return a Code
   */
  public abstract Optional<String> supersedes();

  /**
   * Gets the code of the results group the JWP belongs to, if any.
   *
   * @return a Code
   */
  public abstract Optional<String> resultsGroup();

  /**
   * Gets the endorsement, present exactly when the status is ENDORSED or CLOSED.
   *
   * @return the endorsement
   */
  public abstract Optional<Endorsement> endorsement();

  /**
   * Gets the sub-outputs.
   *
   * @return the entries, in document order
   */
  public abstract List<SubOutput> entries();

  /**
   * Checks if the JWP is being implemented on a day: ENDORSED and the day in its period.
   *
   * @param asOf the day
   * @return true if endorsed and {@code asOf} falls in {@link #period()}
   */
  public boolean isInImplementation(LocalDate asOf) {
    return status() == JwpStatus.ENDORSED && period().contains(asOf);
  }

  /**
   * Returns a copy of this JWP moved to another status.
   *
   * <p>Moving to ENDORSED needs an endorsement; every other move needs none (CLOSED keeps the
   * existing endorsement, DRAFT and IN_CONSULTATION have none).
   *
   * @param next the next status, one of {@code status().allowedNext()}
   * @param endorsement the endorsement for a move to ENDORSED, else empty
   * @return the copy in status {@code next}
   * @throws IllegalStateException if the lifecycle does not allow the move
   * @throws IllegalArgumentException if the endorsement is missing for ENDORSED or given otherwise
   */
  public JointWorkPlan transitionTo(JwpStatus next, Optional<Endorsement> endorsement) {
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(endorsement, "endorsement");
    if (!status().allowedNext().contains(next)) {
      throw new IllegalStateException(
          "JointWorkPlan " + code() + " cannot move from " + status() + " to " + next);
    }
    if (next == JwpStatus.ENDORSED) {
      if (endorsement.isEmpty()) {
        throw new IllegalArgumentException(
            "JointWorkPlan " + code() + " needs an endorsement to move to ENDORSED");
      }
      return builder().from(this).status(next).endorsement(endorsement).build();
    }
    if (endorsement.isPresent()) {
      throw new IllegalArgumentException(
          "JointWorkPlan " + code() + " takes no endorsement to move to " + next);
    }
    Optional<Endorsement> kept = next == JwpStatus.CLOSED ? endorsement() : Optional.empty();
    // Status and endorsement change together: a with-copy of either alone breaks the invariant.
    return builder().from(this).status(next).endorsement(kept).build();
  }

  /**
   * Returns a revision of this endorsed JWP: a DRAFT copy with a new code, the next version, no
   * endorsement, superseding this one.
   *
   * @param newCode the revision's code
   * @return the revision
   * @throws IllegalStateException if this JWP is not ENDORSED
   * @throws InvariantViolationException if the code is malformed or the version would exceed 999
   */
  public JointWorkPlan revise(String newCode) {
    Objects.requireNonNull(newCode, "newCode");
    if (status() != JwpStatus.ENDORSED) {
      throw new IllegalStateException(
          "JointWorkPlan " + code() + " can be revised only when ENDORSED, but is " + status());
    }
    return builder()
        .from(this)
        .code(newCode)
        .status(JwpStatus.DRAFT)
        .version(version() + 1)
        .supersedes(code())
        .endorsement(Optional.empty())
        .build();
  }

  /**
   * Obtains a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.code(TYPE, "code", code());
    Checks.name(TYPE, "title", title());
    Checks.between(TYPE, "version", version(), 1, MAX_VERSION);
    supersedes().ifPresent(s -> Checks.code(TYPE, "supersedes", s));
    resultsGroup().ifPresent(r -> Checks.code(TYPE, "resultsGroup", r));
    Checks.requireArgument(
        endorsement().isPresent() == status().isEndorsed(),
        TYPE,
        "endorsement",
        endorsement().map(e -> e.date().toString()).orElse(""),
        status().isEndorsed()
            ? "is required when the status is %s"
            : "is not allowed when the status is %s",
        status());
  }

  /** Builds a {@link JointWorkPlan}. */
  public static final class Builder extends ImmutableJointWorkPlan.Builder {
    Builder() {}
  }
}
