package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import org.junit.jupiter.api.Test;

class LocationTest {
  @Test
  void should_build_from_level_and_name() {
    Location osh = Location.of(LocationLevel.SUBNATIONAL, "Osh Region");

    assertThat(osh.level()).isEqualTo(LocationLevel.SUBNATIONAL);
    assertThat(osh.name()).isEqualTo("Osh Region");
    assertThat(osh.code()).isEmpty();
  }

  @Test
  void should_keep_an_unchecked_p_code() {
    Location osh =
        Location.builder().level(LocationLevel.SUBNATIONAL).code("KG06").name("Osh").build();

    assertThat(osh.code()).contains("KG06");
  }

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> Location.of(null, "Osh"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("level");
    assertThatThrownBy(() -> Location.builder().name("Osh").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("level");
  }

  @Test
  void should_compare_structurally_and_check_copies() {
    Location kgz = Location.of(LocationLevel.NATIONAL, "Kyrgyz Republic");

    assertThat(Location.of(LocationLevel.NATIONAL, "Kyrgyz Republic"))
        .isEqualTo(kgz)
        .hasSameHashCodeAs(kgz);
    assertThat(kgz.withLevel(LocationLevel.REGIONAL)).isNotEqualTo(kgz);
    assertThat(kgz.toString()).contains("Kyrgyz Republic");
    assertViolation(() -> kgz.withCode("KG 06"), "Location", "code", "KG 06", CodeRulesTest.REASON);
  }
}
