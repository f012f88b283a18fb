package org.unsdcf.uninfo;

import static org.unsdcf.uninfo.Columns.*;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.unsdcf.core.entities.UnEntity;
import org.unsdcf.core.entities.UnEntityCatalogue;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Location;
import org.unsdcf.core.model.Marker;
import org.unsdcf.core.model.MarkerKind;
import org.unsdcf.core.model.MarkerNarrative;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.model.YearNarrative;
import org.unsdcf.core.sdg.SdgCatalogue;
import org.unsdcf.core.sdg.SdgGoal;
import org.unsdcf.core.sdg.SdgTarget;

/**
 * Writes plans as UN INFO's activity report in CSV (design §14): RFC 4180 with every field quoted,
 * UTF-8 with a BOM (so that spreadsheet programs show Cyrillic), CRLF, UN INFO's 85 columns in its
 * order (year columns 2017–2027, more if a plan funds other years), one row per sub-output of the
 * current joint work plans.
 *
 * <p>A text cell beginning with {@code =}, {@code +}, {@code -} or {@code @} (other than the lone
 * {@code -} for absent) is written with a leading {@code '}, so no spreadsheet runs it as a
 * formula; the reader drops that {@code '} again. Lists are joined with {@code ", "}; a year's
 * amounts are the sums of its funding lines (the report has one amount per year, so the agency and
 * contributing partner of each line are not written). The Focal users column is written as {@code
 * -}. Reading {@code write(read(F))} gives plans equal to {@code read(F)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ActivityReportWriter {
  private static final ActivityReportWriter STANDARD = new ActivityReportWriter();
  private static final String ABSENT = "-";

  private ActivityReportWriter() {}

  /**
   * Obtains the writer.
   *
   * @return the writer
   */
  public static ActivityReportWriter standard() {
    return STANDARD;
  }

  /**
   * Writes plans, in order, to a stream (which is flushed, not closed).
   *
   * @param plans the plans
   * @param out the stream
   * @throws IOException if the stream fails
   */
  public void write(Collection<CooperationFramework> plans, OutputStream out) throws IOException {
    Objects.requireNonNull(plans, "plans");
    Objects.requireNonNull(out, "out");
    int first = FIRST_YEAR;
    int last = LAST_YEAR;
    for (CooperationFramework p : plans) {
      for (JointWorkPlan j : p.currentJointWorkPlans()) {
        for (SubOutput s : j.entries()) {
          for (FundingLine f : s.funding()) {
            first = Math.min(first, f.year().getValue());
            last = Math.max(last, f.year().getValue());
          }
        }
      }
    }
    List<String> header = Columns.standard(first, last);
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    w.write('\ufeff');
    writeRecord(w, header, Set.of());
    UnEntityCatalogue entities = UnEntityCatalogue.bundled();
    SdgCatalogue sdg = SdgCatalogue.bundled();
    for (CooperationFramework p : plans) {
      new PlanRows(p, entities, sdg, first, last).write(w);
    }
    w.flush();
  }

  private static void writeRecord(Writer w, List<String> cells, Set<Integer> verbatim)
      throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      String c = cells.get(i);
      if (!verbatim.contains(i) && Cells.formulaLike(c)) {
        c = "'" + c;
      }
      w.write('"');
      w.write(c.replace("\"", "\"\""));
      w.write('"');
    }
    w.write("\r\n");
  }

  /** The rows of one plan. */
  private static final class PlanRows {
    private final CooperationFramework plan;
    private final UnEntityCatalogue entities;
    private final SdgCatalogue sdg;
    private final int first;
    private final int last;
    private final Map<String, Output> outputs = new HashMap<>();
    private final Map<String, Outcome> outcomeOf = new HashMap<>();
    private final Map<String, PriorityArea> areaOf = new HashMap<>();

    PlanRows(
        CooperationFramework plan,
        UnEntityCatalogue entities,
        SdgCatalogue sdg,
        int first,
        int last) {
      this.plan = plan;
      this.entities = entities;
      this.sdg = sdg;
      this.first = first;
      this.last = last;
      for (PriorityArea a : plan.priorityAreas()) {
        for (Outcome o : a.outcomes()) {
          for (Output u : o.outputs()) {
            outputs.putIfAbsent(u.code(), u);
            outcomeOf.putIfAbsent(u.code(), o);
            areaOf.putIfAbsent(u.code(), a);
          }
        }
      }
    }

    void write(Writer w) throws IOException {
      for (JointWorkPlan j : plan.currentJointWorkPlans()) {
        for (SubOutput s : j.entries()) {
          writeRecord(w, row(s), amountColumns());
        }
      }
    }

    private Set<Integer> amountColumns() {
      Set<Integer> set = new LinkedHashSet<>();
      for (int i = FIXED.indexOf(START); i <= FIXED.indexOf(END); i++) {
        set.add(i);
      }
      for (int i = FIXED.indexOf(TOTAL_REQUIRED); i < FIXED.size(); i++) {
        set.add(i);
      }
      for (int y = first; y <= last; y++) {
        int base = FIXED.size() + (y - first) * 4;
        set.add(base);
        set.add(base + 1);
        set.add(base + 2);
      }
      return set;
    }

    private List<String> row(SubOutput s) {
      Map<String, String> c = new HashMap<>();
      c.put(COUNTRY, Countries.name(plan.countries().get(0)));
      c.put(PLAN, plan.title());
      Output output = outputs.get(s.outputCode());
      Outcome outcome = outcomeOf.get(s.outputCode());
      PriorityArea area = areaOf.get(s.outputCode());
      if (area != null) {
        c.put(SP_CODE, display(area.displayCode(), area.code(), "SP"));
        c.put(SP, unspecified(area.code(), "SP", area.title()));
        c.put(OC_CODE, display(outcome.displayCode(), outcome.code(), "OC"));
        c.put(OC, unspecified(outcome.code(), "OC", outcome.title()));
        c.put(OU_CODE, display(output.displayCode(), output.code(), "OU"));
        c.put(OU, unspecified(output.code(), "OU", output.title()));
      }
      c.put(PUBLISHED, tags(s, RowMapper.PUBLISHED_TAG));
      c.put(SO_CODE, s.displayCode().orElse(ABSENT));
      c.put(SO, s.title());
      c.put(ID, s.code());
      c.put(DESCRIPTION, s.description().orElse(ABSENT));
      c.put(START, s.start().toString());
      c.put(END, s.end().toString());
      String status = s.status().name().toLowerCase(Locale.ROOT);
      c.put(STATUS, status.substring(0, 1).toUpperCase(Locale.ROOT) + status.substring(1));
      c.put(JP_NAMES, s.jointProgramme().orElse(ABSENT));
      c.put(JP_TYPES, tags(s, RowMapper.JOINT_PROGRAMME_TYPE_TAG));
      List<String> agencies = new ArrayList<>();
      agencies.add(s.leadEntity());
      s.agencies().stream().filter(a -> !a.equals(s.leadEntity())).forEach(agencies::add);
      c.put(
          AGENCY_ABBREVIATIONS,
          join(agencies, a -> entities.byCode(a).map(UnEntity::abbreviation).orElse(a)));
      c.put(AGENCIES, join(agencies, a -> entities.byCode(a).map(UnEntity::name).orElse(a)));
      c.put(CONTRIBUTING, join(s.contributingPartners(), PartnerRef::name));
      c.put(IMPLEMENTING, join(s.implementingPartners(), PartnerRef::name));
      c.put(SDG_TARGETS, targets(s.sdgTargets()));
      c.put(SDG_GOALS, goals(s.sdgTargets()));
      c.put(GEOGRAPHY, join(s.geographicScope(), Location::name));
      c.put(QCPR, join(s.qcprFunctions(), Function.identity()));
      c.put(HUMANITARIAN, tags(s, RowMapper.HUMANITARIAN_TAG));
      c.put(HUMANITARIAN_NARRATIVE, narrative(s, MarkerKind.HUMANITARIAN));
      c.put(GENDER, marker(s.genderEqualityMarker()));
      c.put(GENDER_NARRATIVE, narrative(s, MarkerKind.GENDER_EQUALITY));
      c.put(HUMAN_RIGHTS, marker(s.humanRightsMarker()));
      c.put(ALSO_CONTRIBUTES, alsoContributes(s));
      c.put(HUMAN_RIGHTS_NARRATIVE, narrative(s, MarkerKind.HUMAN_RIGHTS));
      c.put(PEACE, marker(s.sustainingPeaceMarker()));
      c.put(PEACE_NARRATIVE, narrative(s, MarkerKind.SUSTAINING_PEACE));
      c.put(LNOB, join(s.targetGroups(), Function.identity()));
      c.put(FOCAL_USERS, ABSENT);
      c.put(NON_MONETARY, "");
      BigDecimal required = BigDecimal.ZERO;
      BigDecimal available = BigDecimal.ZERO;
      BigDecimal expenditure = BigDecimal.ZERO;
      for (int y = first; y <= last; y++) {
        BigDecimal r = null;
        BigDecimal a = null;
        BigDecimal e = null;
        for (FundingLine f : s.funding()) {
          if (f.year().getValue() != y) {
            continue;
          }
          r = (r == null ? BigDecimal.ZERO : r).add(f.required().amount());
          a = (a == null ? BigDecimal.ZERO : a).add(f.available().amount());
          if (f.expenditure().isPresent()) {
            e = (e == null ? BigDecimal.ZERO : e).add(f.expenditure().get().amount());
          }
        }
        c.put(year(y, REQUIRED), r == null ? "" : Cells.plain(r));
        c.put(year(y, AVAILABLE), a == null ? "" : Cells.plain(a));
        c.put(year(y, EXPENDITURE), e == null ? "" : Cells.plain(e));
        required = r == null ? required : required.add(r);
        available = a == null ? available : available.add(a);
        expenditure = e == null ? expenditure : expenditure.add(e);
        int year = y;
        c.put(
            year(y, NARRATIVE),
            s.progressNarratives().stream()
                .filter(n -> n.year().getValue() == year)
                .map(YearNarrative::text)
                .findFirst()
                .orElse(ABSENT));
      }
      c.put(TOTAL_REQUIRED, Cells.plain(required));
      c.put(TOTAL_AVAILABLE, Cells.plain(available));
      c.put(TOTAL_EXPENDITURE, Cells.plain(expenditure));
      List<String> cells = new ArrayList<>();
      for (String name : Columns.standard(first, last)) {
        cells.add(c.getOrDefault(name, ABSENT));
      }
      return cells;
    }

    private static String display(Optional<String> displayCode, String code, String prefix) {
      if (displayCode.isPresent()) {
        return displayCode.get();
      }
      if (code.equals(prefix + "0")) {
        return ABSENT;
      }
      return code.startsWith(prefix) && code.length() > prefix.length()
          ? code.substring(prefix.length())
          : code;
    }

    private static String unspecified(String code, String prefix, String title) {
      return code.equals(prefix + "0") ? ABSENT : title;
    }

    private static String tags(SubOutput s, String vocabulary) {
      return join(
          s.tags().stream().filter(t -> t.vocabulary().equals(vocabulary)).toList(), Tag::code);
    }

    private String targets(List<String> codes) {
      List<String> items = new ArrayList<>();
      for (String t : codes) {
        items.add(t + " " + sdg.target(t).map(SdgTarget::title).orElse("(target " + t + ")"));
      }
      return items.isEmpty() ? ABSENT : String.join(",", items);
    }

    private String goals(List<String> targets) {
      Set<String> goals = new LinkedHashSet<>();
      for (String t : targets) {
        goals.add(t.substring(0, t.indexOf('.')));
      }
      List<String> items = new ArrayList<>();
      for (String g : goals) {
        items.add(g + " " + sdg.goal(g).map(SdgGoal::shortTitle).orElse("(goal " + g + ")"));
      }
      return items.isEmpty() ? ABSENT : String.join(", ", items);
    }

    private static String marker(Optional<Marker> m) {
      return m.map(k -> k.code() + " - " + label(k)).orElse(ABSENT);
    }

    private static String label(Marker m) {
      return switch (m) {
        case NOT_EXPECTED -> "Not expected to contribute";
        case LIMITED -> "Contributes in a limited way";
        case SIGNIFICANT -> "A significant objective";
        case PRINCIPAL -> "The principal objective";
      };
    }

    private static String narrative(SubOutput s, MarkerKind kind) {
      return s.markerNarratives().stream()
          .filter(n -> n.marker() == kind)
          .map(MarkerNarrative::text)
          .findFirst()
          .orElse(ABSENT);
    }

    private String alsoContributes(SubOutput s) {
      List<String> items = new ArrayList<>();
      for (String code : s.additionalOutputs()) {
        Output u = outputs.get(code);
        if (u != null) {
          items.add(display(u.displayCode(), u.code(), "OU") + " " + u.title());
        }
      }
      return items.isEmpty() ? ABSENT : String.join(", ", items);
    }

    private static <T> String join(List<T> items, Function<T, String> f) {
      if (items.isEmpty()) {
        return ABSENT;
      }
      List<String> texts = new ArrayList<>(items.size());
      for (T t : items) {
        texts.add(f.apply(t));
      }
      return String.join(", ", texts);
    }
  }
}
