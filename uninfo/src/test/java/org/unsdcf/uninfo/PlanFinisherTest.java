package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unsdcf.uninfo.Fixtures.csv;
import static org.unsdcf.uninfo.Fixtures.readCsv;
import static org.unsdcf.uninfo.Fixtures.row;
import static org.unsdcf.uninfo.Fixtures.with;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.validation.Severity;

/**
 * What {@link PlanFinisher} makes of a plan's drafts: the period from the plan name (or the rows),
 * the outputs an entry also contributes to; and the bundled comma names of {@link CommaNames}.
 */
class PlanFinisherTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "UNSDCF 2027-2027, KGZ-2027-2027, false",
    "UNSDCF 1945-1950, KGZ-1945-1950, false",
    "UNSDCF 2095-2100, KGZ-2095-2100, false",
    "UNSDCF 1944-1950, KGZ-2023-2023, true",
    "UNSDCF 2095-2101, KGZ-2023-2023, true",
    "UNSDCF 2028-2027, KGZ-2023-2023, true",
  })
  void should_take_the_period_from_the_plan_name_only_within_1945_to_2100(
      String name, String code, boolean fromRows) {
    UnInfoImport r = readCsv(csv(with(row(), "Plan name", name)));

    assertThat(r.plans().get(0).code()).isEqualTo(code);
    assertThat(r.problems().stream().anyMatch(p -> p.code() == UnInfoProblemCode.PERIOD_FROM_ROWS))
        .isEqualTo(fromRows);
  }

  @Test
  void should_keep_the_display_code_of_each_level() {
    UnInfoImport r = readCsv(csv(with(row(), "Output code", "1.1.1.")));

    var area = r.plans().get(0).priorityAreas().get(0);
    assertThat(area.displayCode()).contains("1");
    assertThat(area.outcomes().get(0).displayCode()).contains("1.1.");
    assertThat(area.outcomes().get(0).outputs().get(0).displayCode()).contains("1.1.1.");
    assertThat(area.outcomes().get(0).outputs().get(0).code()).isEqualTo("OU1.1.1");
  }

  private static UnInfoImport alsoContributes(String cell) {
    return readCsv(
        csv(
            with(row(), "Suboutput also contributes to the following outputs", cell),
            with(row(), "ID", "2", "Output code", "1.2.1", "Output", "Other output"),
            with(row(), "ID", "3", "Output code", "1.3.1", "Output", "Third output")));
  }

  private static SubOutput first(UnInfoImport r) {
    return r.plans().get(0).jointWorkPlans().get(0).entries().get(0);
  }

  private static List<String> unresolved(UnInfoImport r) {
    return r.problems().stream()
        .filter(p -> p.code() == UnInfoProblemCode.OUTPUT_UNRESOLVED)
        .map(UnInfoProblem::value)
        .toList();
  }

  @Test
  void should_resolve_a_lone_display_code() {
    UnInfoImport r = alsoContributes("1.2.1");

    assertThat(first(r).additionalOutputs()).containsExactly("OU1.2.1");
    assertThat(unresolved(r)).isEmpty();
  }

  @Test
  void should_split_before_a_comma_or_semicolon_and_a_display_code() {
    UnInfoImport r = alsoContributes("1.2.1 Other output, 1.3.1 Third; 1.2.1 again");

    assertThat(first(r).additionalOutputs()).containsExactly("OU1.2.1", "OU1.3.1");
    assertThat(unresolved(r)).isEmpty();
  }

  @Test
  void should_not_split_where_no_comma_and_space_precede_a_display_code() {
    UnInfoImport spaceOnly = alsoContributes("See 1.2.1 Other output");
    UnInfoImport noSpace = alsoContributes("9.9 Unknown,1.2.1 Other output");

    assertThat(first(spaceOnly).additionalOutputs()).isEmpty();
    assertThat(unresolved(spaceOnly)).containsExactly("See 1.2.1 Other output");
    assertThat(first(noSpace).additionalOutputs()).isEmpty();
    assertThat(unresolved(noSpace)).containsExactly("9.9 Unknown,1.2.1 Other output");
  }

  @Test
  void should_report_an_unresolved_item_with_its_row_and_column() {
    UnInfoImport r = alsoContributes("9.9 Unknown, 1.3.1 Third");

    assertThat(first(r).additionalOutputs()).containsExactly("OU1.3.1");
    assertThat(r.problems())
        .filteredOn(p -> p.code() == UnInfoProblemCode.OUTPUT_UNRESOLVED)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Severity.WARNING);
              assertThat(p.row()).isEqualTo(2);
              assertThat(p.column())
                  .isEqualTo("Suboutput also contributes to the following outputs");
              assertThat(p.value()).isEqualTo("9.9 Unknown");
            });
  }

  @Test
  void should_find_where_a_word_ends() {
    assertThat(PlanFinisher.wordEnd("1.2.1", 0)).isEqualTo(5);
    assertThat(PlanFinisher.wordEnd("1.2.1 x", 0)).isEqualTo(5);
    assertThat(PlanFinisher.wordEnd("a b\tc", 2)).isEqualTo(3);
    assertThat(PlanFinisher.wordEnd("a\u000bb", 0)).isEqualTo(1);
    assertThat(PlanFinisher.wordEnd("a\fb", 0)).isEqualTo(1);
    assertThat(PlanFinisher.wordEnd("a\rb", 0)).isEqualTo(1);
    assertThat(PlanFinisher.wordEnd("a\nb", 0)).isEqualTo(1);
    assertThat(PlanFinisher.wordEnd("ab", 2)).isEqualTo(2);
    assertThat(
            PlanFinisher.splitBeforeDisplayCodes(
                "a, 1.2 b, 1.4 x, 9 c", Map.of("1.2", "x", "1.3", "y")))
        .containsExactly("a", "1.2 b, 1.4 x, 9 c");
  }

  @Test
  void should_split_before_a_display_code_that_ends_the_cell() {
    Map<String, String> outputs = Map.of("1.2.1", "x", "9.9", "y");

    assertThat(PlanFinisher.splitBeforeDisplayCodes("9.9 Unknown, 1.2.1", outputs))
        .containsExactly("9.9 Unknown", "1.2.1");
    assertThat(PlanFinisher.splitBeforeDisplayCodes("9.9; 1.2.1", outputs))
        .containsExactly("9.9", "1.2.1");
    assertThat(PlanFinisher.splitBeforeDisplayCodes("9.9 Unknown, 1.2.10", outputs))
        .containsExactly("9.9 Unknown, 1.2.10");
  }

  // ---- CommaNames ----

  @Test
  void should_join_the_bundled_names_and_the_given_ones_holding_a_comma() {
    CommaNames names = CommaNames.bundled(List.of("Alpha, Beta", "Gamma"));

    assertThat(names.rejoin(List.of("European Commission", "Core funds"), Set.of()))
        .containsExactly("European Commission, Core funds");
    assertThat(names.rejoin(List.of("x", "Alpha", "Beta", "Gamma"), Set.of()))
        .containsExactly("x", "Alpha, Beta", "Gamma");
    assertThat(names.rejoin(List.of("Gamma"), Set.of())).containsExactly("Gamma");
  }

  @Test
  void should_not_take_the_comment_lines_of_the_bundled_list_as_names() {
    CommaNames names = CommaNames.bundled(List.of());
    List<String> comment =
        List.of(
            "# where the XLSX form (joined with \"; \") shows them whole. Names are facts",
            "not data of the files.");

    assertThat(names.rejoin(comment, Set.of())).isEqualTo(comment);
  }
}
