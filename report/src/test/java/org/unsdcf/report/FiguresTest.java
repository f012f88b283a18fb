package org.unsdcf.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FiguresTest {
  @Test
  void should_group_thousands_of_exact_amounts() {
    assertThat(Figures.money(new BigDecimal("0"))).isEqualTo("0");
    assertThat(Figures.money(new BigDecimal("999"))).isEqualTo("999");
    assertThat(Figures.money(new BigDecimal("1000"))).isEqualTo("1,000");
    assertThat(Figures.money(new BigDecimal("120000.00"))).isEqualTo("120,000");
    assertThat(Figures.money(new BigDecimal("1250000.5"))).isEqualTo("1,250,000.5");
    assertThat(Figures.money(new BigDecimal("1E+7"))).isEqualTo("10,000,000");
    assertThat(Figures.money(new BigDecimal("-1234.0001"))).isEqualTo("-1,234.0001");
  }

  @Test
  void should_write_coordinates_with_one_decimal_at_most() {
    assertThat(Figures.coordinate(0)).isEqualTo("0");
    assertThat(Figures.coordinate(12.34)).isEqualTo("12.3");
    assertThat(Figures.coordinate(12.96)).isEqualTo("13");
    assertThat(Figures.coordinate(-0.04)).isEqualTo("0");
    assertThat(Figures.coordinate(-3.25)).isEqualTo("-3.2");
  }

  @Test
  void should_round_ratios_and_percentages_half_even() {
    assertThat(Figures.ratio(new BigDecimal("0.66665"))).isEqualTo("0.6666");
    assertThat(Figures.ratio(Optional.empty())).isEqualTo("-");
    assertThat(Figures.percent(Optional.of(new BigDecimal("0.625")))).isEqualTo("62%");
    assertThat(Figures.percent(Optional.of(new BigDecimal("-1.2225")))).isEqualTo("-122%");
    assertThat(Figures.plain(new BigDecimal("2.500"))).isEqualTo("2.5");
    assertThat(Figures.plain(new BigDecimal("0.000"))).isEqualTo("0");
  }

  @Test
  void should_shorten_text_by_code_points() {
    assertThat(Text.shorten("abc", 3)).isEqualTo("abc");
    assertThat(Text.shorten("abcd", 3)).isEqualTo("ab\u2026");
    assertThat(Text.shorten("a\uD83D\uDE00\uD83D\uDE00b", 3)).isEqualTo("a\uD83D\uDE00\u2026");
  }
}
