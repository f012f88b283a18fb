package org.unsdcf.uninfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.JwpStatus;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.YearRange;

/**
 * Settles a draft's codes (a display code used under two parents gets its parent's code prepended),
 * its period and its "also contributes" outputs, and builds the plan.
 */
final class PlanFinisher {
  static final String JWP_TITLE = "Joint work plan imported from UN INFO";

  private static final Pattern PERIOD =
      Pattern.compile(
          "(?<![0-9])((?:19|20|21)[0-9]{2})\\s*[-–—]\\s*((?:19|20|21)[0-9]{2})(?![0-9])");

  private final Problems problems;

  PlanFinisher(Problems problems) {
    this.problems = problems;
  }

  Optional<CooperationFramework> finish(Drafts.Plan plan) {
    if (plan.entries.isEmpty()) {
      return Optional.empty();
    }
    qualify(plan);
    YearRange period = period(plan);
    String code = plan.country + "-" + period.start() + "-" + period.end();
    Map<String, String> outputsByDisplay = new HashMap<>();
    for (Drafts.Node area : plan.areas.values()) {
      for (Drafts.Node outcome : area.children.values()) {
        for (Drafts.Node output : outcome.children.values()) {
          output.display.ifPresent(d -> outputsByDisplay.putIfAbsent(d, output.code));
        }
      }
    }
    List<SubOutput> entries = new ArrayList<>();
    for (Drafts.Entry e : plan.entries) {
      e.builder.outputCode(e.output.code);
      e.alsoContributes.ifPresent(
          cell -> e.builder.addAllAdditionalOutputs(additional(e, cell, outputsByDisplay)));
      try {
        entries.add(e.builder.build());
      } catch (IllegalArgumentException | IllegalStateException ex) {
        problems.error(
            UnInfoProblemCode.VALUE_INVALID,
            e.row,
            "",
            "",
            "the row's values do not make a sub-output ("
                + ex.getMessage()
                + "): row not imported");
      }
    }
    List<PriorityArea> areas = new ArrayList<>();
    for (Drafts.Node a : plan.areas.values()) {
      PriorityArea.Builder pa = PriorityArea.builder().code(a.code).title(a.title);
      a.display.ifPresent(pa::displayCode);
      for (Drafts.Node o : a.children.values()) {
        Outcome.Builder oc = Outcome.builder().code(o.code).title(o.title);
        o.display.ifPresent(oc::displayCode);
        for (Drafts.Node u : o.children.values()) {
          Output.Builder ou = Output.builder().code(u.code).title(u.title);
          u.display.ifPresent(ou::displayCode);
          oc.addOutput(ou.build());
        }
        pa.addOutcome(oc.build());
      }
      areas.add(pa.build());
    }
    JointWorkPlan jwp =
        JointWorkPlan.builder()
            .code(code + "-JWP")
            .title(JWP_TITLE)
            .period(period)
            .status(JwpStatus.DRAFT)
            .version(1)
            .addAllEntries(entries)
            .build();
    return Optional.of(
        CooperationFramework.builder()
            .code(code)
            .title(plan.title)
            .addCountry(plan.country)
            .period(period)
            .currency(RowMapper.CURRENCY)
            .addAllPriorityAreas(areas)
            .addJointWorkPlan(jwp)
            .build());
  }

  /** Prepends the parent's code to every occurrence of a code used under two parents. */
  private static void qualify(Drafts.Plan plan) {
    Map<String, Set<String>> outcomeParents = new HashMap<>();
    for (Drafts.Node a : plan.areas.values()) {
      for (Drafts.Node o : a.children.values()) {
        outcomeParents.computeIfAbsent(o.derived, k -> new LinkedHashSet<>()).add(a.code);
      }
    }
    for (Drafts.Node a : plan.areas.values()) {
      for (Drafts.Node o : a.children.values()) {
        o.code =
            outcomeParents.get(o.derived).size() > 1
                ? Cells.joinCode(a.code, "-", o.derived)
                : o.derived;
      }
    }
    Map<String, Set<String>> outputParents = new HashMap<>();
    for (Drafts.Node a : plan.areas.values()) {
      for (Drafts.Node o : a.children.values()) {
        for (Drafts.Node u : o.children.values()) {
          outputParents.computeIfAbsent(u.derived, k -> new LinkedHashSet<>()).add(o.code);
        }
      }
    }
    for (Drafts.Node a : plan.areas.values()) {
      for (Drafts.Node o : a.children.values()) {
        for (Drafts.Node u : o.children.values()) {
          u.code =
              outputParents.get(u.derived).size() > 1
                  ? Cells.joinCode(o.code, "-", u.derived)
                  : u.derived;
        }
      }
    }
  }

  private YearRange period(Drafts.Plan plan) {
    Matcher m = PERIOD.matcher(plan.title);
    if (m.find()) {
      int start = Integer.parseInt(m.group(1));
      int end = Integer.parseInt(m.group(2));
      if (start <= end && start >= 1945 && end <= 2100) {
        return YearRange.of(start, end);
      }
    }
    YearRange p = YearRange.of(plan.minYear, plan.maxYear);
    problems.warning(
        UnInfoProblemCode.PERIOD_FROM_ROWS,
        plan.row,
        Columns.PLAN,
        plan.title,
        "the plan name gives no period YYYY-YYYY: period "
            + p.start()
            + "-"
            + p.end()
            + " taken from its rows' dates and funding years");
    return p;
  }

  private List<String> additional(Drafts.Entry e, String cell, Map<String, String> byDisplay) {
    List<String> codes = new ArrayList<>();
    for (String item : splitBeforeDisplayCodes(cell, byDisplay)) {
      String display = item.substring(0, wordEnd(item, 0));
      String code = byDisplay.get(display);
      if (code == null) {
        problems.warning(
            UnInfoProblemCode.OUTPUT_UNRESOLVED,
            e.row,
            Columns.ALSO_CONTRIBUTES,
            item,
            "no output of the plan has display code '" + display + "': not mapped");
      } else if (code.equals(e.output.code)) {
        problems.info(
            UnInfoProblemCode.OUTPUT_OWN,
            e.row,
            Columns.ALSO_CONTRIBUTES,
            item,
            "the sub-output's own output " + code + " is dropped from the outputs it also serves");
      } else if (!codes.contains(code)) {
        codes.add(code);
      }
    }
    return codes;
  }

  /**
   * Splits before {@code , } or {@code ; } followed by an output's display code (design §20), as a
   * word of its own: then a space and its title, or the cell's end.
   */
  static List<String> splitBeforeDisplayCodes(String cell, Map<String, String> byDisplay) {
    List<String> items = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < cell.length() - 2; i++) {
      char c = cell.charAt(i);
      if ((c == ',' || c == ';') && cell.charAt(i + 1) == ' ') {
        int end = wordEnd(cell, i + 2);
        if (byDisplay.containsKey(cell.substring(i + 2, end))) {
          items.add(cell.substring(start, i).strip());
          start = i + 2;
        }
      }
    }
    items.add(cell.substring(start).strip());
    items.removeIf(Cells::absent);
    return items;
  }

  /**
   * Gets where the word starting at {@code from} ends: the first {@code \\s} character (space, TAB,
   * LF, VT, FF, CR) at or after it, or the text's length. A hand-written {@code split("\\s",
   * 2)[0]}: that call compiles its pattern each time, and it ran for every {@code ", "} of every
   * cell.
   */
  static int wordEnd(String s, int from) {
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r') {
        return i;
      }
      i++;
    }
    return i;
  }
}
