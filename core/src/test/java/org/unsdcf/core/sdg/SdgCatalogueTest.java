package org.unsdcf.core.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.internal.Checks;

class SdgCatalogueTest {
  private final SdgCatalogue sdg = SdgCatalogue.bundled();

  @Test
  void should_have_17_goals_169_targets_and_251_indicator_listings() {
    assertThat(sdg.goals()).hasSize(17);
    assertThat(sdg.targets()).hasSize(169);
    assertThat(sdg.indicators()).hasSize(251);
  }

  @Test
  void should_have_107_outcome_and_62_means_of_implementation_targets() {
    Map<SdgTargetKind, Long> byKind =
        sdg.targets().stream()
            .collect(Collectors.groupingBy(SdgTarget::kind, Collectors.counting()));

    assertThat(byKind)
        .containsOnly(
            Map.entry(SdgTargetKind.OUTCOME, 107L),
            Map.entry(SdgTargetKind.MEANS_OF_IMPLEMENTATION, 62L));
  }

  @Test
  void should_have_235_distinct_unsd_codes_in_12_repeat_groups() {
    Map<String, List<String>> byUnsd =
        sdg.indicators().stream()
            .collect(
                Collectors.groupingBy(
                    SdgIndicator::unsdCode,
                    Collectors.mapping(SdgIndicator::code, Collectors.toList())));

    assertThat(byUnsd).hasSize(235);
    assertThat(byUnsd.values().stream().filter(codes -> codes.size() > 1))
        .containsExactlyInAnyOrder(
            List.of("1.5.1", "11.5.1", "13.1.1"),
            List.of("1.5.2", "11.5.2"),
            List.of("1.5.3", "11.b.1", "13.1.2"),
            List.of("1.5.4", "11.b.2", "13.1.3"),
            List.of("4.7.1", "12.8.1", "13.3.1"),
            List.of("7.b.1", "12.a.1"),
            List.of("8.4.1", "12.2.1"),
            List.of("8.4.2", "12.2.2"),
            List.of("10.3.1", "16.b.1"),
            List.of("10.6.1", "16.8.1"),
            List.of("15.7.1", "15.c.1"),
            List.of("15.a.1", "15.b.1"));
  }

  @Test
  void should_read_goals_with_short_titles_and_footnotes() {
    assertThat(sdg.goal("1"))
        .contains(
            new SdgGoal(
                "1", "No poverty", "End poverty in all its forms everywhere", Optional.empty()));
    assertThat(sdg.goal("5").orElseThrow().shortTitle()).isEqualTo("Gender equality");
    assertThat(sdg.goal("13").orElseThrow().footnote().orElseThrow())
        .startsWith("2 Acknowledging that the United Nations Framework Convention on Climate");
    assertThat(sdg.goal("17").orElseThrow().title())
        .isEqualTo(
            "Strengthen the means of implementation and revitalize the Global Partnership for"
                + " Sustainable Development");
  }

  @Test
  void should_read_targets() {
    SdgTarget target = sdg.target("5.2").orElseThrow();

    assertThat(target.code()).isEqualTo("5.2");
    assertThat(target.goal()).isEqualTo("5");
    assertThat(target.kind()).isEqualTo(SdgTargetKind.OUTCOME);
    assertThat(target.title())
        .startsWith("Eliminate all forms of violence against all women and girls");
    assertThat(target.footnote()).isEmpty();
    assertThat(sdg.target("5.a").orElseThrow().kind())
        .isEqualTo(SdgTargetKind.MEANS_OF_IMPLEMENTATION);
    assertThat(sdg.target("17.1").orElseThrow().kind())
        .isEqualTo(SdgTargetKind.MEANS_OF_IMPLEMENTATION);
    assertThat(sdg.target("14.6").orElseThrow().footnote().orElseThrow()).startsWith("3 ");
  }

  @Test
  void should_read_indicators() {
    SdgIndicator indicator = sdg.indicator("5.2.1").orElseThrow();

    assertThat(indicator.target()).isEqualTo("5.2");
    assertThat(indicator.goal()).isEqualTo("5");
    assertThat(indicator.unsdCode()).isEqualTo("C050201");
    assertThat(indicator.alsoListedAs()).isEmpty();
    assertThat(indicator.title())
        .startsWith("Proportion of ever-partnered women and girls aged 15 years and older");
    assertThat(indicator.footnote()).isEmpty();
  }

  @Test
  void should_read_the_footnote_of_17_6_1() {
    assertThat(sdg.indicator("17.6.1"))
        .contains(
            new SdgIndicator(
                "17.6.1",
                "17.6",
                "17",
                "C170602",
                List.of(),
                "Fixed broadband subscriptions per 100 inhabitants, by speed",
                Optional.of("4 The current indicator 17.6.1 was previously listed as 17.6.2.")));
  }

  @Test
  void should_split_also_listed_as_into_codes() {
    assertThat(sdg.indicator("1.5.1").orElseThrow().alsoListedAs())
        .containsExactly("11.5.1", "13.1.1");
    assertThat(sdg.indicator("12.a.1").orElseThrow().alsoListedAs()).containsExactly("7.b.1");
  }

  @Test
  void should_have_footnotes_only_on_goal_13_target_14_6_and_indicator_17_6_1() {
    assertThat(sdg.goals().stream().filter(g -> g.footnote().isPresent()).map(SdgGoal::code))
        .containsExactly("13");
    assertThat(sdg.targets().stream().filter(t -> t.footnote().isPresent()).map(SdgTarget::code))
        .containsExactly("14.6");
    assertThat(
            sdg.indicators().stream().filter(i -> i.footnote().isPresent()).map(SdgIndicator::code))
        .containsExactly("17.6.1");
  }

  @Test
  void should_follow_the_2025_comprehensive_review() {
    assertThat(sdg.indicator("2.2.4")).isPresent();
    assertThat(sdg.indicator("11.5.3")).isPresent();
    assertThat(sdg.indicator("1.a.3")).isEmpty();
    assertThat(sdg.indicator("13.3.2")).isEmpty();
    assertThat(sdg.indicator("17.6.2")).isEmpty();
  }

  @Test
  void should_find_the_goal_of_a_target_or_an_indicator() {
    assertThat(sdg.goalOf("10.7").map(SdgGoal::code)).contains("10");
    assertThat(sdg.goalOf("5.a.1").map(SdgGoal::code)).contains("5");
    assertThat(sdg.goalOf("17.19.2").map(SdgGoal::code)).contains("17");
  }

  @Test
  void should_not_treat_a_goal_code_as_a_target_or_indicator() {
    assertThat(sdg.goalOf("5")).isEmpty();
  }

  @Test
  void should_give_every_listing_of_a_repeated_indicator_in_file_order() {
    List<String> expected = List.of("1.5.1", "11.5.1", "13.1.1");

    assertThat(codes(sdg.repeatsOf("1.5.1"))).isEqualTo(expected);
    assertThat(codes(sdg.repeatsOf("11.5.1"))).isEqualTo(expected);
    assertThat(codes(sdg.repeatsOf("13.1.1"))).isEqualTo(expected);
  }

  @Test
  void should_give_an_indicator_listed_once_as_its_only_repeat() {
    assertThat(codes(sdg.repeatsOf("5.2.1"))).containsExactly("5.2.1");
  }

  @Test
  void should_agree_between_also_listed_as_and_repeats() {
    for (SdgIndicator indicator : sdg.indicators()) {
      List<String> others =
          codes(sdg.repeatsOf(indicator.code())).stream()
              .filter(code -> !code.equals(indicator.code()))
              .collect(Collectors.toList());

      assertThat(indicator.alsoListedAs()).as(indicator.code()).isEqualTo(others);
    }
  }

  @Test
  void should_link_every_indicator_to_its_target_and_goal_by_code() {
    for (SdgIndicator indicator : sdg.indicators()) {
      assertThat(indicator.code()).startsWith(indicator.target() + ".");
      assertThat(sdg.target(indicator.target()).orElseThrow().goal()).isEqualTo(indicator.goal());
    }
    for (SdgTarget target : sdg.targets()) {
      assertThat(target.code()).startsWith(target.goal() + ".");
    }
  }

  @Test
  void should_mark_numbered_targets_of_goals_1_to_16_as_outcomes() {
    for (SdgTarget target : sdg.targets()) {
      boolean numbered = Character.isDigit(target.code().charAt(target.code().length() - 1));
      boolean outcome = numbered && !target.goal().equals("17");

      assertThat(target.kind() == SdgTargetKind.OUTCOME).as(target.code()).isEqualTo(outcome);
    }
  }

  @Test
  void should_use_codes_matching_the_model_patterns() {
    assertThat(sdg.goals().stream().map(SdgGoal::code))
        .containsExactlyElementsOf(
            Stream.iterate(1, i -> i + 1).limit(17).map(String::valueOf).toList());
    assertThat(sdg.targets()).allMatch(t -> Checks.SDG_TARGET.test(t.code()));
    assertThat(sdg.indicators()).allMatch(i -> Checks.SDG_INDICATOR.test(i.code()));
  }

  static Stream<String> unknownCodes() {
    return Stream.of(
        "5.9",
        "5.2.9",
        "",
        " ",
        "x",
        "5.2 ",
        " 5.2",
        "05.2",
        "5.A",
        "18",
        "0",
        "5.2.1.1",
        "5..2",
        "1.5.1 ",
        "x".repeat(10_000));
  }

  @ParameterizedTest
  @MethodSource("unknownCodes")
  void should_give_empty_results_for_unknown_or_malformed_codes(String code) {
    assertThat(sdg.target(code)).isEmpty();
    assertThat(sdg.indicator(code)).isEmpty();
    assertThat(sdg.goalOf(code)).isEmpty();
    assertThat(sdg.repeatsOf(code)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("unknownCodes")
  void should_give_no_goal_for_unknown_or_malformed_codes(String code) {
    assertThat(sdg.goal(code)).isEmpty();
  }

  @Test
  void should_name_the_argument_when_a_code_is_null() {
    assertThatThrownBy(() -> sdg.goal(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("code");
    assertThatThrownBy(() -> sdg.target(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("code");
    assertThatThrownBy(() -> sdg.indicator(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("code");
    assertThatThrownBy(() -> sdg.goalOf(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("targetOrIndicatorCode");
    assertThatThrownBy(() -> sdg.repeatsOf(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("indicatorCode");
  }

  @Test
  void should_be_loaded_once() {
    assertThat(SdgCatalogue.bundled()).isSameAs(sdg);
  }

  @Test
  void should_not_let_its_lists_be_modified() {
    assertThatThrownBy(() -> sdg.goals().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> sdg.targets().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> sdg.indicators().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> sdg.repeatsOf("1.5.1").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> sdg.indicator("1.5.1").orElseThrow().alsoListedAs().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_have_unique_codes() {
    Set<String> codes =
        Stream.of(
                sdg.goals().stream().map(SdgGoal::code),
                sdg.targets().stream().map(SdgTarget::code),
                sdg.indicators().stream().map(SdgIndicator::code))
            .flatMap(s -> s)
            .collect(Collectors.toSet());

    assertThat(codes).hasSize(17 + 169 + 251);
  }

  @Test
  void should_name_target_kinds_as_the_file_does() {
    assertThat(SdgTargetKind.OUTCOME.code()).isEqualTo("outcome");
    assertThat(SdgTargetKind.MEANS_OF_IMPLEMENTATION.code()).isEqualTo("means_of_implementation");
    assertThatThrownBy(() -> SdgTargetKind.ofCode("OUTCOME"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_reject_null_record_components() {
    assertThatThrownBy(() -> new SdgGoal("1", "a", "b", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("footnote");
    assertThatThrownBy(
            () -> new SdgIndicator("1.1.1", "1.1", "1", "C", null, "t", Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("alsoListedAs");
    assertThatThrownBy(() -> new SdgTarget("1.1", "1", null, "t", Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("kind");
  }

  private static List<String> codes(List<SdgIndicator> indicators) {
    return indicators.stream().map(SdgIndicator::code).collect(Collectors.toList());
  }
}
