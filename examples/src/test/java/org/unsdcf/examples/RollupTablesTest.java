package org.unsdcf.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.rollup.Rollup;
import org.unsdcf.core.rollup.RollupOptions;
import org.unsdcf.core.rollup.RollupReport;

class RollupTablesTest {
  private static final RollupReport KYRGYZSTAN =
      Rollup.compute(
          KyrgyzstanFramework.build(),
          RollupOptions.builder().asOf(RollupTables.KYRGYZSTAN_AS_OF).build());

  @Test
  void the_progress_table_has_a_row_per_area_and_outcome_under_the_framework() {
    List<String> lines = ProgressTable.render(KYRGYZSTAN).lines().toList();

    assertThat(lines)
        .startsWith(
            "KGZ-2023-2027 progress as of 2025-06-30 (priority areas and outcomes)",
            "level          code           status    progress    pace  coverage",
            "FRAMEWORK      KGZ-2023-2027  AT_RISK     0.3445  0.8566       4/4",
            "PRIORITY_AREA  SP1            ON_TRACK    0.4067  1.0000       1/1",
            "OUTCOME        OC1.1          ON_TRACK    0.4067  1.0000       1/1",
            "PRIORITY_AREA  SP2            AT_RISK     0.3000  0.7494       1/1")
        .hasSize(2 + 1 + 4 + 4)
        .noneMatch(l -> l.startsWith("OUTPUT") || l.startsWith("SUB_OUTPUT"));
  }

  @Test
  void the_budget_tables_give_each_year_and_agency_and_their_total() {
    String budget = BudgetTable.render(KYRGYZSTAN);

    assertThat(budget.lines())
        .contains(
            "KGZ-2023-2027 budget by year (USD)",
            "year   lines  required  available  expenditure  toBeMobilised  fundingRate"
                + "  deliveryRate",
            "2023       8   1360000    1190000      1100000         170000       0.8750"
                + "        0.9244",
            "2025       9   1640000    1310000       515000         330000       0.7988"
                + "        0.3931",
            "total     25   4500000    3810000      2891000         690000       0.8467"
                + "        0.7588",
            "KGZ-2023-2027 budget by agency (USD)",
            "IOM           3    350000     250000       185000         100000       0.7143"
                + "        0.7400",
            "total        25   4500000    3810000      2891000         690000       0.8467"
                + "        0.7588");
    assertThat(budget).doesNotContain("another currency").doesNotContain(" \n");
  }

  @Test
  void totals_agree_with_the_root_of_the_roll_up() {
    assertThat(KYRGYZSTAN.budget().unlinked().lines()).isZero();
    assertThat(KYRGYZSTAN.root().budget().required()).isEqualByComparingTo("4500000");
    assertThat(KYRGYZSTAN.root().budget().lines()).isEqualTo(25);
  }

  @Test
  void absent_ratios_print_as_a_dash() {
    RollupReport early =
        Rollup.compute(
            KyrgyzstanFramework.build(),
            RollupOptions.builder().asOf(LocalDate.of(2023, 1, 31)).build());

    assertThat(ProgressTable.render(early).lines())
        .contains("FRAMEWORK      KGZ-2023-2027  NO_DATA         -     -       0/4");
    assertThat(TextTable.ratio(Optional.empty())).isEqualTo("-");
    assertThat(TextTable.ratio(Optional.of(BigDecimal.ONE))).isEqualTo("1.0000");
    assertThat(TextTable.ratio(Optional.of(new BigDecimal("0.66665")))).isEqualTo("0.6666");
    assertThat(TextTable.amount(new BigDecimal("1.2E+5"))).isEqualTo("120000");
  }

  @Test
  void both_plans_roll_up_cleanly_at_their_dates() {
    String text = RollupTables.render(KyrgyzstanFramework.build(), KazakhstanFramework.build());

    assertThat(text)
        .startsWith("\nKGZ-2023-2027 progress as of 2025-06-30")
        .contains("\nKAZ-2021-2025 progress as of 2025-06-30")
        .contains("KAZ-2021-2025 budget by agency (USD)");
    // INFO findings are advice (IND-009 notes the Kyrgyz years measured before the framework).
    assertThat(text.lines().filter(l -> l.startsWith("validation: ")))
        .hasSize(2)
        .allMatch(l -> l.startsWith("validation: errors 0, warnings 0, info "));
  }

  @Test
  void a_row_must_fill_every_column() {
    assertThatThrownBy(() -> new TextTable("a", ">b").row("x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a row needs 2 cells, but had 1");
  }
}
