package org.unsdcf.iati;

import org.unsdcf.core.validation.Severity;

/**
 * What an {@link IatiProblem} says about an activity file: a value the importer changed, left out
 * or could not map. Each code has the severity it is reported with.
 *
 * <p>The constant names are public API, like the validator's rule codes.
 */
public enum IatiProblemCode {
  /** An activity without an {@code iati-identifier}: its entry code is {@code ACTIVITY-<n>}. */
  NO_IDENTIFIER(Severity.ERROR),
  /** The identifier is not a Code: the entry code was derived from it. */
  CODE_DERIVED(Severity.INFO),
  /** An activity without a title: its code stands in. */
  NO_TITLE(Severity.WARNING),
  /** A text was changed to fit the model (control characters replaced, cut to the limit). */
  TEXT_CHANGED(Severity.INFO),
  /** An element holds narratives in several languages: one is kept. */
  OTHER_LANGUAGES(Severity.INFO),
  /** An {@code xml:lang} that is not lower case, as D-Portal writes it. */
  LANGUAGE_CASE(Severity.INFO),
  /** Attributes from another namespace (D-Portal's {@code dstore:*}): not imported. */
  FOREIGN_ATTRIBUTE(Severity.INFO),
  /** An element or attribute the importer does not map: not imported. */
  NOT_IMPORTED(Severity.INFO),
  /** An activity that other activities of the file name as their parent: not an entry. */
  PARENT_ACTIVITY(Severity.INFO),
  /** A code from an IATI codelist the importer does not know. */
  UNKNOWN_CODE(Severity.WARNING),
  /** A required value is missing; a default was used or the element left out. */
  MISSING(Severity.WARNING),
  /** A date that is not an ISO date or is outside 1945–2100: left out. */
  BAD_DATE(Severity.WARNING),
  /** An activity without usable start and end dates, or with the end before the start. */
  NO_DATES(Severity.ERROR),
  /** The indicator has no or an unknown {@code measure}: guessed from its values. */
  MEASURE_GUESSED(Severity.WARNING),
  /** A value that is not a number (or out of the model's range) for a numeric measure. */
  NOT_A_NUMBER(Severity.WARNING),
  /** A period that repeats an earlier one of the same indicator. */
  DUPLICATE_PERIOD(Severity.WARNING),
  /** A repeated item of a set (a partner, a tag): kept once. */
  DUPLICATE_ITEM(Severity.INFO),
  /** An SDG target or indicator code that does not have the SDG form: left out. */
  NOT_AN_SDG_CODE(Severity.WARNING),
  /** A participating organisation that names no catalogued UN entity: a code was derived. */
  AGENCY_DERIVED(Severity.WARNING),
  /** A money value in another currency than the plan's: not converted, left out. */
  FOREIGN_CURRENCY(Severity.ERROR),
  /** A money value that is not a non-negative amount the model can hold: left out. */
  BAD_AMOUNT(Severity.ERROR),
  /** An original budget left out because a revised budget covers the same year. */
  BUDGET_REVISED(Severity.INFO),
  /** A budget whose period spans several years: counted in the year it starts. */
  BUDGET_SPANS_YEARS(Severity.WARNING),
  /** A transaction type the importer does not map (only 11, 1 and 4 are): left out. */
  TRANSACTION_NOT_IMPORTED(Severity.INFO),
  /** Incoming funds (type 1) left out because incoming commitments (type 11) cover the year. */
  INCOMING_FUNDS_SUPERSEDED(Severity.INFO),
  /** No activity names a recipient country: a plan of the import needs one given. */
  NO_COUNTRY(Severity.ERROR),
  /** An activity's values could not form a valid entry: not imported. */
  INVALID_ENTRY(Severity.ERROR),
  /** More problems than the importer records: the rest were counted, not listed. */
  TOO_MANY_PROBLEMS(Severity.WARNING);

  private final Severity severity;

  IatiProblemCode(Severity severity) {
    this.severity = severity;
  }

  /**
   * Gets the severity problems with this code are reported with.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }
}
