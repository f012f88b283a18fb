package org.unsdcf.examples;

import java.time.LocalDate;
import java.util.Locale;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.rollup.Rollup;
import org.unsdcf.core.rollup.RollupOptions;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.validation.ValidationSummary;

/**
 * The roll-up step of {@link Main}: rolls both example plans up at a date inside their joint work
 * plans and renders a {@link ProgressTable} and a {@link BudgetTable} for each.
 *
 * <pre>{@code
 * System.out.print(RollupTables.render(KyrgyzstanFramework.build(), KazakhstanFramework.build()));
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RollupTables {
  /**
   * The date the Kyrgyz plan is rolled up at: the joint work plans 2025 are endorsed (11 June 2025)
   * and the 2024 results are in.
   */
  public static final LocalDate KYRGYZSTAN_AS_OF = LocalDate.of(2025, 6, 30);

  /**
   * The date the Kazakh plan is rolled up at: inside its joint work plan 2024-2025, endorsed on 15
   * March 2024.
   */
  public static final LocalDate KAZAKHSTAN_AS_OF = LocalDate.of(2025, 6, 30);

  private RollupTables() {}

  /**
   * Renders the progress and budget tables of both plans, each block preceded by an empty line.
   *
   * @param kyrgyzstan the Kyrgyz plan, rolled up at {@link #KYRGYZSTAN_AS_OF}
   * @param kazakhstan the Kazakh plan, rolled up at {@link #KAZAKHSTAN_AS_OF}
   * @return the tables, each line ending with LF
   * @throws NullPointerException if a plan is null
   */
  public static String render(CooperationFramework kyrgyzstan, CooperationFramework kazakhstan) {
    return tables(Rollup.compute(kyrgyzstan, at(KYRGYZSTAN_AS_OF)))
        + tables(Rollup.compute(kazakhstan, at(KAZAKHSTAN_AS_OF)));
  }

  /**
   * Renders the progress table and the budget tables of one roll-up.
   *
   * @param report the roll-up
   * @return an empty line, the progress table, the validation counts (DRAFT, same date), an empty
   *     line, the budget tables
   * @throws NullPointerException if {@code report} is null
   */
  public static String tables(RollupReport report) {
    ValidationSummary s = report.validation().summary();
    return "\n"
        + ProgressTable.render(report)
        + String.format(
            Locale.ROOT,
            "validation: errors %d, warnings %d, info %d\n",
            s.error(),
            s.warning(),
            s.info())
        + "\n"
        + BudgetTable.render(report);
  }

  private static RollupOptions at(LocalDate asOf) {
    return RollupOptions.builder().asOf(asOf).build();
  }
}
