package org.unsdcf.testkit.gen;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.YearRange;

/**
 * Generates {@link FundingLine}s and {@link PartnerRef}s: money from 0 to the largest amount, with
 * and without a contributing partner and expenditure.
 *
 * <p>Not thread-safe; deterministic per seed and size.
 */
public final class FundingLineGenerator implements Generator<FundingLine> {
  private static final List<String> PARTNERS =
      List.of(
          "USAID",
          "Core/Regular Resources",
          "Resource Center for the Elderly",
          "European Union",
          "Government of the Kyrgyz Republic");

  private final Kit kit;

  /**
   * Obtains a generator.
   *
   * @param random the source of randomness, e.g. {@code new SplittableRandom(seed)}
   * @param size how large values get, at least 1
   * @throws IllegalArgumentException if size is below 1
   */
  public FundingLineGenerator(RandomGenerator random, int size) {
    this(new Kit(random, size));
  }

  FundingLineGenerator(Kit kit) {
    this.kit = kit;
  }

  @Override
  public FundingLine next() {
    Draw draw = kit.draw;
    return next(draw.within(draw.frameworkPeriod()), kit.entities(1), "USD");
  }

  /**
   * Generates a funding line of a sub-output.
   *
   * @param years the JWP period the year falls in
   * @param agencies the sub-output's agencies, one of which funds the line; not empty
   * @param currency the ISO 4217 code of every amount
   * @return a funding line
   * @throws IllegalArgumentException if agencies is empty
   */
  public FundingLine next(YearRange years, List<String> agencies, String currency) {
    Objects.requireNonNull(years, "years");
    Objects.requireNonNull(currency, "currency");
    if (agencies.isEmpty()) {
      throw new IllegalArgumentException("agencies must not be empty");
    }
    Draw draw = kit.draw;
    return FundingLine.builder()
        .year(draw.year(years))
        .agency(draw.pick(agencies))
        .contributingPartner(draw.maybe(this::partner))
        .required(kit.values.money(currency))
        .available(kit.values.money(currency))
        .expenditure(draw.maybe(() -> kit.values.money(currency)))
        .build();
  }

  /**
   * Generates a partner: a known name or a hostile one, with or without an IATI organisation id.
   *
   * @return a partner
   */
  public PartnerRef partner() {
    Draw draw = kit.draw;
    return PartnerRef.builder()
        .name(draw.coin() ? draw.pick(PARTNERS) : kit.text.name())
        .iatiOrgId(draw.maybe(() -> "XM-DAC-" + draw.between(1, 99_999)))
        .build();
  }
}
