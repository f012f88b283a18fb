package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unsdcf.uninfo.Fixtures.csv;
import static org.unsdcf.uninfo.Fixtures.readCsv;
import static org.unsdcf.uninfo.Fixtures.row;
import static org.unsdcf.uninfo.Fixtures.with;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.SubOutput;

/**
 * The cells {@link ActivityReportWriter} writes for each column of a sub-output (design.md §14,
 * writer): read back as CSV records by the module's own CSV reader.
 */
class ActivityReportWriterCellsTest {

  private static List<Map<String, String>> written(List<CooperationFramework> plans) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ActivityReportWriter.standard().write(plans, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CsvRows rows = CsvRows.open(out.toByteArray(), Limits.DEFAULT);
    List<String> header = rows.header();
    List<Map<String, String>> records = new ArrayList<>();
    for (RawRow r = rows.next(); r != null; r = rows.next()) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), r.cell(i));
      }
      records.add(m);
    }
    return records;
  }

  private static Map<String, String> writtenRow(Map<String, String> cells) {
    UnInfoImport r = readCsv(csv(cells));
    List<Map<String, String>> records = written(r.plans());
    assertThat(records).hasSize(1);
    return records.get(0);
  }

  @Test
  void should_write_each_mapped_cell() {
    Map<String, String> w =
        writtenRow(
            with(
                row(),
                "Agency abbreviations",
                "UN Women, IOM",
                "Joint Programmes / Initiatives names",
                "JP-1",
                "Joint Programmes / Initiatives types",
                "Joint programme",
                "Humanitarian marker",
                "Appeal",
                "Gender marker narrative",
                "g",
                "Human rights marker narrative",
                "h",
                "Sustaining peace marker",
                "0 - none",
                "Sustaining peace marker narrative",
                "p",
                "Humanitarian marker narrative",
                "u",
                "Human rights marker",
                "3 - Principal",
                "QCPR function",
                "Capacity Development, Policy Advice",
                "LNOB groups targeted",
                "Women, Children",
                "2023 Narrative",
                "Done in 2023",
                "2024 Narrative",
                "Planned for 2024"));

    assertThat(w)
        .containsEntry("Country", "Kyrgyzstan")
        .containsEntry("Strategic priority code", "1")
        .containsEntry("Strategic priority", "Quality social services")
        .containsEntry("Outcome code", "1.1.")
        .containsEntry("Outcome", "People use quality social services")
        .containsEntry("Output code", "1.1.1")
        .containsEntry("Output", "Migrants have access to legal aid")
        .containsEntry("Sub-Output publication status", "Yes")
        .containsEntry("Sub-Output code", "1.1.1.01")
        .containsEntry("ID", "107407")
        .containsEntry("Status", "Closed")
        .containsEntry("Joint Programmes / Initiatives names", "JP-1")
        .containsEntry("Joint Programmes / Initiatives types", "Joint-programme")
        .containsEntry("Agency abbreviations", "UN Women, IOM")
        .containsEntry(
            "Agencies",
            "United Nations Entity for Gender Equality and the Empowerment of Women,"
                + " International Organization for Migration")
        .containsEntry("Contributing partners", "USAID")
        .containsEntry("Implementation partners", "Resource Center for the Elderly")
        .containsEntry("Geography", "Kyrgyzstan")
        .containsEntry("QCPR function", "Capacity Development, Policy Advice")
        .containsEntry("LNOB groups targeted", "Women, Children")
        .containsEntry("Humanitarian marker", "Appeal")
        .containsEntry("Humanitarian marker narrative", "u")
        .containsEntry("Gender marker", "2 - A significant objective")
        .containsEntry("Gender marker narrative", "g")
        .containsEntry("Human rights marker", "3 - The principal objective")
        .containsEntry("Human rights marker narrative", "h")
        .containsEntry("Sustaining peace marker", "0 - Not expected to contribute")
        .containsEntry("Sustaining peace marker narrative", "p")
        .containsEntry("Focal users", "-")
        .containsEntry("2023 Narrative", "Done in 2023")
        .containsEntry("2024 Narrative", "Planned for 2024")
        .containsEntry("2025 Narrative", "-")
        .containsEntry("2023 Required", "120000")
        .containsEntry("2024 Required", "")
        .containsEntry("Total required resources", "120000");
    assertThat(w.get("SDG Targets")).startsWith("10.7 ");
    assertThat(w.get("SDG Goals")).startsWith("10 ").doesNotContain(",");
  }

  @Test
  void should_write_absent_values_as_a_dash() {
    Map<String, String> w =
        writtenRow(
            with(
                row(),
                "Sub-Output publication status",
                "-",
                "Contributing partners",
                "-",
                "SDG Targets",
                "-",
                "SDG Goals",
                "-",
                "Gender marker",
                "-",
                "Strategic priority code",
                "-",
                "Strategic priority",
                "-"));

    assertThat(w)
        .containsEntry("Sub-Output publication status", "-")
        .containsEntry("Contributing partners", "-")
        .containsEntry("SDG Targets", "-")
        .containsEntry("SDG Goals", "-")
        .containsEntry("Gender marker", "-")
        .containsEntry("Gender marker narrative", "-")
        .containsEntry("Humanitarian marker", "-")
        .containsEntry("Suboutput also contributes to the following outputs", "-")
        .containsEntry("Strategic priority code", "-")
        .containsEntry("Strategic priority", "-")
        .containsEntry("Outcome code", "1.1.");
  }

  @Test
  void should_write_the_other_outputs_an_entry_contributes_to() {
    UnInfoImport r =
        readCsv(
            csv(
                with(
                    row(),
                    "Suboutput also contributes to the following outputs",
                    "1.2.1 Other output"),
                with(row(), "ID", "2", "Output code", "1.2.1", "Output", "Other output")));

    List<Map<String, String>> w = written(r.plans());

    assertThat(w.get(0))
        .containsEntry("Suboutput also contributes to the following outputs", "1.2.1 Other output");
    assertThat(w.get(1)).containsEntry("Suboutput also contributes to the following outputs", "-");
  }

  @Test
  void should_guard_formula_like_narratives_of_every_year() {
    Map<String, String> cells =
        with(
            row(),
            "2017 Narrative",
            "=SUM(1)",
            "2018 Narrative",
            "@SUM(2)",
            "2023 Narrative",
            "+three");
    UnInfoImport r = readCsv(csv(cells));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ActivityReportWriter.standard().write(r.plans(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = out.toString(StandardCharsets.UTF_8);

    assertThat(text)
        .contains("\"'=SUM(1)\"")
        .contains("\"'@SUM(2)\"")
        .contains("\"'+three\"")
        .doesNotContain("\"=SUM(1)\"");
    assertThat(written(r.plans()).get(0))
        .containsEntry("2017 Narrative", "'=SUM(1)")
        .containsEntry("2023 Required", "120000")
        .containsEntry("Start date", "2023-08-01");
  }

  @Test
  void should_write_a_code_without_its_prefix_where_a_plan_has_no_display_code() {
    CooperationFramework read = readCsv(csv(row())).plans().get(0);
    List<PriorityArea> areas = new ArrayList<>();
    for (PriorityArea a : read.priorityAreas()) {
      List<Outcome> outcomes = new ArrayList<>();
      for (Outcome o : a.outcomes()) {
        List<Output> outputs = new ArrayList<>();
        for (Output u : o.outputs()) {
          outputs.add(Output.builder().from(u).displayCode(Optional.empty()).build());
        }
        outcomes.add(
            Outcome.builder().from(o).displayCode(Optional.empty()).outputs(outputs).build());
      }
      areas.add(
          PriorityArea.builder().from(a).displayCode(Optional.empty()).outcomes(outcomes).build());
    }
    CooperationFramework plan =
        CooperationFramework.builder().from(read).priorityAreas(areas).build();

    Map<String, String> w = written(List.of(plan)).get(0);

    assertThat(w)
        .containsEntry("Strategic priority code", "1")
        .containsEntry("Outcome code", "1.1")
        .containsEntry("Output code", "1.1.1");
  }

  /** A plan whose one output has the given code and no display code, its entry moved to it. */
  private static CooperationFramework withOutputCode(String code) {
    CooperationFramework read = readCsv(csv(row())).plans().get(0);
    PriorityArea a = read.priorityAreas().get(0);
    Outcome o = a.outcomes().get(0);
    Output u =
        Output.builder().from(o.outputs().get(0)).code(code).displayCode(Optional.empty()).build();
    Outcome o2 = Outcome.builder().from(o).outputs(List.of(u)).build();
    PriorityArea a2 = PriorityArea.builder().from(a).outcomes(List.of(o2)).build();
    JointWorkPlan j = read.jointWorkPlans().get(0);
    SubOutput s = SubOutput.builder().from(j.entries().get(0)).outputCode(code).build();
    JointWorkPlan j2 = JointWorkPlan.builder().from(j).entries(List.of(s)).build();
    return CooperationFramework.builder()
        .from(read)
        .priorityAreas(List.of(a2))
        .jointWorkPlans(List.of(j2))
        .build();
  }

  @Test
  void should_write_a_code_that_is_only_the_prefix_or_lacks_it_as_it_is() {
    assertThat(written(List.of(withOutputCode("OU"))).get(0)).containsEntry("Output code", "OU");
    assertThat(written(List.of(withOutputCode("X9"))).get(0)).containsEntry("Output code", "X9");
    assertThat(written(List.of(withOutputCode("OU7"))).get(0)).containsEntry("Output code", "7");
  }
}
