package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonFormToStringTest {
  @Test
  void should_quote_small_values_as_compact_json() {
    assertThat(Tag.of(Tag.GCM_OBJECTIVE, "3"))
        .hasToString("{\"vocabulary\":\"GCM_OBJECTIVE\",\"code\":\"3\"}");
    assertThat(PartnerRef.of("Say \"hi\"\\")).hasToString("{\"name\":\"Say \\\"hi\\\"\\\\\"}");
    assertThat(
            Location.builder()
                .level(LocationLevel.NATIONAL)
                .code("KGZ")
                .name("Kyrgyz Republic")
                .build())
        .hasToString("{\"level\":\"NATIONAL\",\"code\":\"KGZ\",\"name\":\"Kyrgyz Republic\"}");
  }

  @Test
  void should_name_a_duplicate_partner_in_its_json_form() {
    assertThatThrownBy(
            () ->
                Fixtures.subOutput()
                    .contributingPartners(
                        java.util.List.of(PartnerRef.of("USAID"), PartnerRef.of("USAID")))
                    .build())
        .isInstanceOfSatisfying(
            InvariantViolationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("contributingPartners/1");
              assertThat(e.value()).isEqualTo("{\"name\":\"USAID\"}");
            });
  }

  @Test
  void should_copy_a_year_range_with_one_year_changed() {
    YearRange period = YearRange.of(2023, 2027);
    assertThat(period.withEnd(java.time.Year.of(2028))).isEqualTo(YearRange.of(2023, 2028));
    assertThatThrownBy(() -> period.withEnd(java.time.Year.of(2022)))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("YearRange.end: must not be before start 2023, but was '2022'");
  }
}
