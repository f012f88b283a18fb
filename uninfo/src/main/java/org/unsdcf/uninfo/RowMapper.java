package org.unsdcf.uninfo;

import static org.unsdcf.uninfo.Columns.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unsdcf.core.entities.UnEntity;
import org.unsdcf.core.entities.UnEntityCatalogue;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.Location;
import org.unsdcf.core.model.LocationLevel;
import org.unsdcf.core.model.Marker;
import org.unsdcf.core.model.MarkerKind;
import org.unsdcf.core.model.MarkerNarrative;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.model.YearNarrative;

/** Maps each record onto the plan drafts: every cell mapped or named by a problem. */
final class RowMapper {
  static final String CURRENCY = "USD";
  static final String HUMANITARIAN_TAG = "UNINFO_HUMANITARIAN_MARKER";
  static final String JOINT_PROGRAMME_TYPE_TAG = "UNINFO_JOINT_PROGRAMME_TYPE";
  static final String PUBLISHED_TAG = "UNINFO_PUBLISHED";

  private static final Pattern MARKER = Pattern.compile("([0-3])(?:\\s*-.*)?", Pattern.DOTALL);
  private static final Pattern DATE =
      Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ][0-9:.]+)?");
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
  private static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(15);
  private static final int MAX_MONEY = 4_096;

  private final Columns columns;
  private final CellReader cells;
  private final Problems problems;
  private final UnEntityCatalogue entities;
  private final Map<List<String>, Drafts.Plan> plans = new LinkedHashMap<>();
  private final Memo.Table<String, Optional<String>> countries;
  private final Memo.Table<String, List<String>> agencyLists;
  private final Map<String, Memo.Table<String, List<PartnerRef>>> partnerLists = new HashMap<>();
  private final Memo.Table<List<String>, List<Location>> places;
  private final Memo.Table<String, PartnerRef> partners;
  private final Memo.Table<String, Location> locations;
  private final Memo.Table<List<String>, List<String>> targetLists;
  private final Memo.Table<String, LocalDate> dates;
  private final Memo.Table<String, Marker> markers;
  private final Memo.Table<List<String>, Tag> tags;
  private final Memo.Table<String, BigDecimal> amounts;
  private final Map<BigDecimal, Money> money = new HashMap<>();
  private boolean focalUsersReported;

  RowMapper(Columns columns, CellReader cells, UnEntityCatalogue entities) {
    this.columns = columns;
    this.cells = cells;
    this.problems = cells.problems();
    this.entities = entities;
    Memo memo = cells.memo();
    this.countries = memo.table();
    this.agencyLists = memo.table();
    this.places = memo.table();
    this.partners = memo.table();
    this.locations = memo.table();
    this.targetLists = memo.table();
    this.dates = memo.table();
    this.markers = memo.table();
    this.tags = memo.table();
    this.amounts = memo.table();
  }

  List<Drafts.Plan> plans() {
    return new ArrayList<>(plans.values());
  }

  void accept(RawRow r) {
    if (r.cells().stream().allMatch(c -> c.isBlank())) {
      return;
    }
    reportUnmapped(r);
    int row = r.row();
    Optional<String> countryName = cells.raw(r, COUNTRY);
    if (countryName.isEmpty()) {
      problems.error(
          UnInfoProblemCode.VALUE_REQUIRED, row, COUNTRY, "", "no country: row not imported");
      return;
    }
    Optional<String> iso3 = country(countryName.get());
    if (iso3.isEmpty() && ALPHA3.matcher(countryName.get()).matches()) {
      iso3 = countryName;
      problems.info(
          UnInfoProblemCode.VALUE_CHANGED,
          row,
          COUNTRY,
          countryName.get(),
          "'" + countryName.get() + "' is no country name: read as an ISO 3166 alpha-3 code");
    }
    if (iso3.isEmpty()) {
      problems.error(
          UnInfoProblemCode.COUNTRY_UNKNOWN,
          row,
          COUNTRY,
          countryName.get(),
          "country '"
              + countryName.get()
              + "' is neither an ISO 3166 name nor a known alias: row"
              + " not imported");
      return;
    }
    Optional<String> planName = cells.name(r, PLAN);
    if (planName.isEmpty()) {
      problems.error(
          UnInfoProblemCode.VALUE_REQUIRED, row, PLAN, "", "no plan name: row not imported");
      return;
    }
    String country = iso3.get();
    Drafts.Plan plan =
        plans.computeIfAbsent(
            List.of(country, planName.get()), k -> new Drafts.Plan(country, planName.get(), row));
    Optional<SubOutput.Builder> entry = entry(r, plan);
    if (entry.isEmpty()) {
      return;
    }
    Drafts.Node area =
        node(
            plan.areas,
            r,
            SP_CODE,
            SP,
            "SP",
            "Unspecified strategic priority",
            "strategic priority");
    Drafts.Node outcome =
        node(area.children, r, OC_CODE, OC, "OC", "Unspecified outcome", "outcome");
    Drafts.Node output =
        node(outcome.children, r, OU_CODE, OU, "OU", "Unspecified output", "output");
    plan.entries.add(new Drafts.Entry(entry.get(), output, row, cells.raw(r, ALSO_CONTRIBUTES)));
  }

  private Optional<String> country(String name) {
    Optional<String> known = countries.get(name);
    if (known == null) {
      known = Countries.code(name);
      countries.put(name, known, name.length());
    }
    return known;
  }

  private void reportUnmapped(RawRow r) {
    for (int i : columns.unknown()) {
      String v = r.cell(i).strip();
      if (!Cells.absent(v)) {
        problems.info(
            UnInfoProblemCode.CELL_NOT_MAPPED,
            r.row(),
            columns.name(i),
            v,
            "column '" + columns.name(i) + "' is not part of the activity report: cell not mapped");
      }
    }
    for (int i = columns.size(); i < r.cells().size(); i++) {
      String v = r.cell(i).strip();
      if (!Cells.absent(v)) {
        problems.info(
            UnInfoProblemCode.CELL_NOT_MAPPED,
            r.row(),
            "",
            v,
            "cell " + (i + 1) + " lies beyond the header: not mapped");
      }
    }
    cells
        .raw(r, NON_MONETARY)
        .ifPresent(
            v ->
                problems.info(
                    UnInfoProblemCode.CELL_NOT_MAPPED,
                    r.row(),
                    NON_MONETARY,
                    v,
                    "non-monetary assistance has no place in the model: cell not mapped"));
    int focal = columns.at(FOCAL_USERS);
    if (!focalUsersReported && focal >= 0 && !Cells.absent(r.cell(focal).strip())) {
      focalUsersReported = true;
      // The value is never copied: it names staff.
      problems.info(
          UnInfoProblemCode.PERSONAL_DATA_NOT_READ,
          r.row(),
          FOCAL_USERS,
          "",
          "the Focal users column names staff (personal data): it is never read");
    }
  }

  private Drafts.Node node(
      Map<String, Drafts.Node> siblings,
      RawRow r,
      String codeColumn,
      String titleColumn,
      String prefix,
      String unspecifiedTitle,
      String what) {
    Optional<String> display = cells.name(r, codeColumn);
    Optional<String> title = cells.name(r, titleColumn);
    String derived;
    String code = display.isEmpty() ? "" : derive(display.get());
    if (code.isEmpty()) {
      derived = prefix + "0";
      if (display.isEmpty() && title.isPresent()) {
        problems.info(
            UnInfoProblemCode.PARENT_UNSPECIFIED,
            r.row(),
            titleColumn,
            title.get(),
            "a "
                + what
                + " title without a code: the row goes to "
                + derived
                + " '"
                + unspecifiedTitle
                + "'");
      } else {
        problems.info(
            UnInfoProblemCode.PARENT_UNSPECIFIED,
            r.row(),
            codeColumn,
            display.orElse(""),
            "no " + what + ": the row goes to " + derived + " '" + unspecifiedTitle + "'");
      }
      Drafts.Node n = siblings.get(derived);
      if (n == null) {
        n = new Drafts.Node(derived, Optional.empty(), unspecifiedTitle, r.row());
        siblings.put(derived, n);
      }
      return n;
    }
    derived = Cells.joinCode(prefix, code);
    Drafts.Node n = siblings.get(derived);
    if (n == null) {
      String t = title.orElse(null);
      if (t == null) {
        String label = what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1) + " ";
        t = label + display.get();
        if (t.codePointCount(0, t.length()) > CellReader.MAX_NAME) {
          t = label + derived; // a display code near the Name limit: the derived Code is short
        }
        problems.warning(
            UnInfoProblemCode.VALUE_REQUIRED,
            r.row(),
            titleColumn,
            "",
            "no " + what + " title: titled '" + t + "'");
      }
      n = new Drafts.Node(derived, display, t, r.row());
      siblings.put(derived, n);
    } else if (title.isPresent() && !title.get().equals(n.title)) {
      problems.info(
          UnInfoProblemCode.TITLE_DIFFERS,
          r.row(),
          titleColumn,
          title.get(),
          what
              + " '"
              + display.get()
              + "' has another title in row "
              + n.row
              + ": that first title is kept");
    }
    return n;
  }

  /** The code part of a display code: trailing dots removed, other characters made Code. */
  static String derive(String display) {
    String d = display.strip();
    while (d.endsWith(".")) {
      d = d.substring(0, d.length() - 1);
    }
    return Cells.codeChars(d);
  }

  private Optional<SubOutput.Builder> entry(RawRow r, Drafts.Plan plan) {
    int row = r.row();
    Optional<String> id = cells.raw(r, ID);
    if (id.isEmpty()) {
      problems.error(UnInfoProblemCode.VALUE_REQUIRED, row, ID, "", "no ID: row not imported");
      return Optional.empty();
    }
    String code = id.get();
    if (!Cells.isCode(code)) {
      String derived = Cells.toCode(code);
      if (derived.isEmpty()) {
        problems.error(
            UnInfoProblemCode.VALUE_INVALID,
            row,
            ID,
            code,
            "ID '" + code + "' holds no character a code can keep: row not imported");
        return Optional.empty();
      }
      problems.warning(
          UnInfoProblemCode.VALUE_CHANGED,
          row,
          ID,
          code,
          "ID '" + code + "' read as code '" + derived + "'");
      code = derived;
    }
    Optional<LocalDate> start = date(r, START);
    Optional<LocalDate> end = date(r, END);
    Optional<ImplementationStatus> status = status(r);
    List<String> agencies = agencies(r);
    if (start.isEmpty() || end.isEmpty() || status.isEmpty() || agencies.isEmpty()) {
      return Optional.empty();
    }
    if (start.get().isAfter(end.get())) {
      problems.error(
          UnInfoProblemCode.VALUE_INVALID,
          row,
          END,
          end.get().toString(),
          "end " + end.get() + " is before start " + start.get() + ": row not imported");
      return Optional.empty();
    }
    plan.seeYear(start.get().getYear());
    plan.seeYear(end.get().getYear());
    String title =
        cells
            .name(r, SO)
            .orElseGet(
                () -> {
                  problems.warning(
                      UnInfoProblemCode.VALUE_REQUIRED,
                      row,
                      SO,
                      "",
                      "no sub-output title: titled 'Sub-output " + id.get() + "'");
                  return "Sub-output " + id.get();
                });
    SubOutput.Builder b = SubOutput.builder().code(code).title(title);
    cells.name(r, SO_CODE).ifPresent(b::displayCode);
    cells.text(r, DESCRIPTION).ifPresent(b::description);
    b.start(start.get()).end(end.get()).status(status.get());
    b.leadEntity(agencies.get(0)).addAllAgencies(agencies);
    if (agencies.size() > 1) {
      problems.info(
          UnInfoProblemCode.LEAD_ASSUMED,
          row,
          AGENCY_ABBREVIATIONS,
          String.join(cells.separator(), agencies),
          "UN INFO names no lead agency: '"
              + agencies.get(0)
              + "', listed first, is taken as lead and all the row's money is its");
    }
    List<PartnerRef> contributing = partners(r, CONTRIBUTING);
    b.addAllContributingPartners(contributing);
    b.addAllImplementingPartners(partners(r, IMPLEMENTING));
    b.addAllSdgTargets(sdg(r));
    b.addAllGeographicScope(geography(r, plan.country));
    b.addAllQcprFunctions(cells.names(r, QCPR, Set.of()));
    b.addAllTargetGroups(cells.names(r, LNOB, Set.of()));
    marker(r, GENDER).ifPresent(b::genderEqualityMarker);
    marker(r, HUMAN_RIGHTS).ifPresent(b::humanRightsMarker);
    marker(r, PEACE).ifPresent(b::sustainingPeaceMarker);
    tag(r, HUMANITARIAN, HUMANITARIAN_TAG).ifPresent(b::addTag);
    tag(r, PUBLISHED, PUBLISHED_TAG).ifPresent(b::addTag);
    narrative(r, GENDER_NARRATIVE, MarkerKind.GENDER_EQUALITY).ifPresent(b::addMarkerNarrative);
    narrative(r, HUMAN_RIGHTS_NARRATIVE, MarkerKind.HUMAN_RIGHTS).ifPresent(b::addMarkerNarrative);
    narrative(r, PEACE_NARRATIVE, MarkerKind.SUSTAINING_PEACE).ifPresent(b::addMarkerNarrative);
    narrative(r, HUMANITARIAN_NARRATIVE, MarkerKind.HUMANITARIAN).ifPresent(b::addMarkerNarrative);
    jointProgramme(r, b);
    Optional<PartnerRef> partner =
        contributing.size() == 1 ? Optional.of(contributing.get(0)) : Optional.empty();
    funding(r, b, agencies.get(0), partner, plan);
    return Optional.of(b);
  }

  private Optional<LocalDate> date(RawRow r, String column) {
    Optional<String> v = cells.raw(r, column);
    if (v.isEmpty()) {
      problems.error(
          UnInfoProblemCode.VALUE_REQUIRED,
          r.row(),
          column,
          "",
          "no " + column.toLowerCase(Locale.ROOT) + ": row not imported");
      return Optional.empty();
    }
    LocalDate known = dates.get(v.get());
    if (known != null) {
      return Optional.of(known);
    }
    Matcher m = DATE.matcher(v.get());
    if (m.matches()) {
      try {
        LocalDate d = LocalDate.parse(m.group(1));
        if (d.getYear() >= 1945 && d.getYear() <= 2100) {
          dates.put(v.get(), d, v.get().length());
          return Optional.of(d);
        }
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    problems.error(
        UnInfoProblemCode.VALUE_INVALID,
        r.row(),
        column,
        v.get(),
        "'" + v.get() + "' is not a date yyyy-MM-dd between 1945 and 2100: row not imported");
    return Optional.empty();
  }

  private Optional<ImplementationStatus> status(RawRow r) {
    Optional<String> v = cells.raw(r, STATUS);
    if (v.isEmpty()) {
      problems.error(
          UnInfoProblemCode.VALUE_REQUIRED, r.row(), STATUS, "", "no status: row not imported");
      return Optional.empty();
    }
    String key = v.get().toUpperCase(Locale.ROOT).replace(' ', '_');
    if (key.equals("FINALIZATION")) {
      key = "FINALISATION";
    }
    for (ImplementationStatus s : ImplementationStatus.values()) {
      if (s.name().equals(key)) {
        return Optional.of(s);
      }
    }
    problems.error(
        UnInfoProblemCode.VALUE_INVALID,
        r.row(),
        STATUS,
        v.get(),
        "status '"
            + v.get()
            + "' is none of Pipeline, Implementation, Finalisation, Closed,"
            + " Cancelled, Suspended: row not imported");
    return Optional.empty();
  }

  private List<String> agencies(RawRow r) {
    Optional<String> cell = cells.raw(r, AGENCY_ABBREVIATIONS);
    if (cell.isEmpty()) {
      return agencies(r, cell);
    }
    List<String> known = agencyLists.get(cell.get());
    if (known == null) {
      int before = problems.size();
      known = agencies(r, cell);
      if (problems.size() == before) {
        agencyLists.put(cell.get(), known, cell.get().length());
      }
    }
    return known;
  }

  private List<String> agencies(RawRow r, Optional<String> cell) {
    Set<String> codes = new LinkedHashSet<>();
    if (cell.isPresent()) {
      // An abbreviation may end in "," (a UN INFO pseudo-agency): split on the separator only.
      for (String item : splitKeepingTrailingComma(cell.get(), cells.separator())) {
        if (item.endsWith(",")) {
          problems.warning(
              UnInfoProblemCode.AGENCY_PSEUDO,
              r.row(),
              AGENCY_ABBREVIATIONS,
              item,
              "'"
                  + item
                  + "' is a UN INFO pseudo-agency (an abbreviation ending in a comma), not"
                  + " an entity: not mapped");
          continue;
        }
        Optional<UnEntity> e = entities.byAbbreviation(item);
        String code;
        if (e.isPresent()) {
          code = e.get().code();
        } else {
          code = Cells.toCode(item);
          if (code.isEmpty()) {
            problems.warning(
                UnInfoProblemCode.AGENCY_UNKNOWN,
                r.row(),
                AGENCY_ABBREVIATIONS,
                item,
                "agency '"
                    + item
                    + "' is unknown and holds no character a code keeps: not"
                    + " mapped");
            continue;
          }
          problems.warning(
              UnInfoProblemCode.AGENCY_UNKNOWN,
              r.row(),
              AGENCY_ABBREVIATIONS,
              item,
              "agency '"
                  + item
                  + "' is not in the UN entity catalogue: read as code '"
                  + code
                  + "'");
        }
        if (!codes.add(code)) {
          problems.info(
              UnInfoProblemCode.DUPLICATE_ITEM,
              r.row(),
              AGENCY_ABBREVIATIONS,
              item,
              "agency '" + code + "' is listed twice in the cell: the repeat is dropped");
        }
      }
    }
    if (codes.isEmpty()) {
      problems.error(
          UnInfoProblemCode.AGENCY_MISSING,
          r.row(),
          AGENCY_ABBREVIATIONS,
          cell.orElse(""),
          "no agency: row not imported");
      return List.of();
    }
    return List.copyOf(codes);
  }

  /** Splits "UNFPA, UNICEF, UNICEF," into UNFPA, UNICEF, "UNICEF,". */
  static List<String> splitKeepingTrailingComma(String cell, String separator) {
    List<String> items = new ArrayList<>();
    String s = cell.strip();
    int start = 0;
    int i;
    while ((i = s.indexOf(separator, start)) >= 0) {
      items.add(s.substring(start, i).strip());
      start = i + separator.length();
    }
    items.add(s.substring(start).strip());
    items.removeIf(Cells::absent);
    return items;
  }

  private List<PartnerRef> partners(RawRow r, String column) {
    Optional<String> cell = cells.raw(r, column);
    if (cell.isEmpty()) {
      return List.of();
    }
    Memo.Table<String, List<PartnerRef>> table =
        partnerLists.computeIfAbsent(column, k -> cells.memo().table());
    List<PartnerRef> known = table.get(cell.get());
    if (known != null) {
      return known;
    }
    int before = problems.size();
    List<PartnerRef> list = new ArrayList<>();
    for (String name : cells.names(r, column, Set.of())) {
      list.add(partner(name));
    }
    List<PartnerRef> partners = List.copyOf(list);
    if (problems.size() == before) {
      table.put(cell.get(), partners, cell.get().length());
    }
    return partners;
  }

  /** The targets, the goals checked against them (both cells together decide what is reported). */
  private List<String> sdg(RawRow r) {
    Optional<String> targetCell = cells.raw(r, SDG_TARGETS);
    Optional<String> goalCell = cells.raw(r, SDG_GOALS);
    if (targetCell.isEmpty() && goalCell.isEmpty()) {
      return List.of();
    }
    List<String> key = List.of(targetCell.orElse(""), goalCell.orElse(""));
    List<String> known = targetLists.get(key);
    if (known != null) {
      return known;
    }
    int before = problems.size();
    List<String> targets = sdgTargets(r);
    sdgGoals(r, targets);
    if (problems.size() == before) {
      targetLists.put(key, targets, key.get(0).length() + key.get(1).length());
    }
    return targets;
  }

  private List<String> sdgTargets(RawRow r) {
    Optional<String> cell = cells.raw(r, SDG_TARGETS);
    if (cell.isEmpty()) {
      return List.of();
    }
    Set<String> targets = new LinkedHashSet<>();
    for (String item : SdgItems.splitTargets(cell.get())) {
      String t = item.strip();
      if (Cells.absent(t)) {
        continue;
      }
      String target = SdgItems.target(t);
      if (target == null) {
        problems.warning(
            UnInfoProblemCode.SDG_TARGET_INVALID,
            r.row(),
            SDG_TARGETS,
            t,
            "an SDG target item that does not begin with a target code: not mapped");
      } else if (!targets.add(target)) {
        problems.info(
            UnInfoProblemCode.DUPLICATE_ITEM,
            r.row(),
            SDG_TARGETS,
            t,
            "SDG target " + target + " is listed twice: the repeat is dropped");
      }
    }
    return List.copyOf(targets);
  }

  private void sdgGoals(RawRow r, List<String> targets) {
    Optional<String> cell = cells.raw(r, SDG_GOALS);
    Set<String> fromTargets = new LinkedHashSet<>();
    for (String t : targets) {
      fromTargets.add(t.substring(0, t.indexOf('.')));
    }
    Set<String> goals = new LinkedHashSet<>();
    if (cell.isPresent()) {
      for (String item : SdgItems.splitGoals(cell.get())) {
        String goal = SdgItems.goal(item.strip());
        if (goal != null) {
          goals.add(goal);
        } else if (!Cells.absent(item.strip())) {
          problems.info(
              UnInfoProblemCode.SDG_GOAL_MISMATCH,
              r.row(),
              SDG_GOALS,
              item.strip(),
              "an SDG goal item that does not begin with a goal number: not checked");
        }
      }
    }
    if (!goals.equals(fromTargets) && (cell.isPresent() || !fromTargets.isEmpty())) {
      problems.info(
          UnInfoProblemCode.SDG_GOAL_MISMATCH,
          r.row(),
          SDG_GOALS,
          cell.orElse(""),
          "the goals listed ("
              + String.join(", ", goals)
              + ") differ from the targets' goals ("
              + String.join(", ", fromTargets)
              + "): goals are not stored, the targets are");
    }
  }

  /** Gets a partner by name; a name met again (in any partner column) is looked up once. */
  private PartnerRef partner(String name) {
    PartnerRef known = partners.get(name);
    if (known == null) {
      PartnerRef.Builder p = PartnerRef.builder().name(name);
      entities.byAbbreviation(name).flatMap(UnEntity::iatiOrgId).ifPresent(p::iatiOrgId);
      known = p.build();
      partners.put(name, known, name.length());
    }
    return known;
  }

  private List<Location> geography(RawRow r, String iso3) {
    Optional<String> cell = cells.raw(r, GEOGRAPHY);
    if (cell.isEmpty()) {
      return List.of();
    }
    List<String> key = List.of(iso3, cell.get());
    List<Location> known = places.get(key);
    if (known != null) {
      return known;
    }
    int before = problems.size();
    List<Location> list = places(r, iso3);
    if (problems.size() == before) {
      places.put(key, list, cell.get().length() + iso3.length());
    }
    return list;
  }

  private List<Location> places(RawRow r, String iso3) {
    Set<String> protect = new LinkedHashSet<>(Countries.commaAliases(iso3));
    List<Location> list = new ArrayList<>();
    for (String name : cells.names(r, GEOGRAPHY, protect)) {
      Location known = locations.get(name);
      if (known == null) {
        Optional<String> c = Countries.code(name);
        known =
            c.isPresent()
                ? Location.builder().level(LocationLevel.NATIONAL).code(c.get()).name(name).build()
                : Location.of(LocationLevel.SUBNATIONAL, name);
        locations.put(name, known, name.length());
      }
      list.add(known);
    }
    return List.copyOf(list);
  }

  private Optional<Marker> marker(RawRow r, String column) {
    Optional<String> v = cells.raw(r, column);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    Marker known = markers.get(v.get());
    if (known != null) {
      return Optional.of(known);
    }
    Matcher m = MARKER.matcher(v.get());
    if (!m.matches()) {
      problems.warning(
          UnInfoProblemCode.MARKER_INVALID,
          r.row(),
          column,
          v.get(),
          "a marker must begin with a digit 0 to 3 ('2 - …'): not mapped");
      return Optional.empty();
    }
    int code = Integer.parseInt(m.group(1));
    for (Marker k : Marker.values()) {
      if (k.code() == code) {
        markers.put(v.get(), k, v.get().length());
        return Optional.of(k);
      }
    }
    throw new AssertionError("unsdcf bug: marker " + code);
  }

  private Optional<Tag> tag(RawRow r, String column, String vocabulary) {
    Optional<String> v = cells.raw(r, column);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    List<String> key = List.of(vocabulary, v.get());
    Tag known = tags.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    String code = Cells.toCode(v.get());
    if (code.isEmpty()) {
      problems.warning(
          UnInfoProblemCode.VALUE_INVALID,
          r.row(),
          column,
          v.get(),
          "'" + v.get() + "' holds no character a code keeps: not mapped");
      return Optional.empty();
    }
    if (!code.equals(v.get())) {
      problems.warning(
          UnInfoProblemCode.VALUE_CHANGED,
          r.row(),
          column,
          v.get(),
          "'" + v.get() + "' read as tag code '" + code + "'");
      return Optional.of(Tag.of(vocabulary, code));
    }
    Tag tag = Tag.of(vocabulary, code);
    tags.put(key, tag, v.get().length());
    return Optional.of(tag);
  }

  private Optional<MarkerNarrative> narrative(RawRow r, String column, MarkerKind kind) {
    return cells.text(r, column).map(t -> MarkerNarrative.of(kind, t));
  }

  private void jointProgramme(RawRow r, SubOutput.Builder b) {
    List<String> names = cells.names(r, JP_NAMES, Set.of());
    if (!names.isEmpty()) {
      String code = Cells.toCode(names.get(0));
      if (code.isEmpty()) {
        problems.warning(
            UnInfoProblemCode.VALUE_INVALID,
            r.row(),
            JP_NAMES,
            names.get(0),
            "a joint programme name holding no character a code keeps: not mapped");
      } else {
        b.jointProgramme(code);
        if (!code.equals(names.get(0))) {
          problems.info(
              UnInfoProblemCode.VALUE_CHANGED,
              r.row(),
              JP_NAMES,
              names.get(0),
              "joint programme '" + names.get(0) + "' read as code '" + code + "'");
        }
      }
      for (String other : names.subList(1, names.size())) {
        problems.warning(
            UnInfoProblemCode.CELL_NOT_MAPPED,
            r.row(),
            JP_NAMES,
            other,
            "a sub-output has one joint programme: '" + other + "' is not mapped");
      }
    }
    Set<String> typeCodes = new HashSet<>();
    for (String type : cells.names(r, JP_TYPES, Set.of())) {
      String code = Cells.toCode(type);
      if (code.isEmpty()) {
        problems.warning(
            UnInfoProblemCode.VALUE_INVALID,
            r.row(),
            JP_TYPES,
            type,
            "a joint programme type holding no character a code keeps: not mapped");
      } else if (!typeCodes.add(code)) {
        // Distinct texts, one code ("Joint programme", "Joint-programme"): a tag may not repeat.
        problems.info(
            UnInfoProblemCode.DUPLICATE_ITEM,
            r.row(),
            JP_TYPES,
            type,
            "joint programme type '"
                + type
                + "' is read as code '"
                + code
                + "', as an earlier one in the cell: the repeat is dropped");
      } else {
        b.addTag(Tag.of(JOINT_PROGRAMME_TYPE_TAG, code));
      }
    }
  }

  private void funding(
      RawRow r,
      SubOutput.Builder b,
      String agency,
      Optional<PartnerRef> partner,
      Drafts.Plan plan) {
    BigDecimal sumRequired = BigDecimal.ZERO;
    BigDecimal sumAvailable = BigDecimal.ZERO;
    BigDecimal sumExpenditure = BigDecimal.ZERO;
    for (Columns.YearColumns y : columns.years()) {
      Optional<BigDecimal> required = amount(r, y.required());
      Optional<BigDecimal> available = amount(r, y.available());
      Optional<BigDecimal> expenditure = amount(r, y.expenditure());
      boolean inRange = y.year() >= 1945 && y.year() <= 2100;
      if (y.narrative() >= 0) {
        String column = columns.name(y.narrative());
        Optional<String> text = cells.text(r, column);
        if (text.isPresent() && inRange) {
          b.addProgressNarrative(YearNarrative.of(Year.of(y.year()), text.get()));
        } else if (text.isPresent()) {
          // A header may name any four-digit year; YearNarrative holds only 1945-2100.
          problems.error(
              UnInfoProblemCode.VALUE_INVALID,
              r.row(),
              column,
              text.get(),
              "year " + y.year() + " is outside 1945-2100: its narrative is not imported");
        }
      }
      if (required.isEmpty() && available.isEmpty() && expenditure.isEmpty()) {
        continue;
      }
      if (!inRange) {
        problems.error(
            UnInfoProblemCode.VALUE_INVALID,
            r.row(),
            columns.name(
                y.required() >= 0
                    ? y.required()
                    : y.available() >= 0 ? y.available() : y.expenditure()),
            "",
            "year " + y.year() + " is outside 1945-2100: its amounts are not imported");
        continue;
      }
      plan.seeYear(y.year());
      BigDecimal req = required.orElse(BigDecimal.ZERO);
      BigDecimal ava = available.orElse(BigDecimal.ZERO);
      sumRequired = sumRequired.add(req);
      sumAvailable = sumAvailable.add(ava);
      sumExpenditure = sumExpenditure.add(expenditure.orElse(BigDecimal.ZERO));
      FundingLine.Builder line =
          FundingLine.builder()
              .year(Year.of(y.year()))
              .agency(agency)
              .required(usd(req))
              .available(usd(ava));
      partner.ifPresent(line::contributingPartner);
      expenditure.ifPresent(e -> line.expenditure(usd(e)));
      b.addFunding(line.build());
    }
    total(r, TOTAL_REQUIRED, sumRequired);
    total(r, TOTAL_AVAILABLE, sumAvailable);
    total(r, TOTAL_EXPENDITURE, sumExpenditure);
  }

  /** Gets the amount in USD; amounts repeat (0 most of all), and equal ones share one value. */
  private Money usd(BigDecimal amount) {
    Money m = money.get(amount);
    if (m == null) {
      m = Money.of(amount, CURRENCY);
      if (money.size() < MAX_MONEY) {
        money.put(amount, m);
      }
    }
    return m;
  }

  private Optional<BigDecimal> amount(RawRow r, int column) {
    if (column < 0) {
      return Optional.empty();
    }
    String name = columns.name(column);
    String v = Cells.unguard(r.cell(column).strip());
    if (Cells.absent(v)) {
      return Optional.empty();
    }
    BigDecimal known = amounts.get(v);
    if (known != null) {
      return Optional.of(known);
    }
    int before = problems.size();
    BigDecimal d = parseAmount(r.row(), name, v);
    if (problems.size() == before) {
      amounts.put(v, d, v.length());
    }
    return Optional.of(d);
  }

  private BigDecimal parseAmount(int row, String column, String v) {
    if (!isAmount(v)) {
      problems.error(
          UnInfoProblemCode.VALUE_INVALID,
          row,
          column,
          v,
          (v.startsWith("-") ? "a negative amount" : "'" + v + "' is not an amount")
              + ": read as 0");
      return BigDecimal.ZERO;
    }
    BigDecimal d = new BigDecimal(v);
    if (d.compareTo(MAX_AMOUNT) >= 0) {
      problems.error(
          UnInfoProblemCode.VALUE_INVALID, row, column, v, "an amount of 10^15 or more: read as 0");
      return BigDecimal.ZERO;
    }
    if (d.scale() > Money.MAX_SCALE && d.stripTrailingZeros().scale() > Money.MAX_SCALE) {
      BigDecimal rounded = d.setScale(Money.MAX_SCALE, java.math.RoundingMode.HALF_EVEN);
      problems.warning(
          UnInfoProblemCode.VALUE_CHANGED,
          row,
          column,
          v,
          "amounts keep 4 decimals: read as " + Cells.plain(rounded));
      return rounded;
    }
    return d;
  }

  /**
   * Checks if text is an amount as UN INFO writes one, {@code [0-9]+(\\.[0-9]+)?}, of at most 40
   * characters (a hand-written match: it runs on every year cell of every row).
   */
  static boolean isAmount(String v) {
    int n = v.length();
    if (n == 0 || n > 40) {
      return false;
    }
    int i = 0;
    while (i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
      i++;
    }
    if (i == 0) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (v.charAt(i) != '.' || i + 1 == n) {
      return false;
    }
    for (i++; i < n; i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private void total(RawRow r, String column, BigDecimal sum) {
    Optional<String> v = cells.raw(r, column);
    if (v.isEmpty()) {
      return;
    }
    if (!isAmount(v.get())) {
      problems.warning(
          UnInfoProblemCode.TOTAL_MISMATCH,
          r.row(),
          column,
          v.get(),
          "'" + v.get() + "' is not an amount: totals are derived from the year columns");
      return;
    }
    if (new BigDecimal(v.get()).compareTo(sum) != 0) {
      problems.warning(
          UnInfoProblemCode.TOTAL_MISMATCH,
          r.row(),
          column,
          v.get(),
          "the total "
              + v.get()
              + " differs from the year columns' sum "
              + Cells.plain(sum)
              + ": totals are derived, not stored");
    }
  }
}
