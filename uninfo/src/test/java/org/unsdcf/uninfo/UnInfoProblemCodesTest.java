package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unsdcf.uninfo.Fixtures.csv;
import static org.unsdcf.uninfo.Fixtures.readCsv;
import static org.unsdcf.uninfo.Fixtures.row;
import static org.unsdcf.uninfo.Fixtures.with;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.Marker;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.validation.Severity;

/**
 * One small report per problem code the other tests do not reach: the code, its severity, the row
 * and column it names, the cell value, and what the plan keeps instead.
 */
class UnInfoProblemCodesTest {

  private static List<UnInfoProblem> withCode(UnInfoImport read, UnInfoProblemCode code) {
    return read.problems().stream().filter(p -> p.code() == code).toList();
  }

  private static SubOutput onlySubOutput(UnInfoImport read) {
    assertThat(read.plans()).hasSize(1);
    List<SubOutput> all =
        read.plans().get(0).jointWorkPlans().stream().flatMap(j -> j.entries().stream()).toList();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  @Test
  void an_output_repeated_with_another_title_keeps_the_first() {
    UnInfoImport read =
        readCsv(
            csv(
                row(),
                with(
                    row(),
                    "ID",
                    "2",
                    "Sub-Output code",
                    "1.1.1.02",
                    "Output",
                    "Migrants have legal aid")));
    assertThat(withCode(read, UnInfoProblemCode.TITLE_DIFFERS))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Severity.INFO);
              assertThat(p.row()).isEqualTo(3);
              assertThat(p.column()).isEqualTo("Output");
              assertThat(p.value()).isEqualTo("Migrants have legal aid");
              assertThat(p.message()).contains("'1.1.1' has another title in row 2");
            });
    assertThat(read.plans().get(0).priorityAreas().get(0).outcomes().get(0).outputs())
        .singleElement()
        .satisfies(o -> assertThat(o.title()).isEqualTo("Migrants have access to legal aid"));
  }

  @Test
  void a_row_whose_agency_list_leaves_no_agency_is_not_imported() {
    UnInfoImport read =
        readCsv(
            csv(
                with(row(), "Agency abbreviations", "UNICEF,", "Agencies", "UNICEF, UNFPA"),
                with(row(), "ID", "2", "Sub-Output code", "1.1.1.02")));
    assertThat(withCode(read, UnInfoProblemCode.AGENCY_MISSING))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Severity.ERROR);
              assertThat(p.row()).isEqualTo(2);
              assertThat(p.column()).isEqualTo("Agency abbreviations");
              assertThat(p.value()).isEqualTo("UNICEF,");
              assertThat(p.message()).isEqualTo("no agency: row not imported");
            });
    assertThat(withCode(read, UnInfoProblemCode.AGENCY_PSEUDO)).hasSize(1);
    assertThat(onlySubOutput(read).code()).isEqualTo("2"); // the row of ID 2 alone
  }

  @Test
  void an_sdg_target_item_without_a_target_code_is_not_mapped() {
    UnInfoImport read =
        readCsv(
            csv(
                with(
                    row(),
                    "SDG Targets",
                    "Facilitate migration; 10.7 Facilitate orderly, safe, regular and responsible"
                        + " migration")));
    List<UnInfoProblem> invalid = withCode(read, UnInfoProblemCode.SDG_TARGET_INVALID);
    assertThat(invalid).isNotEmpty();
    assertThat(invalid)
        .allSatisfy(
            p -> {
              assertThat(p.severity()).isEqualTo(Severity.WARNING);
              assertThat(p.row()).isEqualTo(2);
              assertThat(p.column()).isEqualTo("SDG Targets");
              assertThat(p.message())
                  .isEqualTo(
                      "an SDG target item that does not begin with a target code: not mapped");
            });
    assertThat(onlySubOutput(read).sdgTargets()).contains("10.7");
  }

  @Test
  void goals_that_differ_from_the_targets_goals_are_reported_and_not_stored() {
    UnInfoImport read =
        readCsv(csv(with(row(), "SDG Goals", "10 Reduced Inequalities; 5 Gender Equality")));
    assertThat(withCode(read, UnInfoProblemCode.SDG_GOAL_MISMATCH))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Severity.INFO);
              assertThat(p.row()).isEqualTo(2);
              assertThat(p.column()).isEqualTo("SDG Goals");
              assertThat(p.message())
                  .isEqualTo(
                      "the goals listed (10, 5) differ from the targets' goals (10): goals are not"
                          + " stored, the targets are");
            });
    assertThat(onlySubOutput(read).sdgTargets()).containsExactly("10.7");

    read = readCsv(csv(with(row(), "SDG Goals", "Reduced Inequalities")));
    assertThat(withCode(read, UnInfoProblemCode.SDG_GOAL_MISMATCH))
        .extracting(UnInfoProblem::message)
        .contains("an SDG goal item that does not begin with a goal number: not checked");

    assertThat(withCode(readCsv(csv(row())), UnInfoProblemCode.SDG_GOAL_MISMATCH)).isEmpty();
  }

  @Test
  void a_marker_that_does_not_begin_with_a_digit_0_to_3_is_not_mapped() {
    UnInfoImport read = readCsv(csv(with(row(), "Gender marker", "Significant objective")));
    assertThat(withCode(read, UnInfoProblemCode.MARKER_INVALID))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Severity.WARNING);
              assertThat(p.row()).isEqualTo(2);
              assertThat(p.column()).isEqualTo("Gender marker");
              assertThat(p.value()).isEqualTo("Significant objective");
              assertThat(p.message())
                  .isEqualTo("a marker must begin with a digit 0 to 3 ('2 - …'): not mapped");
            });
    SubOutput s = onlySubOutput(read);
    assertThat(s.genderEqualityMarker()).isEmpty();
    assertThat(s.humanRightsMarker()).contains(Marker.SIGNIFICANT);

    read = readCsv(csv(with(row(), "Gender marker", "4 - Principal")));
    assertThat(withCode(read, UnInfoProblemCode.MARKER_INVALID)).hasSize(1);
  }

  @Test
  void a_code_near_the_name_limit_without_a_title_is_titled_by_its_derived_code() {
    String longCode = "A".repeat(995);
    UnInfoImport read =
        readCsv(csv(with(row(), "Strategic priority code", longCode, "Strategic priority", "")));
    assertThat(withCode(read, UnInfoProblemCode.VALUE_REQUIRED))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Severity.WARNING);
              assertThat(p.row()).isEqualTo(2);
              assertThat(p.column()).isEqualTo("Strategic priority");
            });
    String code = read.plans().get(0).priorityAreas().get(0).code();
    assertThat(code).hasSize(64);
    assertThat(read.plans().get(0).priorityAreas().get(0).title())
        .isEqualTo("Strategic priority " + code);
  }
}
