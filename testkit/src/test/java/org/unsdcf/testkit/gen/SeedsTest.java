package org.unsdcf.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

class SeedsTest {
  private static List<List<Object>> cases(long base, int count, int max, Map<String, String> p) {
    return Seeds.ramp(base, count, max, p::get)
        .map(a -> List.of(a.get()))
        .collect(Collectors.toList());
  }

  @Test
  void sizes_ramp_by_powers_of_two_from_1_to_64_in_order() {
    List<Integer> sizes =
        Seeds.ramp(1L, 200).map(a -> (Integer) a.get()[1]).collect(Collectors.toList());
    assertThat(sizes).hasSize(200).isSorted().startsWith(1).endsWith(64);
    assertThat(sizes.stream().distinct()).containsExactly(1, 2, 4, 8, 16, 32, 64);
  }

  @Test
  void seeds_derive_from_the_base_seed_deterministically() {
    assertThat(cases(7L, 20, 64, Map.of())).isEqualTo(cases(7L, 20, 64, Map.of()));
    assertThat(cases(7L, 20, 64, Map.of())).isNotEqualTo(cases(8L, 20, 64, Map.of()));
    assertThat(cases(7L, 20, 64, Map.of()).stream().map(c -> c.get(0)).distinct()).hasSize(20);
  }

  @Test
  void a_few_cases_still_reach_the_largest_size_and_a_cap_holds() {
    assertThat(cases(1L, 1, 64, Map.of()))
        .containsExactly(List.of(cases(1L, 1, 64, Map.of()).get(0).get(0), 1));
    assertThat(cases(1L, 7, 64, Map.of()).stream().map(c -> c.get(1)))
        .containsExactly(1, 2, 4, 8, 16, 32, 64);
    assertThat(cases(1L, 30, 10, Map.of()).stream().map(c -> (Integer) c.get(1)))
        .allMatch(s -> s <= 10)
        .contains(1, 8, 10);
  }

  @Test
  void the_seed_property_replays_one_case() {
    assertThat(cases(1L, 200, 64, Map.of("unsdcf.seed", "-42", "unsdcf.size", "5")))
        .containsExactly(List.of(-42L, 5));
    assertThat(cases(1L, 200, 64, Map.of("unsdcf.seed", "42"))).containsExactly(List.of(42L, 64));
  }

  @Test
  void bad_properties_and_counts_are_rejected() {
    assertThatThrownBy(() -> cases(1L, 1, 64, Map.of("unsdcf.seed", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsdcf.seed");
    assertThatThrownBy(() -> cases(1L, 1, 64, Map.of("unsdcf.seed", "1", "unsdcf.size", "0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsdcf.size");
    assertThatThrownBy(() -> Seeds.ramp(1L, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_public_ramp_yields_arguments_of_long_and_int() {
    Arguments first = Seeds.ramp(3L, 5, 8).findFirst().orElseThrow();
    assertThat(first.get()).hasSize(2);
    assertThat(first.get()[0]).isInstanceOf(Long.class);
    assertThat(first.get()[1]).isEqualTo(1);
  }
}
