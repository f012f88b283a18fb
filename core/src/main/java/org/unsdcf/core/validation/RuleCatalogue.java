package org.unsdcf.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue of the standard validation rules (design.md §6.2), in catalogue order: STR, GOV,
 * DAT, STA, JWP, TAG, SDG, ALN, IND, DIS, FIN, by number within a prefix.
 *
 * <pre>{@code
 * for (RuleInfo rule : RuleCatalogue.rules()) {
 *   System.out.println(rule.code() + " " + rule.summary());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleCatalogue {
  private static final List<RuleInfo> RULES = infos();

  private RuleCatalogue() {}

  private static List<RuleInfo> infos() {
    List<RuleInfo> infos = new ArrayList<>();
    for (Rule rule : StandardRules.ALL) {
      infos.add(rule.info());
    }
    return List.copyOf(infos);
  }

  /**
   * Gets every rule of the catalogue, each code once.
   *
   * @return the rules, in catalogue order
   */
  public static List<RuleInfo> rules() {
    return RULES;
  }

  /**
   * Finds a rule by code.
   *
   * @param code a rule code such as {@code GOV-003}
   * @return the rule, or empty if the catalogue has no such code
   */
  public static Optional<RuleInfo> rule(String code) {
    Objects.requireNonNull(code, "code");
    return RULES.stream().filter(r -> r.code().equals(code)).findFirst();
  }
}
