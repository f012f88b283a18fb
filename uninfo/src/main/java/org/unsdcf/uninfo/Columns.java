package org.unsdcf.uninfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The activity report's columns: UN INFO's 85 in their order, which of them are required, and where
 * a given file has each (a file may omit optional columns or add its own).
 */
final class Columns {
  static final String COUNTRY = "Country";
  static final String PLAN = "Plan name";
  static final String SP_CODE = "Strategic priority code";
  static final String SP = "Strategic priority";
  static final String OC_CODE = "Outcome code";
  static final String OC = "Outcome";
  static final String OU_CODE = "Output code";
  static final String OU = "Output";
  static final String PUBLISHED = "Sub-Output publication status";
  static final String SO_CODE = "Sub-Output code";
  static final String SO = "Sub-Output";
  static final String ID = "ID";
  static final String DESCRIPTION = "Description";
  static final String START = "Start date";
  static final String END = "End date";
  static final String STATUS = "Status";
  static final String JP_NAMES = "Joint Programmes / Initiatives names";
  static final String JP_TYPES = "Joint Programmes / Initiatives types";
  static final String AGENCY_ABBREVIATIONS = "Agency abbreviations";
  static final String AGENCIES = "Agencies";
  static final String CONTRIBUTING = "Contributing partners";
  static final String IMPLEMENTING = "Implementation partners";
  static final String SDG_TARGETS = "SDG Targets";
  static final String SDG_GOALS = "SDG Goals";
  static final String GEOGRAPHY = "Geography";
  static final String QCPR = "QCPR function";
  static final String HUMANITARIAN = "Humanitarian marker";
  static final String HUMANITARIAN_NARRATIVE = "Humanitarian marker narrative";
  static final String GENDER = "Gender marker";
  static final String GENDER_NARRATIVE = "Gender marker narrative";
  static final String HUMAN_RIGHTS = "Human rights marker";
  static final String ALSO_CONTRIBUTES = "Suboutput also contributes to the following outputs";
  static final String HUMAN_RIGHTS_NARRATIVE = "Human rights marker narrative";
  static final String PEACE = "Sustaining peace marker";
  static final String PEACE_NARRATIVE = "Sustaining peace marker narrative";
  static final String LNOB = "LNOB groups targeted";
  static final String FOCAL_USERS = "Focal users";
  static final String NON_MONETARY = "Non Monetary Assistance";
  static final String TOTAL_REQUIRED = "Total required resources";
  static final String TOTAL_AVAILABLE = "Total available resources";
  static final String TOTAL_EXPENDITURE = "Total expenditure resources";

  static final String REQUIRED = "Required";
  static final String AVAILABLE = "Available";
  static final String EXPENDITURE = "Expenditure";
  static final String NARRATIVE = "Narrative";

  static final int FIRST_YEAR = 2017;
  static final int LAST_YEAR = 2027;

  /** The columns before the year columns, in UN INFO's order. */
  static final List<String> FIXED =
      List.of(
          COUNTRY,
          PLAN,
          SP_CODE,
          SP,
          OC_CODE,
          OC,
          OU_CODE,
          OU,
          PUBLISHED,
          SO_CODE,
          SO,
          ID,
          DESCRIPTION,
          START,
          END,
          STATUS,
          JP_NAMES,
          JP_TYPES,
          AGENCY_ABBREVIATIONS,
          AGENCIES,
          CONTRIBUTING,
          IMPLEMENTING,
          SDG_TARGETS,
          SDG_GOALS,
          GEOGRAPHY,
          QCPR,
          HUMANITARIAN,
          HUMANITARIAN_NARRATIVE,
          GENDER,
          GENDER_NARRATIVE,
          HUMAN_RIGHTS,
          ALSO_CONTRIBUTES,
          HUMAN_RIGHTS_NARRATIVE,
          PEACE,
          PEACE_NARRATIVE,
          LNOB,
          FOCAL_USERS,
          NON_MONETARY,
          TOTAL_REQUIRED,
          TOTAL_AVAILABLE,
          TOTAL_EXPENDITURE);

  /**
   * FIXED's names by themselves: a header's name is stored as the constant it equals, so that a
   * lookup by constant, once per column and row, matches by identity without comparing the text.
   */
  private static final Map<String, String> CANONICAL = canonical();

  static final Set<String> REQUIRED_COLUMNS =
      Set.of(COUNTRY, PLAN, ID, SO, START, END, STATUS, AGENCY_ABBREVIATIONS);

  private static final Pattern YEAR_COLUMN =
      Pattern.compile("([0-9]{4}) (Required|Available|Expenditure|Narrative)");

  private static Map<String, String> canonical() {
    Map<String, String> names = new HashMap<>();
    for (String name : FIXED) {
      names.put(name, name);
    }
    return Map.copyOf(names);
  }

  static String year(int year, String kind) {
    return year + " " + kind;
  }

  /** The 85 columns of a file funding 2017–2027, or more with later or earlier years. */
  static List<String> standard(int firstYear, int lastYear) {
    List<String> all = new ArrayList<>(FIXED);
    for (int y = firstYear; y <= lastYear; y++) {
      all.add(year(y, REQUIRED));
      all.add(year(y, AVAILABLE));
      all.add(year(y, EXPENDITURE));
      all.add(year(y, NARRATIVE));
    }
    return all;
  }

  /** Where one year's four columns are (-1 where absent). */
  record YearColumns(int year, int required, int available, int expenditure, int narrative) {}

  private final Map<String, Integer> index = new HashMap<>();
  private final TreeMap<Integer, int[]> years = new TreeMap<>();
  private final List<Integer> unknown = new ArrayList<>();
  private final List<String> names;
  private List<YearColumns> yearList;

  private Columns(List<String> names) {
    this.names = names;
  }

  /**
   * Reads a header.
   *
   * @throws UnInfoReadException if a column repeats or a required one is missing
   */
  static Columns of(List<String> header, Problems problems) {
    Columns c = new Columns(header);
    for (int i = 0; i < header.size(); i++) {
      String name = CANONICAL.getOrDefault(header.get(i), header.get(i));
      if (name.isEmpty()) {
        c.unknown.add(i);
        continue;
      }
      if (c.index.putIfAbsent(name, i) != null) {
        throw Problems.unreadable(
            UnInfoProblemCode.HEADER_MISMATCH,
            1,
            name,
            "the header names column '" + name + "' twice",
            null);
      }
      Matcher m = YEAR_COLUMN.matcher(name);
      if (m.matches()) {
        int y = Integer.parseInt(m.group(1));
        int[] slots = c.years.computeIfAbsent(y, k -> new int[] {-1, -1, -1, -1});
        slots[List.of(REQUIRED, AVAILABLE, EXPENDITURE, NARRATIVE).indexOf(m.group(2))] = i;
      } else if (!FIXED.contains(name)) {
        c.unknown.add(i);
      }
    }
    List<String> missing =
        FIXED.stream()
            .filter(REQUIRED_COLUMNS::contains)
            .filter(n -> !c.index.containsKey(n))
            .toList();
    if (!missing.isEmpty()) {
      throw Problems.unreadable(
          UnInfoProblemCode.HEADER_MISMATCH,
          1,
          missing.get(0),
          "not a UN INFO activity report: required column"
              + (missing.size() > 1 ? "s " : " ")
              + String.join(", ", missing.stream().map(n -> "'" + n + "'").toList())
              + " missing from the header",
          null);
    }
    for (String n : standard(FIRST_YEAR, LAST_YEAR)) {
      if (!c.index.containsKey(n)) {
        problems.info(
            UnInfoProblemCode.COLUMN_ABSENT,
            1,
            n,
            "",
            "column '" + n + "' is absent: its values are absent in every plan");
      }
    }
    return c;
  }

  /** Gets a column's index, or -1. */
  int at(String name) {
    return index.getOrDefault(name, -1);
  }

  String name(int i) {
    return i < names.size() ? names.get(i) : "";
  }

  int size() {
    return names.size();
  }

  List<YearColumns> years() {
    if (yearList == null) {
      List<YearColumns> list = new ArrayList<>();
      years.forEach((y, s) -> list.add(new YearColumns(y, s[0], s[1], s[2], s[3])));
      yearList = List.copyOf(list);
    }
    return yearList;
  }

  /** Columns the mapping does not know (and header cells left empty). */
  List<Integer> unknown() {
    return unknown;
  }
}
