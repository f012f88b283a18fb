package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResultsGroupTest {
  static final String REPEAT = "must not repeat an element of the set";
  static final CoChair UNDP_2023 =
      CoChair.builder()
          .entity("UNDP")
          .role(ChairRole.UN_CO_CHAIR)
          .from(LocalDate.of(2023, 1, 1))
          .until(LocalDate.of(2023, 12, 31))
          .build();
  static final CoChair UNICEF_2024 =
      CoChair.builder()
          .entity("UNICEF")
          .role(ChairRole.UN_CO_CHAIR)
          .from(LocalDate.of(2024, 1, 1))
          .build();
  static final CoChair MINISTRY =
      CoChair.builder().entity("Ministry of Health").role(ChairRole.GOVERNMENT_CO_CHAIR).build();

  private static ResultsGroup.Builder group() {
    return ResultsGroup.builder().code("RG1").title("People-centred development");
  }

  @Test
  void should_give_the_co_chairs_serving_on_a_day_in_document_order() {
    ResultsGroup rg = group().addCoChairs(MINISTRY, UNDP_2023, UNICEF_2024).build();

    assertThat(rg.coChairsOn(LocalDate.of(2023, 12, 31))).containsExactly(MINISTRY, UNDP_2023);
    assertThat(rg.coChairsOn(LocalDate.of(2024, 1, 1))).containsExactly(MINISTRY, UNICEF_2024);
    assertThat(group().build().coChairsOn(LocalDate.of(2024, 1, 1))).isEmpty();
  }

  @Test
  void should_accept_repeated_co_chair_records() {
    assertThat(group().addCoChairs(UNDP_2023, UNDP_2023).build().coChairs()).hasSize(2);
  }

  @Test
  void should_reject_repeated_scope_members_and_government_members() {
    assertViolation(
        () -> group().addScope("SP1", "SP1").build(), "ResultsGroup", "scope/1", "SP1", REPEAT);
    assertViolation(
        () -> group().addMembers("UNDP", "WHO", "UNDP").build(),
        "ResultsGroup",
        "members/2",
        "UNDP",
        REPEAT);
    assertViolation(
        () -> group().addGovernmentMembers("Ministry of Health", "Ministry of Health").build(),
        "ResultsGroup",
        "governmentMembers/1",
        "Ministry of Health",
        REPEAT);
  }

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> group().addCoChair(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("coChairs element");
    assertThatThrownBy(() -> ResultsGroup.builder().title("t").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("code");
  }

  @Test
  void should_compare_structurally_and_check_copies() {
    ResultsGroup rg = group().addMember("UNDP").build();

    assertThat(group().addMember("UNDP").build()).isEqualTo(rg).hasSameHashCodeAs(rg);
    assertThat(rg.withMembers("UNDP", "WHO")).isNotEqualTo(rg);
    assertThat(rg.toString()).contains("RG1");
    assertViolation(() -> rg.withScope("OC1", "OC1"), "ResultsGroup", "scope/1", "OC1", REPEAT);
  }
}
