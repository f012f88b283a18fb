package org.unsdcf.core.validation;

/** The family of a validation rule, given by its code's prefix. */
public enum RuleCategory {
  /** {@code STR}: codes, references and the results hierarchy. */
  STRUCTURE,
  /** {@code GOV}: co-chairs, decisions and endorsements. */
  GOVERNANCE,
  /** {@code DAT}: periods and dates. */
  DATES,
  /** {@code STA}, {@code JWP}: implementation and JWP status. */
  STATUS,
  /** {@code TAG}: the mandatory tags and markers of sub-outputs. */
  COMPLETENESS,
  /** {@code SDG}, {@code ALN}: SDG and GCM alignment. */
  ALIGNMENT,
  /** {@code IND}: baselines, targets and measurements. */
  INDICATORS,
  /** {@code DIS}: disaggregated measurements. */
  DISAGGREGATION,
  /** {@code FIN}: funding lines and money. */
  FINANCE;

  /**
   * Gets the category of a rule code, given by its prefix.
   *
   * @param code a rule code such as {@code IND-004}
   * @return the category
   * @throws AssertionError if the prefix is not a catalogue prefix (a bug in the catalogue)
   */
  static RuleCategory ofCode(String code) {
    switch (code.substring(0, 3)) {
      case "STR":
        return STRUCTURE;
      case "GOV":
        return GOVERNANCE;
      case "DAT":
        return DATES;
      case "STA":
      case "JWP":
        return STATUS;
      case "TAG":
        return COMPLETENESS;
      case "SDG":
      case "ALN":
        return ALIGNMENT;
      case "IND":
        return INDICATORS;
      case "DIS":
        return DISAGGREGATION;
      case "FIN":
        return FINANCE;
      default:
        throw new AssertionError("unsdcf bug: no category for rule code " + code);
    }
  }
}
