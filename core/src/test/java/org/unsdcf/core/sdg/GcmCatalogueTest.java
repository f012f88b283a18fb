package org.unsdcf.core.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GcmCatalogueTest {
  private final GcmCatalogue gcm = GcmCatalogue.bundled();

  @Test
  void should_have_the_codes_1_to_23_once_each_in_order() {
    assertThat(gcm.objectives().stream().mapToInt(GcmObjective::code).toArray())
        .containsExactly(IntStream.rangeClosed(1, 23).toArray());
  }

  @Test
  void should_find_each_objective_by_its_code() {
    for (GcmObjective objective : gcm.objectives()) {
      assertThat(gcm.objective(objective.code())).containsSame(objective);
    }
  }

  @Test
  void should_read_the_titles_of_the_resolution() {
    assertThat(gcm.objective(1).orElseThrow().title())
        .isEqualTo(
            "Collect and utilize accurate and disaggregated data as a basis for evidence-based"
                + " policies");
    assertThat(gcm.objective(3))
        .contains(
            new GcmObjective(
                3, "Provide accurate and timely information at all stages of migration"));
    assertThat(gcm.objective(23).orElseThrow().title())
        .isEqualTo(
            "Strengthen international cooperation and global partnerships for safe, orderly and"
                + " regular migration");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 24, -1, 100, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void should_give_empty_for_a_code_outside_1_to_23(int code) {
    assertThat(gcm.objective(code)).isEmpty();
  }

  @Test
  void should_be_loaded_once() {
    assertThat(GcmCatalogue.bundled()).isSameAs(gcm);
  }

  @Test
  void should_not_let_its_list_be_modified() {
    assertThatThrownBy(() -> gcm.objectives().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_reject_a_null_title() {
    assertThatThrownBy(() -> new GcmObjective(1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("title");
  }
}
