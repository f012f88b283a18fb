package org.unsdcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.iati.IatiImport;
import org.unsdcf.iati.IatiReader;
import org.unsdcf.iati.IatiWriteResult;
import org.unsdcf.iati.IatiWriter;
import org.unsdcf.json.PlanReader;
import org.unsdcf.testkit.IatiConformance;
import org.unsdcf.uninfo.ActivityReportReader;
import org.unsdcf.uninfo.UnInfoImport;

/**
 * {@code export iati} of the bundled example (§4.2, what {@code example} prints) and of every plan
 * of every UN INFO export in {@code <unsdcf.external>/uninfo} validates against the official IATI
 * 2.03 schema, passes the IATI rules of design §20, and reads back through {@link IatiReader} to
 * the same entries, for the members compared here (iati's {@code ExportImportLawsTest} holds the
 * full projection over generated plans).
 */
@Tag("conformance")
class ExportIatiConformanceTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  @TempDir Path dir;

  static Stream<Path> unInfoExports() throws IOException {
    Path folder = Path.of(System.getProperty("unsdcf.external"), "uninfo");
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> exports =
          files
              .filter(
                  p -> p.getFileName().toString().matches("uninfo.*activity-report.*\\.(csv|xlsx)"))
              .sorted()
              .toList();
      assertThat(exports).as("UN INFO activity reports in %s", folder).hasSizeGreaterThan(2);
      return exports.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unInfoExports")
  void every_un_info_import_exports_valid_and_reads_back_to_the_same_entries(Path export)
      throws IOException {
    Schema schema = IatiConformance.officialSchema();
    UnInfoImport imported = ActivityReportReader.standard().read(export);
    assertThat(imported.plans()).isNotEmpty();
    int compared = 0;
    for (CooperationFramework plan : imported.plans()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      IatiWriteResult result =
          IatiWriter.builder()
              .reportingOrg("XM-DAC-41114", "United Nations Development Programme", "40")
              .asOf(AS_OF)
              .build()
              .write(plan, out);
      byte[] xml = out.toByteArray();
      assertThat(IatiConformance.schemaErrors(schema, xml)).as("%s XSD", plan.code()).isEmpty();
      assertThat(IatiConformance.ruleViolations(xml, AS_OF)).as("%s rules", plan.code()).isEmpty();
      List<SubOutput> expected = firstOfEachCode(plan);
      assertThat(result.activities()).isEqualTo(1 + expected.size());
      IatiImport back = IatiReader.builder().currency(plan.currency()).build().read(xml);
      assertThat(back.entries()).as("%s entries", plan.code()).hasSameSizeAs(expected);
      for (int i = 0; i < expected.size(); i++) {
        SubOutput want = expected.get(i);
        SubOutput got = back.entries().get(i);
        assertThat(carried(got))
            .as("%s entry %s", plan.code(), want.code())
            .isEqualTo(carried(want));
        compared++;
      }
    }
    assertThat(compared).as("entries compared").isGreaterThan(imported.plans().size());
  }

  /** The members every entry has, compared as IATI carries them (names as the writer writes). */
  private static List<Object> carried(SubOutput e) {
    Map<Integer, BigDecimal> required = new TreeMap<>();
    for (FundingLine line : e.funding()) {
      required.merge(line.year().getValue(), line.required().amount(), BigDecimal::add);
    }
    required.replaceAll((y, v) -> v.stripTrailingZeros());
    return List.of(
        e.code(),
        e.title(),
        e.outputCode(),
        e.leadEntity(),
        e.agencies(),
        e.status(),
        e.start(),
        e.end(),
        e.sdgTargets(),
        e.contributingPartners().stream().map(PartnerRef::name).toList(),
        e.implementingPartners().stream().map(PartnerRef::name).toList(),
        e.genderEqualityMarker(),
        required);
  }

  private static List<SubOutput> firstOfEachCode(CooperationFramework plan) {
    Set<String> codes = new HashSet<>();
    List<SubOutput> entries = new ArrayList<>();
    for (JointWorkPlan jwp : plan.currentJointWorkPlans()) {
      for (SubOutput entry : jwp.entries()) {
        if (codes.add(entry.code())) {
          entries.add(entry);
        }
      }
    }
    return entries;
  }

  @Test
  void export_iati_of_example_is_schema_valid_and_rule_clean() throws Exception {
    CliRun example = CliRun.run("example");
    Path file = dir.resolve("example.json");
    Files.writeString(file, example.out, StandardCharsets.UTF_8);
    Schema schema = IatiConformance.officialSchema();
    for (String asOf : new String[] {"2022-12-31", "2024-06-30", "2030-01-01"}) {
      CliRun run =
          CliRun.run(
              "export",
              "iati",
              file.toString(),
              "--reporting-org",
              "XM-DAC-47066",
              "--as-of",
              asOf);
      assertThat(run.status).as(run.toString()).isZero();
      byte[] xml = run.out.getBytes(StandardCharsets.UTF_8);
      assertThat(IatiConformance.schemaErrors(schema, xml)).as("XSD errors").isEmpty();
      assertThat(IatiConformance.ruleViolations(xml, LocalDate.parse(asOf)))
          .as("IATI rule violations")
          .isEmpty();
      CooperationFramework plan = PlanReader.standard().read(Files.readAllBytes(file));
      IatiImport back = IatiReader.builder().currency(plan.currency()).build().read(xml);
      assertThat(back.entries().stream().map(ExportIatiConformanceTest::carried).toList())
          .isEqualTo(
              firstOfEachCode(plan).stream().map(ExportIatiConformanceTest::carried).toList())
          .isNotEmpty();
    }
  }
}
