package org.unsdcf.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.unsdcf.core.entities.UnEntityCatalogue;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.sdg.GcmCatalogue;
import org.unsdcf.core.sdg.SdgCatalogue;

/**
 * Checks a plan against every rule of the {@link RuleCatalogue} and reports all findings at once.
 *
 * <pre>{@code
 * ValidationReport report = Validator.standard().validate(plan,
 *     ValidationOptions.builder().asOf(LocalDate.of(2024, 6, 30)).strictness(Strictness.PUBLISH).build());
 * report.valid();     // no ERROR finding
 * report.findings();  // in document order of their paths, then code
 * }</pre>
 *
 * <p>Validation never throws on a built plan (duplicate codes, dangling references and cycles are
 * findings), never reads the clock (rules use {@link ValidationOptions#asOf()}), runs in O(n log n)
 * of the plan's size without recursion, and is deterministic: the same plan and options give an
 * equal report. This class is immutable and thread-safe.
 */
public final class Validator {
  private static final Validator STANDARD =
      new Validator(
          StandardRules.ALL,
          SdgCatalogue.bundled(),
          GcmCatalogue.bundled(),
          UnEntityCatalogue.bundled());

  private final List<Rule> rules;
  private final SdgCatalogue sdg;
  private final GcmCatalogue gcm;
  private final UnEntityCatalogue entities;

  private Validator(
      List<Rule> rules, SdgCatalogue sdg, GcmCatalogue gcm, UnEntityCatalogue entities) {
    this.rules = rules;
    this.sdg = sdg;
    this.gcm = gcm;
    this.entities = entities;
  }

  /**
   * Obtains the validator with every rule of the catalogue and the bundled SDG, GCM and UN entity
   * catalogues.
   *
   * @return the standard validator
   */
  public static Validator standard() {
    return STANDARD;
  }

  /**
   * Validates a plan.
   *
   * @param plan the plan
   * @param options the day, strictness and rules to leave out
   * @return the report, findings in document order
   * @throws NullPointerException if an argument is null
   */
  public ValidationReport validate(CooperationFramework plan, ValidationOptions options) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(options, "options");
    RuleContext context =
        new RuleContext(plan, options.asOf(), options.strictness(), sdg, gcm, entities);
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules) {
      RuleInfo info = rule.info();
      if (!options.disabledRules().contains(info.code())) {
        rule.check(plan, context, new Reporter(info, options.strictness(), findings));
      }
    }
    return ValidationReport.of(plan.code(), options.asOf(), options.strictness(), findings);
  }
}
