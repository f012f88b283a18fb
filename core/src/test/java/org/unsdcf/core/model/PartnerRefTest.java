package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import org.junit.jupiter.api.Test;

class PartnerRefTest {
  @Test
  void should_build_from_a_name_verbatim() {
    PartnerRef core = PartnerRef.of("Core/Regular Resources");

    assertThat(core.name()).isEqualTo("Core/Regular Resources");
    assertThat(core.iatiOrgId()).isEmpty();
  }

  @Test
  void should_keep_an_iati_organisation_identifier() {
    assertThat(PartnerRef.builder().name("USAID").iatiOrgId("US-GOV-1").build().iatiOrgId())
        .contains("US-GOV-1");
  }

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> PartnerRef.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> PartnerRef.builder().iatiOrgId("US-GOV-1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
  }

  @Test
  void should_compare_structurally_and_check_copies() {
    PartnerRef usaid = PartnerRef.of("USAID");

    assertThat(PartnerRef.of("USAID")).isEqualTo(usaid).hasSameHashCodeAs(usaid);
    assertThat(usaid.withIatiOrgId("US-GOV-1")).isNotEqualTo(usaid);
    assertThat(PartnerRef.of("usaid")).isNotEqualTo(usaid);
    assertThat(usaid.toString()).contains("USAID");
    assertViolation(() -> usaid.withName(""), "PartnerRef", "name", "", "must not be blank");
  }
}
