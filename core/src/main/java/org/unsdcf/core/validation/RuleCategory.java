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
  FINANCE
}
