package org.unsdcf.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class UnitFactorsTest {

  /**
   * Each unit's size in the coherent SI unit of its dimension: an oracle independent of Indriya.
   */
  private static final Map<IndicatorUnit, BigDecimal> SIZE = sizes();

  private static final BigDecimal ONE_ULP_OF_DECIMAL128 = new BigDecimal("1E-33");

  private static Map<IndicatorUnit, BigDecimal> sizes() {
    Map<IndicatorUnit, BigDecimal> m = new EnumMap<>(IndicatorUnit.class);
    m.put(IndicatorUnit.COUNT, new BigDecimal("1"));
    m.put(IndicatorUnit.PERCENT, new BigDecimal("0.01"));
    m.put(IndicatorUnit.PER_MILLE, new BigDecimal("0.001"));
    m.put(IndicatorUnit.PER_THOUSAND, new BigDecimal("0.001"));
    m.put(IndicatorUnit.PER_HUNDRED_THOUSAND, new BigDecimal("0.00001"));
    m.put(IndicatorUnit.SCORE, new BigDecimal("1"));
    m.put(IndicatorUnit.METRE, new BigDecimal("1"));
    m.put(IndicatorUnit.KILOMETRE, new BigDecimal("1000"));
    m.put(IndicatorUnit.SQUARE_METRE, new BigDecimal("1"));
    m.put(IndicatorUnit.HECTARE, new BigDecimal("10000"));
    m.put(IndicatorUnit.SQUARE_KILOMETRE, new BigDecimal("1000000"));
    m.put(IndicatorUnit.CUBIC_METRE, new BigDecimal("1"));
    m.put(IndicatorUnit.KILOGRAM, new BigDecimal("1"));
    m.put(IndicatorUnit.TONNE, new BigDecimal("1000"));
    m.put(IndicatorUnit.TONNE_CO2E, new BigDecimal("1000"));
    m.put(IndicatorUnit.HOUR, new BigDecimal("3600"));
    m.put(IndicatorUnit.DAY, new BigDecimal("86400"));
    m.put(IndicatorUnit.YEAR, new BigDecimal("31556952")); // 365.2425 d
    m.put(IndicatorUnit.KILOWATT_HOUR, new BigDecimal("3600000"));
    m.put(IndicatorUnit.GIGAWATT_HOUR, new BigDecimal("3600000000000"));
    m.put(IndicatorUnit.MEGAWATT, new BigDecimal("1000000"));
    return m;
  }

  static Stream<Arguments> sameKindPairs() {
    return pairs(true);
  }

  static Stream<Arguments> differentKindPairs() {
    return pairs(false);
  }

  private static Stream<Arguments> pairs(boolean sameKind) {
    return Stream.of(IndicatorUnit.values())
        .flatMap(
            from ->
                Stream.of(IndicatorUnit.values())
                    .filter(to -> (from.kind() == to.kind()) == sameKind)
                    .map(to -> Arguments.of(from, to)));
  }

  @ParameterizedTest(name = "{0} -> {1} = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "KILOMETRE            | METRE                | 1000",
        "METRE                | KILOMETRE            | 0.001",
        "HECTARE              | SQUARE_METRE         | 10000",
        "SQUARE_KILOMETRE     | HECTARE              | 100",
        "SQUARE_METRE         | SQUARE_KILOMETRE     | 0.000001",
        "HECTARE              | SQUARE_KILOMETRE     | 0.01",
        "TONNE                | KILOGRAM             | 1000",
        "KILOGRAM             | TONNE                | 0.001",
        "DAY                  | HOUR                 | 24",
        "YEAR                 | DAY                  | 365.2425",
        "YEAR                 | HOUR                 | 8765.82",
        "GIGAWATT_HOUR        | KILOWATT_HOUR        | 1000000",
        "KILOWATT_HOUR        | GIGAWATT_HOUR        | 0.000001",
        "PERCENT              | PER_MILLE            | 10",
        "PER_MILLE            | PERCENT              | 0.1",
        "PER_MILLE            | PER_THOUSAND         | 1",
        "PER_THOUSAND         | PER_MILLE            | 1",
        "PER_HUNDRED_THOUSAND | PERCENT              | 0.001",
        "PERCENT              | PER_HUNDRED_THOUSAND | 1000",
        "COUNT                | COUNT                | 1",
        "SCORE                | SCORE                | 1",
        "CUBIC_METRE          | CUBIC_METRE          | 1",
        "TONNE_CO2E           | TONNE_CO2E           | 1",
        "MEGAWATT             | MEGAWATT             | 1",
      })
  void should_give_the_exact_factor(IndicatorUnit from, IndicatorUnit to, String factor) {
    assertThat(from.factorTo(to)).isEqualTo(new BigDecimal(factor));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("sameKindPairs")
  void should_give_every_terminating_factor_exactly_and_round_the_others_to_decimal128(
      IndicatorUnit from, IndicatorUnit to) {
    BigDecimal ratio = SIZE.get(from);
    BigDecimal size = SIZE.get(to);
    BigDecimal expected;
    try {
      expected = ratio.divide(size);
    } catch (ArithmeticException nonTerminating) {
      expected = ratio.divide(size, MathContext.DECIMAL128);
    }

    assertThat(from.factorTo(to)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("sameKindPairs")
  void should_give_factors_whose_product_with_the_inverse_is_one_within_decimal128(
      IndicatorUnit from, IndicatorUnit to) {
    BigDecimal product = from.factorTo(to).multiply(to.factorTo(from));

    assertThat(product.subtract(BigDecimal.ONE).abs()).isLessThanOrEqualTo(ONE_ULP_OF_DECIMAL128);
  }

  @Test
  void should_round_a_non_terminating_factor_to_34_digits() {
    BigDecimal factor = IndicatorUnit.HOUR.factorTo(IndicatorUnit.YEAR);

    assertThat(factor.precision()).isEqualTo(34);
    assertThat(factor).isEqualTo(new BigDecimal("0.0001140794586245211514724235724666945"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("differentKindPairs")
  void should_refuse_to_convert_between_kinds(IndicatorUnit from, IndicatorUnit to) {
    assertThatThrownBy(() -> from.factorTo(to))
        .isInstanceOfSatisfying(
            UnitMismatchException.class,
            e -> {
              assertThat(e.expected()).isSameAs(to);
              assertThat(e.actual()).isSameAs(from);
            })
        .hasMessageContaining("'" + from.symbol() + "'")
        .hasMessageContaining("'" + to.symbol() + "'");
  }

  @Test
  void should_keep_tonnes_of_co2_equivalent_apart_from_tonnes() {
    assertThatThrownBy(() -> IndicatorUnit.TONNE.factorTo(IndicatorUnit.TONNE_CO2E))
        .isInstanceOf(UnitMismatchException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected unit 'tCO2e' (EMISSIONS), but was 't' (MASS)");
  }

  @Test
  void should_keep_counts_apart_from_scores_though_both_are_indriya_one() {
    assertThatThrownBy(() -> IndicatorUnit.COUNT.factorTo(IndicatorUnit.SCORE))
        .isInstanceOf(UnitMismatchException.class);
  }

  @Test
  void should_convert_one_and_a_half_kilometres_to_1500_metres_exactly() {
    BigDecimal metres = IndicatorUnit.KILOMETRE.convert(new BigDecimal("1.5"), IndicatorUnit.METRE);

    assertThat(metres).isEqualByComparingTo("1500");
  }

  @Test
  void should_convert_with_one_division_so_a_round_trip_through_years_is_exact() {
    BigDecimal years = IndicatorUnit.HOUR.convert(new BigDecimal("8765.82"), IndicatorUnit.YEAR);

    assertThat(years).isEqualByComparingTo("1");
  }

  @Test
  void should_convert_percent_to_per_hundred_thousand() {
    assertThat(
            IndicatorUnit.PERCENT.convert(
                new BigDecimal("12.5"), IndicatorUnit.PER_HUNDRED_THOUSAND))
        .isEqualByComparingTo("12500");
  }

  @Test
  void should_round_a_non_terminating_conversion_to_decimal128() {
    BigDecimal days = IndicatorUnit.HOUR.convert(BigDecimal.ONE, IndicatorUnit.DAY);

    assertThat(days).isEqualTo(new BigDecimal("0.04166666666666666666666666666666667"));
  }

  @Test
  void should_refuse_to_convert_a_value_between_kinds() {
    assertThatThrownBy(() -> IndicatorUnit.TONNE.convert(BigDecimal.ONE, IndicatorUnit.TONNE_CO2E))
        .isInstanceOfSatisfying(
            UnitMismatchException.class,
            e -> {
              assertThat(e.expected()).isSameAs(IndicatorUnit.TONNE_CO2E);
              assertThat(e.actual()).isSameAs(IndicatorUnit.TONNE);
            });
  }

  @Test
  void should_name_null_arguments() {
    assertThatThrownBy(() -> IndicatorUnit.METRE.factorTo(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("other");
    assertThatThrownBy(() -> IndicatorUnit.METRE.convert(null, IndicatorUnit.KILOMETRE))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
    assertThatThrownBy(() -> IndicatorUnit.METRE.convert(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("to");
    assertThatThrownBy(() -> new UnitMismatchException(null, IndicatorUnit.METRE))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("expected");
    assertThatThrownBy(() -> new UnitMismatchException(IndicatorUnit.METRE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("actual");
  }
}
