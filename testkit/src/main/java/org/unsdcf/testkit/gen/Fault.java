package org.unsdcf.testkit.gen;

import java.util.Objects;
import org.unsdcf.core.model.CooperationFramework;

/**
 * A plan with one fault put in by {@link SingleFaults}: the rule it breaks and where the validator
 * is to report it.
 *
 * @param plan the mutated plan
 * @param code the code of the rule the fault breaks, such as {@code GOV-003}
 * @param path the RFC 6901 pointer the finding is expected at, such as {@code
 *     /jointWorkPlans/0/endorsement/date}
 */
public record Fault(CooperationFramework plan, String code, String path) {
  /**
   * Creates a fault.
   *
   * @param plan the mutated plan
   * @param code the rule's code
   * @param path the finding's expected path
   * @throws NullPointerException if an argument is null
   */
  public Fault {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
  }

  @Override
  public String toString() {
    return code + " at " + path + " in " + plan.code();
  }
}
