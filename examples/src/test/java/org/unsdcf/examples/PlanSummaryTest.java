package org.unsdcf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ResultsGroup;

class PlanSummaryTest {
  @Test
  void should_show_identity_governance_and_every_title_of_the_kyrgyz_plan() {
    CooperationFramework plan = KyrgyzstanFramework.build();

    String summary = PlanSummary.render(plan);

    assertThat(summary)
        .startsWith(plan.title() + "\n")
        .contains("period:     2023-2027", "countries:  KGZ", "signed on:  -", "currency:   USD")
        .contains("Joint Strategic Coordination Committee")
        .contains("Chairman of the Cabinet of Ministers", "UN Resident Coordinator")
        .contains("Priority areas (4)", "Results groups (4)", "Joint work plans (8)")
        .contains("UN co-chairs:         IOM, UNICEF")
        .contains("2023-2024, CLOSED, version 1, endorsed 2023-03-24, 2 sub-outputs")
        .contains("2025, ENDORSED, version 1, endorsed 2025-06-11")
        .contains(
            "OP1.1.1 Migrants have access to information, legal aid and psychosocial support"
                + " [1 indicator]");
    assertThat(summary).contains(plan.priorityAreas().stream().map(PriorityArea::title).toList());
    assertThat(summary).contains(plan.resultsGroups().stream().map(ResultsGroup::title).toList());
    assertThat(summary).contains(plan.jointWorkPlans().stream().map(JointWorkPlan::title).toList());
  }

  @Test
  void should_total_funding_per_year_exactly() {
    String summary = PlanSummary.render(KazakhstanFramework.build());

    assertThat(summary)
        .contains("Funding of current joint work plans (USD)")
        .contains(String.format("%-6s %12s %12s %12s", "2024", "1050000", "960000", "890000"))
        .contains(String.format("%-6s %12s %12s %12s", "2025", "1080000", "850000", "320000"))
        .contains(String.format("%-6s %12s %12s %12s", "total", "2130000", "1810000", "1210000"));
  }

  @Test
  void should_show_the_signing_date_and_three_areas_of_the_kazakh_plan() {
    CooperationFramework plan = KazakhstanFramework.build();

    assertThat(PlanSummary.render(plan))
        .startsWith(plan.title() + "\n")
        .contains("signed on:  2020-08-12", "Priority areas (3)")
        .contains(plan.priorityAreas().stream().map(PriorityArea::title).toList());
  }

  @Test
  void should_print_both_summaries_when_run() throws java.io.IOException {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Main.main(new String[0]);
    } finally {
      System.setOut(original);
    }

    assertThat(captured.toString(StandardCharsets.UTF_8))
        .contains(KyrgyzstanFramework.build().title(), KazakhstanFramework.build().title())
        .contains("KGZ-2023-2027 written as JSON (")
        .contains("read back: equal");
  }
}
