package org.unsdcf.core.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;

/**
 * A decision of the steering committee, usually about joint work plans.
 *
 * <pre>{@code
 * Decision d = Decision.builder()
 *     .date(LocalDate.of(2023, 3, 24))
 *     .kind(DecisionKind.ENDORSE_JWP)
 *     .addSubject("JWP-RG1-2023-2024")
 *     .build();
 * }</pre>
 *
 * <p>Invariants: subjects are Codes, none twice. Whether they name an entity of the plan is a
 * validator rule (GOV-004). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Decision implements WithDecision {
  Decision() {}

  /**
   * Gets the date of the decision.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Gets what was decided.
   *
   * @return the kind
   */
  public abstract DecisionKind kind();

  /**
   * Gets the codes of the entities the decision is about, usually JWPs.
   *
   * @return the codes, no duplicates
   */
  public abstract List<String> subjects();

  /**
   * Gets a summary of the decision, if any.
   *
   * @return the summary, a Text
   */
  public abstract Optional<String> summary();

  /**
   * Gets a public reference to the decision, if any.
   *
   * @return an absolute http or https URI
   */
  public abstract Optional<URI> reference();

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
    Checks.date("Decision", "date", date());
    Checks.codeSet("Decision", "subjects", subjects());
    summary().ifPresent(s -> Checks.text("Decision", "summary", s));
    reference().ifPresent(r -> Checks.uri("Decision", "reference", r));
  }

  /** Builds a {@link Decision}. */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }
}
