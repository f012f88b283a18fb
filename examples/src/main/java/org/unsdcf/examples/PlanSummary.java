package org.unsdcf.examples;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.unsdcf.core.model.ChairRole;
import org.unsdcf.core.model.CoChair;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SteeringCommittee;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.YearRange;

/**
 * A readable text summary of a plan, for people: its identity, governance, results framework
 * (priority areas, outcomes and outputs with their indicator counts), results groups, joint work
 * plans and the funding of its current joint work plans per year.
 *
 * <p>Absent values print as {@code -}; money prints exactly, without grouping ({@code 120000}).
 * Funding sums only lines in the plan's currency and only of current joint work plans (those no
 * other plan supersedes), as the roll-up does; lines in another currency are counted, not added.
 * Lines end with LF on every platform.
 *
 * <pre>{@code
 * System.out.print(PlanSummary.render(KyrgyzstanFramework.build()));
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PlanSummary {
  private static final String NONE = "-";

  private final StringBuilder text = new StringBuilder();

  private PlanSummary() {}

  /**
   * Renders the summary of a plan.
   *
   * @param plan the plan
   * @return the summary, several lines each ending with LF
   * @throws NullPointerException if {@code plan} is null
   */
  public static String render(CooperationFramework plan) {
    PlanSummary summary = new PlanSummary();
    summary.identity(plan);
    summary.priorityAreas(plan.priorityAreas());
    summary.resultsGroups(plan.resultsGroups());
    summary.jointWorkPlans(plan);
    summary.funding(plan);
    return summary.text.toString();
  }

  private void identity(CooperationFramework plan) {
    line(0, plan.title());
    line(1, "code:       " + plan.code());
    line(1, "period:     " + years(plan.period()));
    line(1, "countries:  " + String.join(", ", plan.countries()));
    line(1, "signed on:  " + plan.signedOn().map(Object::toString).orElse(NONE));
    line(1, "currency:   " + plan.currency());
    Optional<SteeringCommittee> committee = plan.steeringCommittee();
    line(1, "committee:  " + committee.map(SteeringCommittee::name).orElse(NONE));
    committee.ifPresent(this::committee);
  }

  private void committee(SteeringCommittee committee) {
    line(2, "government co-chair: " + committee.governmentCoChair().orElse(NONE));
    line(2, "UN co-chair:         " + committee.unCoChair().orElse(NONE));
    for (Decision decision : committee.decisions()) {
      line(
          2,
          decision.date()
              + " "
              + decision.kind()
              + (decision.subjects().isEmpty()
                  ? ""
                  : ": " + String.join(", ", decision.subjects())));
    }
  }

  private void priorityAreas(List<PriorityArea> areas) {
    heading("Priority areas (" + areas.size() + ")");
    for (PriorityArea area : areas) {
      line(1, area.code() + " " + area.title());
      for (Outcome outcome : area.outcomes()) {
        line(2, outcome.code() + " " + outcome.title() + indicators(outcome.indicators().size()));
        for (Output output : outcome.outputs()) {
          line(3, output.code() + " " + output.title() + indicators(output.indicators().size()));
        }
      }
    }
  }

  private static String indicators(int count) {
    return count == 1 ? " [1 indicator]" : " [" + count + " indicators]";
  }

  private void resultsGroups(List<ResultsGroup> groups) {
    heading("Results groups (" + groups.size() + ")");
    for (ResultsGroup group : groups) {
      line(1, group.code() + " " + group.title());
      line(2, "UN co-chairs:         " + coChairs(group.coChairs(), ChairRole.UN_CO_CHAIR));
      line(2, "government co-chairs: " + coChairs(group.coChairs(), ChairRole.GOVERNMENT_CO_CHAIR));
      line(2, "scope:                " + orNone(String.join(", ", group.scope())));
    }
  }

  private static String coChairs(List<CoChair> coChairs, ChairRole role) {
    return orNone(
        coChairs.stream()
            .filter(c -> c.role() == role)
            .map(CoChair::entity)
            .collect(Collectors.joining(", ")));
  }

  private void jointWorkPlans(CooperationFramework plan) {
    List<JointWorkPlan> plans = plan.jointWorkPlans();
    heading("Joint work plans (" + plans.size() + ")");
    for (JointWorkPlan jwp : plans) {
      line(1, jwp.code() + " " + jwp.title());
      String endorsed = jwp.endorsement().map(e -> "endorsed " + e.date()).orElse("not endorsed");
      line(
          2,
          years(jwp.period())
              + ", "
              + jwp.status()
              + ", version "
              + jwp.version()
              + ", "
              + endorsed
              + ", "
              + subOutputs(jwp.entries().size())
              + (plan.isCurrent(jwp) ? "" : ", superseded"));
    }
  }

  private static String years(YearRange period) {
    return period.length() == 1 ? period.start().toString() : period.start() + "-" + period.end();
  }

  private static String subOutputs(int count) {
    return count == 1 ? "1 sub-output" : count + " sub-outputs";
  }

  private void funding(CooperationFramework plan) {
    String currency = plan.currency();
    Map<Year, BigDecimal[]> byYear = new TreeMap<>();
    int otherCurrency = 0;
    for (JointWorkPlan jwp : plan.currentJointWorkPlans()) {
      for (SubOutput entry : jwp.entries()) {
        for (FundingLine fundingLine : entry.funding()) {
          if (!inCurrency(fundingLine, currency)) {
            otherCurrency++;
            continue;
          }
          BigDecimal[] sums =
              byYear.computeIfAbsent(
                  fundingLine.year(),
                  y -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
          sums[0] = sums[0].add(fundingLine.required().amount());
          sums[1] = sums[1].add(fundingLine.available().amount());
          sums[2] =
              sums[2].add(fundingLine.expenditure().map(Money::amount).orElse(BigDecimal.ZERO));
        }
      }
    }
    heading("Funding of current joint work plans (" + currency + ")");
    line(1, row("year", "required", "available", "expenditure"));
    BigDecimal[] total = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    for (Map.Entry<Year, BigDecimal[]> year : byYear.entrySet()) {
      BigDecimal[] sums = year.getValue();
      line(1, row(year.getKey().toString(), money(sums[0]), money(sums[1]), money(sums[2])));
      for (int i = 0; i < total.length; i++) {
        total[i] = total[i].add(sums[i]);
      }
    }
    line(1, row("total", money(total[0]), money(total[1]), money(total[2])));
    if (otherCurrency > 0) {
      line(1, otherCurrency + " funding lines in another currency are not added");
    }
  }

  private static boolean inCurrency(FundingLine line, String currency) {
    return line.required().currency().equals(currency)
        && line.available().currency().equals(currency)
        && line.expenditure().map(m -> m.currency().equals(currency)).orElse(true);
  }

  private static String row(String year, String required, String available, String expenditure) {
    return String.format(
        Locale.ROOT, "%-6s %12s %12s %12s", year, required, available, expenditure);
  }

  private static String money(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  private static String orNone(String text) {
    return text.isEmpty() ? NONE : text;
  }

  private void heading(String heading) {
    text.append('\n');
    line(0, heading);
  }

  private void line(int indent, String line) {
    text.append("  ".repeat(indent)).append(line).append('\n');
  }
}
