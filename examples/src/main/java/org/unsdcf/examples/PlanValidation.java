package org.unsdcf.examples;

import java.time.LocalDate;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;

/**
 * The validation step of the examples: validates both frameworks as of 30 June 2025 (the day the
 * roll-up step uses) and prints each report as the command line does, then shows what the validator
 * says about the {@link EndorsementDateSlip}.
 */
public final class PlanValidation {
  /** The day both plans are validated for, as the roll-up step does. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private PlanValidation() {}

  /**
   * Validates a plan under the default strictness (DRAFT).
   *
   * @param plan the plan
   * @param asOf the day to validate for
   * @return the report
   */
  public static ValidationReport validate(CooperationFramework plan, LocalDate asOf) {
    return Validator.standard().validate(plan, ValidationOptions.of(asOf));
  }

  /**
   * Renders a report as {@code unsdcf validate} prints it: one line per finding, {@code <SEVERITY>
   * <code> <path> [<subject>] <message>}, then {@code <framework>: VALID|INVALID as of <asOf>,
   * strictness <S>, errors <e>, warnings <w>, info <i>}, each line ending in a line feed.
   *
   * @param report the report
   * @return the text
   */
  public static String render(ValidationReport report) {
    return report + "\n";
  }

  /**
   * Renders the whole step: both plans' reports at {@link #AS_OF}, then the endorsement slip.
   *
   * @param kyrgyzstan the Kyrgyz plan of {@link KyrgyzstanFramework#build()}
   * @param kazakhstan the Kazakh plan of {@link KazakhstanFramework#build()}
   * @return the text, lines ending in a line feed
   */
  public static String step(CooperationFramework kyrgyzstan, CooperationFramework kazakhstan) {
    return "Validation as of "
        + AS_OF
        + "\n"
        + render(validate(kyrgyzstan, AS_OF))
        + render(validate(kazakhstan, AS_OF))
        + "\n"
        + EndorsementDateSlip.render(kyrgyzstan);
  }
}
