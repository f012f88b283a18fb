package org.unsdcf.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class UnitCatalogueTest {

  @ParameterizedTest
  @EnumSource(IndicatorUnit.class)
  void should_find_every_unit_by_its_own_symbol(IndicatorUnit unit) {
    assertThat(UnitCatalogue.lookup(unit.symbol())).containsSame(unit);
  }

  @Test
  void should_list_all_21_units_in_declaration_order() {
    assertThat(UnitCatalogue.units()).containsExactly(IndicatorUnit.values()).hasSize(21);
  }

  @Test
  void should_not_let_the_unit_list_be_modified() {
    assertThatThrownBy(() -> UnitCatalogue.units().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_look_up_the_table_symbols_of_design_section_9() {
    assertThat(UnitCatalogue.lookup("1")).contains(IndicatorUnit.COUNT);
    assertThat(UnitCatalogue.lookup("%")).contains(IndicatorUnit.PERCENT);
    assertThat(UnitCatalogue.lookup("\u2030")).contains(IndicatorUnit.PER_MILLE);
    assertThat(UnitCatalogue.lookup("per 1000")).contains(IndicatorUnit.PER_THOUSAND);
    assertThat(UnitCatalogue.lookup("per 100000")).contains(IndicatorUnit.PER_HUNDRED_THOUSAND);
    assertThat(UnitCatalogue.lookup("km2")).contains(IndicatorUnit.SQUARE_KILOMETRE);
    assertThat(UnitCatalogue.lookup("tCO2e")).contains(IndicatorUnit.TONNE_CO2E);
    assertThat(UnitCatalogue.lookup("year")).contains(IndicatorUnit.YEAR);
    assertThat(UnitCatalogue.lookup("GWh")).contains(IndicatorUnit.GIGAWATT_HOUR);
  }

  static Stream<String> unknownSymbols() {
    return Stream.of(
        "",
        " ",
        "M",
        "KM",
        " km",
        "km ",
        "Km",
        "kilometre",
        "furlong",
        "one",
        "m/s/s",
        "m^2",
        "m\u00b2",
        "per mille",
        "per 1,000",
        "per  1000",
        "%%",
        "TCO2E",
        "m^2147483647",
        "m^99999999999",
        "x".repeat(10_000),
        "\u0000",
        "\ud800");
  }

  @ParameterizedTest
  @MethodSource("unknownSymbols")
  void should_give_empty_for_a_symbol_not_in_the_catalogue(String symbol) {
    assertThat(UnitCatalogue.lookup(symbol)).isEmpty();
  }

  @Test
  void should_name_the_argument_when_the_symbol_is_null() {
    assertThatThrownBy(() -> UnitCatalogue.lookup(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("symbol");
  }
}
