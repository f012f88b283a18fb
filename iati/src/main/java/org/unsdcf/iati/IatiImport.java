package org.unsdcf.iati;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.JwpStatus;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.YearRange;

/**
 * What {@link IatiReader} made of one activity file: the entries (one {@link SubOutput} per {@code
 * iati-activity}, in document order, except parents of other activities of the file), the problems,
 * and ways to put the entries into a plan.
 *
 * <p>An entry's {@code outputCode} is the plan output its activity names ({@code tag
 * vocabulary="99" vocabulary-uri="urn:unsdcf:output"}), else {@value #UNLINKED}. This class is
 * immutable and thread-safe.
 */
public final class IatiImport {
  /** The output code of an entry whose activity names no output of the plan. */
  public static final String UNLINKED = "UNLINKED";

  /** The standalone plan's code. */
  public static final String PLAN_CODE = "IATI";

  private static final String JWP_TITLE = "Activities imported from IATI";
  private static final String UNLINKED_TITLE = "Not linked to a plan output";

  private final List<SubOutput> entries;
  private final List<IatiProblem> problems;
  private final int activities;
  private final String currency;
  private final List<String> countries;
  private final int rootLine;
  private final int rootColumn;

  IatiImport(
      List<SubOutput> entries,
      List<IatiProblem> problems,
      int activities,
      String currency,
      List<String> countries,
      int rootLine,
      int rootColumn) {
    this.entries = List.copyOf(entries);
    this.problems = List.copyOf(problems);
    this.activities = activities;
    this.currency = currency;
    this.countries = List.copyOf(countries);
    this.rootLine = rootLine;
    this.rootColumn = rootColumn;
  }

  /**
   * Gets the entries, one per imported activity, in document order.
   *
   * @return the sub-outputs
   */
  public List<SubOutput> entries() {
    return entries;
  }

  /**
   * Gets the problems, sorted by line, then column, then code.
   *
   * @return the problems; empty for a file that maps without a remark
   */
  public List<IatiProblem> problems() {
    return problems;
  }

  /**
   * Gets the number of {@code iati-activity} elements in the file, imported or not.
   *
   * @return the count
   */
  public int activities() {
    return activities;
  }

  /**
   * Gets the currency the money was read in: the one given to the reader, else the file's most
   * frequent {@code default-currency}.
   *
   * @return an ISO 4217 code
   */
  public String currency() {
    return currency;
  }

  /**
   * Gets the recipient countries the activities name, as ISO 3166 alpha-3, in first-seen order.
   *
   * @return the countries; empty when no activity names one
   */
  public List<String> recipientCountries() {
    return countries;
  }

  /**
   * Returns the problem that says no activity names a recipient country, for a caller who needs the
   * countries to build a plan (the CLI without {@code --country}).
   *
   * @return an ERROR problem {@link IatiProblemCode#NO_COUNTRY} at the root element
   */
  public IatiProblem noCountryProblem() {
    return new IatiProblem(
        IatiProblemCode.NO_COUNTRY,
        IatiProblemCode.NO_COUNTRY.severity(),
        "/" + ActivityStreamReader.ROOT,
        rootLine,
        rootColumn,
        "no activity names a recipient country; a plan of this import needs one given");
  }

  /**
   * Returns a copy of {@code plan} with one more joint work plan, {@code IATI-<first>-<last>}
   * (DRAFT, version 1, over the entries' start and end years), holding the entries. An entry whose
   * output is not in the plan serves {@value #UNLINKED}, which the validator (STR-005) and the
   * roll-up ({@code unlinked}) then show.
   *
   * @param plan the plan to add to
   * @return the new plan
   * @throws IllegalArgumentException if the plan's currency is not the one the money was read in
   * @throws NullPointerException if {@code plan} is null
   */
  public CooperationFramework into(CooperationFramework plan) {
    Objects.requireNonNull(plan, "plan");
    if (!plan.currency().equals(currency)) {
      throw new IllegalArgumentException(
          "IatiImport.into: the entries' money is in "
              + currency
              + ", but the plan's currency was '"
              + plan.currency()
              + "' (read with IatiReader.builder().currency(\""
              + plan.currency()
              + "\"))");
    }
    Set<String> outputs = new HashSet<>();
    for (PriorityArea area : plan.priorityAreas()) {
      for (Outcome outcome : area.outcomes()) {
        for (Output output : outcome.outputs()) {
          outputs.add(output.code());
        }
      }
    }
    List<SubOutput> linked = new ArrayList<>(entries.size());
    for (SubOutput e : entries) {
      linked.add(outputs.contains(e.outputCode()) ? e : e.withOutputCode(UNLINKED));
    }
    YearRange period = period(plan.period());
    JointWorkPlan jwp = jwp(period, linked);
    return CooperationFramework.builder().from(plan).addJointWorkPlan(jwp).build();
  }

  /**
   * Builds a plan of the import alone (design.md §20): {@value #PLAN_CODE} "Activities imported
   * from IATI", the given countries (else the recipient countries), the import's currency, a period
   * over the entries' dates and budget years, one priority area {@code IATI-SP}, outcome {@code
   * IATI-OC} and output {@code IATI-OU} ("Not linked to a plan output") that every entry serves,
   * and the joint work plan of {@link #into}.
   *
   * @param countries ISO 3166 alpha-3 codes; empty to use {@link #recipientCountries()}
   * @return the plan
   * @throws IllegalStateException if no country is given or named, or there is no entry to date the
   *     plan by
   * @throws NullPointerException if {@code countries} is null
   */
  public CooperationFramework toPlan(List<String> countries) {
    Objects.requireNonNull(countries, "countries");
    List<String> chosen = countries.isEmpty() ? this.countries : countries;
    if (chosen.isEmpty()) {
      throw new IllegalStateException(
          "IatiImport.toPlan: no activity names a recipient country; give the plan's countries");
    }
    if (entries.isEmpty()) {
      throw new IllegalStateException(
          "IatiImport.toPlan: no entry was imported, so the plan has no period");
    }
    List<SubOutput> served = new ArrayList<>(entries.size());
    for (SubOutput e : entries) {
      served.add(e.withOutputCode("IATI-OU"));
    }
    YearRange period = period(null);
    Output output = Output.builder().code("IATI-OU").title(UNLINKED_TITLE).build();
    Outcome outcome =
        Outcome.builder().code("IATI-OC").title(UNLINKED_TITLE).addOutput(output).build();
    PriorityArea area =
        PriorityArea.builder().code("IATI-SP").title(UNLINKED_TITLE).addOutcome(outcome).build();
    return CooperationFramework.builder()
        .code(PLAN_CODE)
        .title(JWP_TITLE)
        .countries(chosen)
        .period(widen(period, served))
        .currency(currency)
        .addPriorityArea(area)
        .addJointWorkPlan(jwp(period, served))
        .build();
  }

  private YearRange period(YearRange fallback) {
    if (entries.isEmpty()) {
      return fallback;
    }
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (SubOutput e : entries) {
      first = Math.min(first, e.start().getYear());
      last = Math.max(last, e.end().getYear());
    }
    return YearRange.of(first, last);
  }

  private static YearRange widen(YearRange period, List<SubOutput> entries) {
    int first = period.start().getValue();
    int last = period.end().getValue();
    for (SubOutput e : entries) {
      for (FundingLine f : e.funding()) {
        first = Math.min(first, f.year().getValue());
        last = Math.max(last, f.year().getValue());
      }
    }
    return YearRange.of(Year.of(first), Year.of(last));
  }

  private static JointWorkPlan jwp(YearRange period, List<SubOutput> entries) {
    return JointWorkPlan.builder()
        .code("IATI-" + period.start() + "-" + period.end())
        .title(JWP_TITLE)
        .period(period)
        .status(JwpStatus.DRAFT)
        .version(1)
        .entries(entries)
        .build();
  }
}
