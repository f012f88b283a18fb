package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.entities.UnEntity;
import org.unsdcf.core.entities.UnEntityCatalogue;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.rollup.BudgetAggregate;
import org.unsdcf.core.rollup.BudgetGroup;
import org.unsdcf.core.rollup.Rollup;
import org.unsdcf.core.rollup.RollupOptions;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.Validator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The real UN INFO exports (read from {@code unsdcf.external}, never copied): each imports with no
 * ERROR problem (none of them deserves one), with its plan and sub-output counts, and each plan's
 * roll-up budget equals, to the cent, the sums of its rows' year columns, in total, per year and
 * per agency (all of a row's money is its first-listed agency's, design §20).
 */
@Tag("conformance")
class UnInfoConformanceTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of(
            "uninfo_activity-report_KG_KZ_subset.csv", 130, 3, "69221188", "55068568", "32818407"),
        Arguments.of(
            "uninfo-activity-report_ECA_Education.csv",
            496,
            28,
            "857528145",
            "722533955",
            "501076129"),
        Arguments.of(
            "uninfo-activity-report_ECA_Education.xlsx",
            496,
            28,
            "888265347",
            "750920258",
            "502936147"));
  }

  static Path external() {
    String dir = System.getProperty("unsdcf.external");
    assertThat(dir)
        .as("system property unsdcf.external (the conformance profile sets it)")
        .isNotBlank();
    Path uninfo = Path.of(dir, "uninfo");
    assertThat(uninfo).as("the UN INFO exports folder").isDirectory();
    return uninfo;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void every_export_imports_whole_and_its_budgets_equal_its_rows(
      String name, int rows, int plans, String required, String available, String expenditure)
      throws IOException {
    Path file = external().resolve(name);

    UnInfoImport result = ActivityReportReader.standard().read(file);

    assertThat(result.problems()).noneMatch(p -> p.severity() == Severity.ERROR);
    assertThat(result.rows()).isEqualTo(rows);
    assertThat(result.entries()).isEqualTo(rows);
    assertThat(result.plans()).hasSize(plans);
    List<Sums> expected = rowSums(file);
    assertThat(expected).hasSize(plans);
    BigDecimal totalRequired = BigDecimal.ZERO;
    BigDecimal totalAvailable = BigDecimal.ZERO;
    BigDecimal totalExpenditure = BigDecimal.ZERO;
    for (int i = 0; i < plans; i++) {
      CooperationFramework plan = result.plans().get(i);
      Sums sums = expected.get(i);
      RollupReport rollup = Rollup.compute(plan, RollupOptions.builder().asOf(AS_OF).build());
      BudgetAggregate root = rollup.root().budget();
      assertThat(plan.countries()).containsExactly(sums.country);
      assertThat(root.lines()).as(plan.code()).isEqualTo(sums.lines);
      assertThat(root.required()).as(plan.code()).isEqualByComparingTo(sums.total[0]);
      assertThat(root.available()).as(plan.code()).isEqualByComparingTo(sums.total[1]);
      assertThat(root.expenditure()).as(plan.code()).isEqualByComparingTo(sums.total[2]);
      assertThat(amounts(rollup.budget().byYear())).as(plan.code()).isEqualTo(normal(sums.byYear));
      assertThat(amounts(rollup.budget().byAgency()))
          .as(plan.code())
          .isEqualTo(normal(sums.byAgency));
      assertThat(
              Validator.standard().validate(plan, ValidationOptions.builder().asOf(AS_OF).build()))
          .isNotNull();
      totalRequired = totalRequired.add(root.required());
      totalAvailable = totalAvailable.add(root.available());
      totalExpenditure = totalExpenditure.add(root.expenditure());
    }
    // The folder's README gives the files' totals in whole dollars.
    assertThat(totalRequired.setScale(0, RoundingMode.HALF_UP)).isEqualByComparingTo(required);
    assertThat(totalAvailable.setScale(0, RoundingMode.HALF_UP)).isEqualByComparingTo(available);
    assertThat(totalExpenditure.setScale(0, RoundingMode.HALF_UP))
        .isEqualByComparingTo(expenditure);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void writing_an_export_and_reading_it_back_gives_equal_plans(String name) throws IOException {
    UnInfoImport first = ActivityReportReader.standard().read(external().resolve(name));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ActivityReportWriter.standard().write(first.plans(), out);
    UnInfoImport second =
        ActivityReportReader.standard()
            .read(new ByteArrayInputStream(out.toByteArray()), ActivityReportFormat.CSV);

    assertThat(second.plans()).isEqualTo(first.plans());
    assertThat(second.problems()).noneMatch(p -> p.severity() == Severity.ERROR);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void focal_users_are_never_read(String name) throws IOException {
    UnInfoImport result = ActivityReportReader.standard().read(external().resolve(name));

    assertThat(result.problems())
        .filteredOn(p -> p.code() == UnInfoProblemCode.PERSONAL_DATA_NOT_READ)
        .allSatisfy(p -> assertThat(p.value()).isEmpty());
    // The CSVs hold "[redacted]" there; the XLSX's Focal users cells were emptied.
    assertThat(result.problems())
        .filteredOn(p -> p.column().equals("Focal users"))
        .hasSize(name.endsWith(".csv") ? 1 : 0)
        .allSatisfy(p -> assertThat(p.code()).isEqualTo(UnInfoProblemCode.PERSONAL_DATA_NOT_READ));
  }

  // ---- the rows' own sums, computed without the reader ----

  /** One plan's sums: required, available, expenditure in total, by year and by agency. */
  static final class Sums {
    String country;
    int lines;
    final BigDecimal[] total = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    final Map<String, BigDecimal[]> byYear = new TreeMap<>();
    final Map<String, BigDecimal[]> byAgency = new TreeMap<>();
  }

  private static List<Sums> rowSums(Path file) throws IOException {
    List<List<String>> table = file.toString().endsWith(".xlsx") ? xlsx(file) : csv(file);
    List<String> header = table.get(0);
    UnEntityCatalogue entities = UnEntityCatalogue.bundled();
    String separator = file.toString().endsWith(".xlsx") ? "; " : ", ";
    Map<String, Sums> plans = new LinkedHashMap<>();
    for (List<String> row : table.subList(1, table.size())) {
      String country = row.get(header.indexOf("Country")).strip();
      Sums s =
          plans.computeIfAbsent(
              country + "\u0000" + row.get(header.indexOf("Plan name")).strip(), k -> new Sums());
      s.country = iso3(country);
      String lead = row.get(header.indexOf("Agency abbreviations")).split(separator)[0].strip();
      String agency = entities.byAbbreviation(lead).map(UnEntity::code).orElse(lead);
      for (int y = 2017; y <= 2027; y++) {
        String[] cells = {
          cell(row, header, y + " Required"),
          cell(row, header, y + " Available"),
          cell(row, header, y + " Expenditure")
        };
        if (Stream.of(cells).allMatch(c -> c.isEmpty() || c.equals("-"))) {
          continue;
        }
        s.lines++;
        for (int k = 0; k < 3; k++) {
          BigDecimal v =
              cells[k].isEmpty() || cells[k].equals("-")
                  ? BigDecimal.ZERO
                  : new BigDecimal(cells[k]);
          s.total[k] = s.total[k].add(v);
          add(s.byYear, String.valueOf(y), k, v);
          add(s.byAgency, agency, k, v);
        }
      }
    }
    return new ArrayList<>(plans.values());
  }

  private static String iso3(String country) {
    return switch (country) {
      case "Kosovo" -> "XKX";
      case "Turkiye" -> "TUR";
      case "Moldova" -> "MDA";
      default -> Countries.code(country).orElseThrow();
    };
  }

  private static void add(Map<String, BigDecimal[]> map, String key, int k, BigDecimal v) {
    map.computeIfAbsent(
                key, x -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO})[k] =
        map.get(key)[k].add(v);
  }

  private static String cell(List<String> row, List<String> header, String column) {
    int i = header.indexOf(column);
    return i < row.size() ? row.get(i).strip() : "";
  }

  private static Map<String, List<BigDecimal>> normal(Map<String, BigDecimal[]> sums) {
    Map<String, List<BigDecimal>> out = new TreeMap<>();
    sums.forEach((k, v) -> out.put(k, Stream.of(v).map(BigDecimal::stripTrailingZeros).toList()));
    return out;
  }

  private static Map<String, List<BigDecimal>> amounts(List<BudgetGroup> groups) {
    Map<String, List<BigDecimal>> out = new TreeMap<>();
    for (BudgetGroup g : groups) {
      BudgetAggregate b = g.budget();
      out.put(
          g.key(),
          Stream.of(b.required(), b.available(), b.expenditure())
              .map(BigDecimal::stripTrailingZeros)
              .toList());
    }
    return out;
  }

  private static List<List<String>> csv(Path file) throws IOException {
    List<List<String>> table = new ArrayList<>();
    CsvFactory f = CsvFactory.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    try (JsonParser p = f.createParser(ObjectReadContext.empty(), Files.readAllBytes(file))) {
      List<String> row = null;
      JsonToken t;
      int depth = 0;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY && ++depth == 2) {
          row = new ArrayList<>();
        } else if (t == JsonToken.END_ARRAY && depth-- == 2) {
          table.add(row);
        } else if (t == JsonToken.VALUE_STRING) {
          row.add(p.getString());
        }
      }
    }
    return table;
  }

  /** A number cell as the double Excel stored, written as Java's shortest form of it. */
  private static String xlsxNumber(String raw) {
    return BigDecimal.valueOf(Double.parseDouble(raw)).stripTrailingZeros().toPlainString();
  }

  private static List<List<String>> xlsx(Path file) throws IOException {
    List<List<String>> table = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        ReadableWorkbook wb = new ReadableWorkbook(in);
        Stream<Row> rows = wb.getFirstSheet().openStream()) {
      rows.forEach(
          r -> {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < r.getCellCount(); i++) {
              Cell c = r.getCell(i);
              cells.add(
                  c == null || c.getRawValue() == null
                      ? ""
                      : c.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER
                          ? xlsxNumber(c.getRawValue())
                          : c.getText());
            }
            table.add(cells);
          });
    }
    return table;
  }
}
