package org.unsdcf.core.rollup;

import java.util.Objects;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.validation.Strictness;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;

/**
 * Rolls a plan up at a date: indicator progress, progress and budget at every level of the results
 * tree, and the budget by year, agency, contributing partner and SDG goal (design.md §7).
 *
 * <pre>{@code
 * RollupReport report = Rollup.compute(plan,
 *     RollupOptions.builder().asOf(LocalDate.of(2024, 6, 30)).build());
 * RollupNode root = report.root();
 * root.progress().progress();                      // 0.25 for the Kyrgyz example
 * root.progress().status(report.thresholds());     // ON_TRACK
 * root.budget().fundingRate();                     // 0.6666…
 * }</pre>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>only current JWPs count (no JWP of the plan supersedes them);
 *   <li>among entities of one kind with the same code the first in document order wins;
 *   <li>sub-outputs whose {@code outputCode} names no output of the tree are left out of the tree;
 *       their lines go to {@link BudgetBreakdown#unlinked()} and their indicators are listed;
 *   <li>funding lines with a Money in another currency than the plan's are left out and counted in
 *       {@link BudgetBreakdown#skippedLines()};
 *   <li>sums and products are exact; divisions run under DECIMAL128; values are converted to their
 *       indicator's unit by the exact factor, and a value of another unit kind makes its indicator
 *       NOT_APPLICABLE (UNIT_MISMATCH) instead of throwing.
 * </ul>
 *
 * <p>The roll-up also validates the plan (DRAFT, same {@code asOf}, leaving out {@link
 * RollupOptions#disabledRules()}) to fill {@link RollupReport#validation()}, unless the caller
 * gives that validation report. It never reads the clock and never throws on a built plan. This
 * class is stateless and thread-safe; equal inputs give equal reports.
 */
public final class Rollup {
  private Rollup() {}

  /**
   * Rolls a plan up.
   *
   * @param plan the plan, any that builds
   * @param options the date, thresholds, weights and SDG attribution
   * @return the report
   * @throws NullPointerException if an argument is null
   */
  public static RollupReport compute(CooperationFramework plan, RollupOptions options) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(options, "options");
    ValidationOptions validation =
        ValidationOptions.builder()
            .asOf(options.asOf())
            .strictness(Strictness.DRAFT)
            .disabledRules(options.disabledRules())
            .build();
    return new RollupComputation(plan, options)
        .run(RollupValidation.from(Validator.standard().validate(plan, validation)));
  }

  /**
   * Rolls a plan up reusing a validation report the caller already has, so the plan is not
   * validated again.
   *
   * <p>The report must be the standard validation of this plan at DRAFT strictness, on {@code
   * options.asOf()}, with {@link RollupOptions#disabledRules()} left out; then the result equals
   * {@link #compute(CooperationFramework, RollupOptions)}. The report's framework code, day and
   * strictness are checked; its findings (and so the disabled rules) are trusted, not checked.
   *
   * @param plan the plan, any that builds
   * @param options the date, thresholds, weights and SDG attribution
   * @param report the plan's validation report, as above
   * @return the report
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the report's framework code, {@code asOf} or strictness
   *     differs from the plan's code, {@code options.asOf()} or DRAFT; the message names the field
   */
  public static RollupReport compute(
      CooperationFramework plan, RollupOptions options, ValidationReport report) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(report, "report");
    if (!report.framework().equals(plan.code())) {
      throw new IllegalArgumentException(
          "report.framework: must be the plan's code '"
              + plan.code()
              + "', but was '"
              + report.framework()
              + "'");
    }
    if (!report.asOf().equals(options.asOf())) {
      throw new IllegalArgumentException(
          "report.asOf: must be options.asOf '"
              + options.asOf()
              + "', but was '"
              + report.asOf()
              + "'");
    }
    if (report.strictness() != Strictness.DRAFT) {
      throw new IllegalArgumentException(
          "report.strictness: must be DRAFT, but was '" + report.strictness() + "'");
    }
    return new RollupComputation(plan, options).run(RollupValidation.from(report));
  }
}
