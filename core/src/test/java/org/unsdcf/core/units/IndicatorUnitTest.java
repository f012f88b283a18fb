package org.unsdcf.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import javax.measure.MetricPrefix;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.function.RationalNumber;
import tech.units.indriya.unit.Units;

class IndicatorUnitTest {

  @Test
  void should_map_each_unit_to_the_indriya_unit_of_the_table() {
    assertThat(IndicatorUnit.COUNT.unit()).isEqualTo(AbstractUnit.ONE);
    assertThat(IndicatorUnit.SCORE.unit()).isEqualTo(AbstractUnit.ONE);
    assertThat(IndicatorUnit.PERCENT.unit()).isEqualTo(Units.PERCENT);
    assertThat(IndicatorUnit.PER_MILLE.unit()).isEqualTo(AbstractUnit.ONE.divide(1000));
    assertThat(IndicatorUnit.PER_THOUSAND.unit()).isEqualTo(AbstractUnit.ONE.divide(1000));
    assertThat(IndicatorUnit.PER_HUNDRED_THOUSAND.unit())
        .isEqualTo(AbstractUnit.ONE.divide(100000));
    assertThat(IndicatorUnit.METRE.unit()).isEqualTo(Units.METRE);
    assertThat(IndicatorUnit.KILOMETRE.unit()).isEqualTo(MetricPrefix.KILO(Units.METRE));
    assertThat(IndicatorUnit.SQUARE_METRE.unit()).isEqualTo(Units.SQUARE_METRE);
    assertThat(IndicatorUnit.HECTARE.unit()).isEqualTo(Units.SQUARE_METRE.multiply(10000));
    assertThat(IndicatorUnit.SQUARE_KILOMETRE.unit())
        .isEqualTo(Units.SQUARE_METRE.multiply(1000000));
    assertThat(IndicatorUnit.CUBIC_METRE.unit()).isEqualTo(Units.CUBIC_METRE);
    assertThat(IndicatorUnit.KILOGRAM.unit()).isEqualTo(Units.KILOGRAM);
    assertThat(IndicatorUnit.TONNE.unit()).isEqualTo(Units.KILOGRAM.multiply(1000));
    assertThat(IndicatorUnit.TONNE_CO2E.unit()).isEqualTo(Units.KILOGRAM.multiply(1000));
    assertThat(IndicatorUnit.HOUR.unit()).isEqualTo(Units.HOUR);
    assertThat(IndicatorUnit.DAY.unit()).isEqualTo(Units.DAY);
    assertThat(IndicatorUnit.YEAR.unit()).isEqualTo(Units.YEAR);
    assertThat(IndicatorUnit.KILOWATT_HOUR.unit())
        .isEqualTo(MetricPrefix.KILO(Units.WATT).multiply(Units.HOUR));
    assertThat(IndicatorUnit.GIGAWATT_HOUR.unit())
        .isEqualTo(MetricPrefix.GIGA(Units.WATT).multiply(Units.HOUR));
    assertThat(IndicatorUnit.MEGAWATT.unit()).isEqualTo(MetricPrefix.MEGA(Units.WATT));
  }

  @ParameterizedTest
  @EnumSource(IndicatorUnit.class)
  void should_build_the_indriya_unit_once(IndicatorUnit unit) {
    assertThat(unit.unit()).isNotNull().isSameAs(unit.unit());
  }

  @Test
  void should_give_the_ratio_scale_k_of_each_ratio_unit() {
    assertThat(IndicatorUnit.PERCENT.ratioScale()).contains(new BigDecimal("100"));
    assertThat(IndicatorUnit.PER_MILLE.ratioScale()).contains(new BigDecimal("1000"));
    assertThat(IndicatorUnit.PER_THOUSAND.ratioScale()).contains(new BigDecimal("1000"));
    assertThat(IndicatorUnit.PER_HUNDRED_THOUSAND.ratioScale()).contains(new BigDecimal("100000"));
  }

  @ParameterizedTest
  @EnumSource(IndicatorUnit.class)
  void should_have_a_ratio_scale_exactly_for_ratio_units(IndicatorUnit unit) {
    assertThat(unit.ratioScale().isPresent()).isEqualTo(unit.kind() == UnitKind.RATIO);
  }

  @ParameterizedTest
  @EnumSource(
      value = IndicatorUnit.class,
      names = {"PERCENT", "PER_MILLE", "PER_THOUSAND", "PER_HUNDRED_THOUSAND"})
  void should_agree_with_indriya_on_the_ratio_scale(IndicatorUnit unit) {
    Number k = converterFromOne(unit.unit()).convert(RationalNumber.ONE);

    assertThat(unit.ratioScale().orElseThrow()).isEqualByComparingTo(k.toString());
  }

  @Test
  void should_make_a_quantity_in_its_own_unit() {
    Quantity<?> quantity = IndicatorUnit.KILOMETRE.quantity(new BigDecimal("1.5"));

    assertThat(quantity.getUnit()).isEqualTo(MetricPrefix.KILO(Units.METRE));
    assertThat(quantity.getValue()).isEqualTo(new BigDecimal("1.5"));
  }

  @Test
  void should_name_the_argument_when_the_quantity_value_is_null() {
    assertThatThrownBy(() -> IndicatorUnit.PERCENT.quantity(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
  }

  @ParameterizedTest
  @EnumSource(IndicatorUnit.class)
  void should_keep_symbol_meaning_and_kind(IndicatorUnit unit) {
    assertThat(unit.symbol()).isNotBlank();
    assertThat(unit.meaning()).isNotBlank();
    assertThat(unit.kind()).isNotNull();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static javax.measure.UnitConverter converterFromOne(Unit<?> unit) {
    return ((Unit) AbstractUnit.ONE).getConverterTo((Unit) unit);
  }
}
