package org.unsdcf.core.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unsdcf.core.model.InvariantViolationException;

class UnEntityCatalogueTest {
  final UnEntityCatalogue un = UnEntityCatalogue.bundled();

  @Test
  void should_bundle_the_shared_entity_list_byte_for_byte()
      throws IOException, NoSuchAlgorithmException {
    // A changed byte must be a deliberate update of the catalogue, made together with this hash.
    byte[] bytes;
    try (InputStream in = UnEntityCatalogue.class.getResourceAsStream("un-entities.csv")) {
      assertThat(in).isNotNull();
      bytes = in.readAllBytes();
    }

    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
        .isEqualTo("a583a0a81505c5df5d5fe309559d6c1f1795250a57793ed26d3766c4407f112c");
  }

  @Test
  void should_hold_the_74_entities_in_file_order_with_53_iati_identifiers() {
    assertThat(un.all()).hasSize(74);
    assertThat(un.all().get(0).code()).isEqualTo("BINUH");
    assertThat(un.all()).filteredOn(e -> e.iatiOrgId().isPresent()).hasSize(53);
    assertThat(un.all()).extracting(UnEntity::code).doesNotHaveDuplicates();
    assertThat(UnEntityCatalogue.bundled()).isSameAs(un);
  }

  @ParameterizedTest
  @CsvSource({
    "UNDP,       UNDP,       United Nations Development Programme, XM-DAC-41114",
    "UN-Women,   UN Women,   United Nations Entity for Gender Equality and the Empowerment of Women,"
        + " XM-DAC-41146",
    "WHO,        WHO,        World Health Organization, XM-DAC-928",
    "UNCTAD,     UNCTAD,     United Nations Conference on Trade and Development, XM-DAC-962",
    "UN-HABITAT, UN-HABITAT, United Nations Human Settlements Programme, XM-DAC-41120",
  })
  void should_find_an_entity_by_its_code(
      String code, String abbreviation, String name, String iatiOrgId) {
    assertThat(un.byCode(code))
        .contains(new UnEntity(code, abbreviation, name, Optional.of(iatiOrgId)));
  }

  @Test
  void should_give_no_identifier_where_the_entity_has_no_channel_code() {
    assertThat(un.byCode("BINUH").orElseThrow().iatiOrgId()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"undp", "UN Women", "UN-WOMEN", "", "UNICEF,", " UNDP", "UNDPP"})
  void should_match_codes_exactly(String code) {
    assertThat(un.byCode(code).map(UnEntity::code)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "UN Women, UN-Women",
    "un women, UN-Women",
    "UN ESCAP, UN-ESCAP",
    "unicef, UNICEF",
    "United Nations Children's Fund, UNICEF",
    "UNITED NATIONS DEVELOPMENT PROGRAMME, UNDP",
    "UN-HABITAT, UN-HABITAT",
  })
  void should_find_an_entity_by_abbreviation_or_name_ignoring_case(String label, String code) {
    assertThat(un.byAbbreviation(label).map(UnEntity::code)).contains(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UNICEF,", "UN-Women", " UN Women", "", "The World Bank", "WTO-ITC"})
  void should_not_find_pseudo_agencies_codes_or_untrimmed_labels_by_abbreviation(String label) {
    assertThat(un.byAbbreviation(label).map(UnEntity::code)).isEmpty();
  }

  @Test
  void should_reject_null_look_ups_naming_the_argument() {
    assertThatThrownBy(() -> un.byCode(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("code");
    assertThatThrownBy(() -> un.byAbbreviation(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("abbreviationOrName");
  }

  @Test
  void should_check_an_entity_when_built() {
    assertThatThrownBy(() -> new UnEntity("UN Women", "UN Women", "n", Optional.empty()))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessageStartingWith("UnEntity.code: ");
    assertThatThrownBy(() -> new UnEntity("UNDP", " ", "n", Optional.empty()))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessageStartingWith("UnEntity.abbreviation: must not be blank");
    assertThatThrownBy(() -> new UnEntity("UNDP", "UNDP", "n", Optional.of("XM DAC")))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessageStartingWith("UnEntity.iatiOrgId: ");
    assertThatThrownBy(() -> new UnEntity("UNDP", "UNDP", null, Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
  }
}
