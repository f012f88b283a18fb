package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndorsementTest {
  final Endorsement endorsement =
      Endorsement.builder()
          .date(LocalDate.of(2023, 3, 1))
          .body("Joint Strategic Coordination Committee")
          .reference(URI.create(UriRulesTest.KYRGYZ_JWPS))
          .build();

  @Test
  void should_build_from_a_date_alone() {
    Endorsement e = Endorsement.of(LocalDate.of(2023, 3, 1));

    assertThat(e.date()).isEqualTo(LocalDate.of(2023, 3, 1));
    assertThat(e.body()).isEmpty();
    assertThat(e.reference()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1944-12-31", "2101-01-01", "0001-01-01"})
  void should_reject_a_date_outside_the_model(String date) {
    assertViolation(
        () -> Endorsement.of(LocalDate.parse(date)),
        "Endorsement",
        "date",
        date,
        "must be a date from 1945-01-01 to 2100-12-31");
  }

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> Endorsement.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
    assertThatThrownBy(() -> Endorsement.builder().reference((URI) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reference");
    assertThatThrownBy(() -> Endorsement.builder().body("JSCC").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("date");
  }

  @Test
  void should_compare_structurally_and_check_copies() {
    Endorsement same =
        Endorsement.builder()
            .date(LocalDate.of(2023, 3, 1))
            .body("Joint Strategic Coordination Committee")
            .reference(URI.create(UriRulesTest.KYRGYZ_JWPS))
            .build();

    assertThat(same).isEqualTo(endorsement).hasSameHashCodeAs(endorsement);
    assertThat(endorsement.withBody("Steering Committee")).isNotEqualTo(endorsement);
    assertThat(endorsement.toString()).contains("2023-03-01");
    assertViolation(
        () -> endorsement.withReference(URI.create("http://u@x.org")),
        "Endorsement",
        "reference",
        "http://u@x.org",
        "must not contain user information");
  }
}
