package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import org.junit.jupiter.api.Test;

class DisaggregationDimensionTest {
  final DisaggregationDimension sex = DisaggregationDimension.of("sex", true, "female", "male");

  @Test
  void should_keep_categories_in_order() {
    assertThat(sex.name()).isEqualTo("sex");
    assertThat(sex.exhaustive()).isTrue();
    assertThat(sex.categories()).containsExactly("female", "male");
  }

  @Test
  void should_reject_a_dimension_without_categories() {
    assertViolation(
        () -> DisaggregationDimension.of("sex", true),
        "DisaggregationDimension",
        "categories",
        "[]",
        "must have at least one element");
  }

  @Test
  void should_reject_a_repeated_category_at_the_later_element() {
    assertViolation(
        () -> DisaggregationDimension.of("age", false, "0-14", "15-24", "0-14"),
        "DisaggregationDimension",
        "categories/2",
        "0-14",
        "must not repeat an element of the set");
  }

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> DisaggregationDimension.builder().name(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> DisaggregationDimension.builder().addCategory(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("categories element");
    assertThatThrownBy(() -> DisaggregationDimension.builder().name("sex").addCategory("f").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exhaustive");
  }

  @Test
  void should_compare_structurally_and_check_copies() {
    assertThat(DisaggregationDimension.of("sex", true, "female", "male"))
        .isEqualTo(sex)
        .hasSameHashCodeAs(sex);
    assertThat(sex.withExhaustive(false)).isNotEqualTo(sex);
    assertThat(DisaggregationDimension.of("sex", true, "male", "female")).isNotEqualTo(sex);
    assertThat(sex.toString()).contains("female");
    assertViolation(
        () -> sex.withCategories("female", "female"),
        "DisaggregationDimension",
        "categories/1",
        "female",
        "must not repeat an element of the set");
  }
}
