package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.uninfo.Fixtures.csv;
import static org.unsdcf.uninfo.Fixtures.readCsv;
import static org.unsdcf.uninfo.Fixtures.row;
import static org.unsdcf.uninfo.Fixtures.with;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.SubOutput;

/**
 * What the reader remembers within one read (cells met again, the file's bytes) never changes what
 * it reports: a repeated cell with a problem is reported at each of its rows, equal cells map to
 * equal values, and cells that need cleaning are cleaned whatever else the file holds.
 */
class RepeatedCellsTest {

  private static List<SubOutput> entries(UnInfoImport r) {
    return r.plans().get(0).jointWorkPlans().get(0).entries();
  }

  private static List<Integer> rows(UnInfoImport r, UnInfoProblemCode code) {
    return r.problems().stream().filter(p -> p.code() == code).map(UnInfoProblem::row).toList();
  }

  @Test
  void should_report_a_repeated_bad_cell_at_each_of_its_rows() {
    UnInfoImport r =
        readCsv(
            csv(
                with(row(), "ID", "1", "2023 Required", "abc", "Gender marker", "7 - none"),
                with(row(), "ID", "2", "2023 Required", "abc", "Gender marker", "7 - none"),
                with(row(), "ID", "3", "Contributing partners", "UNDP, UNDP")));

    assertThat(rows(r, UnInfoProblemCode.VALUE_INVALID)).containsExactly(2, 3);
    assertThat(rows(r, UnInfoProblemCode.MARKER_INVALID)).containsExactly(2, 3);
    assertThat(rows(r, UnInfoProblemCode.DUPLICATE_ITEM)).containsExactly(4);
  }

  @Test
  void should_map_repeated_cells_to_equal_values_in_every_row() {
    var first =
        with(
            row(),
            "ID",
            "1",
            "Contributing partners",
            "UNDP, European Union",
            "Geography",
            "Kyrgyzstan, Osh",
            "SDG Targets",
            "4.1 Free education, 4.7 Skills",
            "SDG Goals",
            "4 Quality Education");
    UnInfoImport r = readCsv(csv(first, with(first, "ID", "2"), with(first, "ID", "3")));

    List<SubOutput> entries = entries(r);
    assertThat(entries).hasSize(3);
    for (SubOutput s : entries) {
      assertThat(s.withCode("1")).isEqualTo(entries.get(0));
    }
    assertThat(entries.get(2).sdgTargets()).containsExactly("4.1", "4.7");
    assertThat(r.problems()).noneMatch(p -> p.code() == UnInfoProblemCode.SDG_GOAL_MISMATCH);
  }

  @Test
  void should_clean_a_control_character_in_a_csv_text_even_when_other_rows_are_plain() {
    UnInfoImport r =
        readCsv(
            csv(
                with(row(), "ID", "1"),
                with(row(), "ID", "2", "Description", "tab\tand\u007fdelete"),
                with(row(), "ID", "3", "Description", "bell\u0007")));

    assertThat(entries(r).get(1).description()).contains("tab\tand delete");
    assertThat(entries(r).get(2).description()).contains("bell");
    assertThat(rows(r, UnInfoProblemCode.VALUE_CHANGED)).containsExactly(3, 4);
  }

  @Test
  void should_count_characters_above_u_ffff_as_one_in_a_csv_name() {
    String title = "\uD83D\uDE00".repeat(CellReader.MAX_NAME);
    UnInfoImport r = readCsv(csv(with(row(), "Sub-Output", title)));

    assertThat(entries(r).get(0).title()).isEqualTo(title);
    assertThat(r.problems()).noneMatch(p -> p.code() == UnInfoProblemCode.VALUE_CHANGED);
  }

  @Test
  void should_read_a_stream_that_hides_its_length_and_one_of_exactly_the_limit()
      throws IOException {
    byte[] bytes = csv(row(), with(row(), "ID", "2"));
    UnInfoImport whole = readCsv(bytes);

    UnInfoImport trickled =
        ActivityReportReader.standard().read(trickle(bytes), ActivityReportFormat.CSV);
    UnInfoImport atLimit =
        ActivityReportReader.builder()
            .maxFileBytes(bytes.length)
            .build()
            .read(new ByteArrayInputStream(bytes), ActivityReportFormat.CSV);

    assertThat(trickled.plans()).isEqualTo(whole.plans());
    assertThat(trickled.problems()).isEqualTo(whole.problems());
    assertThat(atLimit.plans()).isEqualTo(whole.plans());
    ActivityReportReader below =
        ActivityReportReader.builder().maxFileBytes(bytes.length - 1).build();
    for (InputStream in : List.of(new ByteArrayInputStream(bytes), trickle(bytes))) {
      assertThatThrownBy(() -> below.read(in, ActivityReportFormat.CSV))
          .isInstanceOfSatisfying(
              UnInfoReadException.class,
              e ->
                  assertThat(e.problems().get(0).code())
                      .isEqualTo(UnInfoProblemCode.LIMIT_FILE_SIZE));
    }
  }

  /** A stream that claims nothing is available and gives at most 1,000 bytes a read. */
  private static InputStream trickle(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int available() {
        return 0;
      }

      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1_000));
      }
    };
  }
}
