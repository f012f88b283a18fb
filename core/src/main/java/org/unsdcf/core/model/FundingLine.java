package org.unsdcf.core.model;

import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;

/**
 * The money of one agency for one year of a sub-output: required, available and, once spent,
 * expenditure.
 *
 * <pre>{@code
 * FundingLine line = FundingLine.builder()
 *     .year(2023).agency("IOM").contributingPartner(PartnerRef.of("USAID"))
 *     .required(Money.of(120000, "USD"))
 *     .available(Money.of(80000, "USD"))
 *     .expenditure(Money.of(60000, "USD"))
 *     .build();
 * }</pre>
 *
 * <p>Currencies are not compared when built: the validator reports each Money whose currency
 * differs from the framework's (FIN-006). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FundingLine implements WithFundingLine {
  FundingLine() {}

  /**
   * Gets the year.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * Gets the code of the UN agency the money is for.
   *
   * @return a Code
   */
  public abstract String agency();

  /**
   * Gets the partner contributing the money, if any.
   *
   * @return the partner
   */
  public abstract Optional<PartnerRef> contributingPartner();

  /**
   * Gets the money required.
   *
   * @return the required money
   */
  public abstract Money required();

  /**
   * Gets the money available.
   *
   * @return the available money
   */
  public abstract Money available();

  /**
   * Gets the money spent, if reported.
   *
   * @return the expenditure
   */
  public abstract Optional<Money> expenditure();

  /**
   * Obtains a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.year("FundingLine", "year", year());
    Checks.code("FundingLine", "agency", agency());
  }

  /** Builds a {@link FundingLine}. */
  public static final class Builder extends ImmutableFundingLine.Builder {
    Builder() {}

    /**
     * Sets the year from a number.
     *
     * @param year the year
     * @return this builder
     */
    public Builder year(int year) {
      return year(Year.of(year));
    }
  }
}
