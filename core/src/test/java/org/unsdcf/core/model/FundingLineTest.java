package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FundingLineTest {
  private static FundingLine.Builder line() {
    return FundingLine.builder()
        .year(2023)
        .agency("UNDP")
        .required(Money.of(120_000, "USD"))
        .available(Money.of(80_000, "USD"));
  }

  @Test
  void should_build_a_minimal_line() {
    FundingLine l = line().build();

    assertThat(l.year()).isEqualTo(Year.of(2023));
    assertThat(l.contributingPartner()).isEmpty();
    assertThat(l.expenditure()).isEmpty();
  }

  @Test
  void should_not_check_currencies_against_each_other() {
    // FIN-006 reports a foreign currency; it is not an invariant (design.md §3.2).
    FundingLine l =
        line()
            .available(Money.of(80_000, "EUR"))
            .expenditure(Money.of(1_000, "KGS"))
            .contributingPartner(PartnerRef.of("Core/Regular Resources"))
            .build();

    assertThat(l.expenditure()).contains(Money.of(1_000, "KGS"));
  }

  @Test
  void should_accept_available_and_expenditure_above_required() {
    FundingLine l =
        line().available(Money.of(200_000, "USD")).expenditure(Money.of(300_000, "USD")).build();

    assertThat(l.available().amount()).isGreaterThan(l.required().amount());
  }

  @ParameterizedTest
  @ValueSource(ints = {1944, 2101})
  void should_reject_a_year_outside_1945_to_2100(int year) {
    assertViolation(
        () -> line().year(year).build(),
        "FundingLine",
        "year",
        Integer.toString(year),
        "must be a year from 1945 to 2100");
  }

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> line().required(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("required");
    assertThatThrownBy(() -> line().expenditure((Money) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("expenditure");
    assertThatThrownBy(() -> FundingLine.builder().year(2023).agency("UNDP").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContainingAll("required", "available");
  }

  @Test
  void should_compare_structurally_and_check_copies() {
    FundingLine l = line().build();
    FundingLine cents =
        line().required(Money.of(new java.math.BigDecimal("120000.00"), "USD")).build();

    assertThat(cents).isEqualTo(l).hasSameHashCodeAs(l);
    assertThat(l.withAgency("UNICEF")).isNotEqualTo(l);
    assertThat(l.toString()).contains("UNDP");
    assertViolation(
        () -> l.withYear(Year.of(1944)),
        "FundingLine",
        "year",
        "1944",
        "must be a year from 1945 to 2100");
  }
}
