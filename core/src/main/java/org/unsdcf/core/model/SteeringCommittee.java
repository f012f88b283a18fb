package org.unsdcf.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;

/**
 * The body that steers the framework, co-chaired by the government and the UN; its name is local
 * ("Joint Strategic Coordination Committee", "Steering Committee").
 *
 * <pre>{@code
 * SteeringCommittee jscc = SteeringCommittee.builder()
 *     .name("Joint Strategic Coordination Committee")
 *     .governmentCoChair("Chairman of the Cabinet of Ministers")
 *     .unCoChair("UN Resident Coordinator")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SteeringCommittee implements WithSteeringCommittee {
  private static final String TYPE = "SteeringCommittee";

  SteeringCommittee() {}

  /**
   * Gets the committee's name.
   *
   * @return a Name
   */
  public abstract String name();

  /**
   * Gets the government co-chair, if named.
   *
   * @return a Name, usually a title
   */
  public abstract Optional<String> governmentCoChair();

  /**
   * Gets the UN co-chair, if named.
   *
   * @return a Name, usually "UN Resident Coordinator"
   */
  public abstract Optional<String> unCoChair();

  /**
   * Gets the committee's decisions.
   *
   * @return the decisions, in document order
   */
  public abstract List<Decision> decisions();

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
    Checks.name(TYPE, "name", name());
    governmentCoChair().ifPresent(n -> Checks.name(TYPE, "governmentCoChair", n));
    unCoChair().ifPresent(n -> Checks.name(TYPE, "unCoChair", n));
  }

  /** Builds a {@link SteeringCommittee}. */
  public static final class Builder extends ImmutableSteeringCommittee.Builder {
    Builder() {}
  }
}
