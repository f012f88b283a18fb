package org.unsdcf.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.validation.Severity;

/**
 * The real activity files of {@code <unsdcf.external>/iati/activities/} (UNICEF and WHO Kyrgyzstan,
 * UNDP Kazakhstan and Egypt, UN Women Burundi, UNHCR Colombia, IATI's annotated example) and the
 * IATI-Schemas fixtures in {@code schema-tests/}: each imports without an exception, with the
 * counts and money of the folder's README and each known quirk reported. Runs in the conformance
 * profile and fails when the folder is missing.
 */
@Tag("conformance")
class IatiImportConformanceTest {

  private static Path external() {
    String folder = System.getProperty("unsdcf.external");
    assertThat(folder)
        .as("system property unsdcf.external (the conformance profile sets it)")
        .isNotBlank();
    Path iati = Path.of(folder, "iati");
    assertThat(Files.isDirectory(iati)).as("%s exists", iati).isTrue();
    return iati;
  }

  private static IatiImport read(String file) throws IOException {
    return IatiReader.standard().read(external().resolve("activities").resolve(file));
  }

  /** File, indicators, periods (the README's table). */
  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("undp-kz_OUTPUT-00120857.xml", 1, 1),
        Arguments.of("undp-kz_OUTPUT-00120978.xml", 1, 1),
        Arguments.of("unicef-kg_2450-A0-06-002-005.xml", 8, 8),
        Arguments.of("who-kg_2020-21-13.003.EU01.KGZ02.xml", 0, 0),
        Arguments.of("unwomen-bi_BDI_D_4.3.xml", 27, 27),
        Arguments.of("undp-eg_OUTPUT-00071131.xml", 18, 37),
        Arguments.of("unhcr-co_2020-AME-COL.xml", 54, 54),
        Arguments.of(
            "IATI-Extra-Documentation_activity-standard-example-annotated_2.03.xml", 1, 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void every_real_file_imports_its_activity_indicators_and_periods(
      String file, int indicators, int periods) throws Exception {
    IatiImport read = read(file);
    assertThat(read.activities()).isEqualTo(1);
    assertThat(read.entries()).hasSize(1);
    SubOutput entry = read.entries().get(0);
    assertThat(entry.indicators()).hasSize(indicators);
    List<String> periodPaths = periodXpaths(external().resolve("activities").resolve(file));
    assertThat(periodPaths).hasSize(periods);
    // Every period gave a target or an actual, or is named by a problem at or below it.
    List<IatiProblem> problems = read.problems();
    for (String period : periodPaths) {
      int k = indicatorIndex(period, external().resolve("activities").resolve(file));
      Indicator indicator = entry.indicators().get(k);
      boolean mapped = !indicator.targets().isEmpty() || !indicator.measurements().isEmpty();
      boolean named = problems.stream().anyMatch(p -> p.xpath().startsWith(period));
      assertThat(mapped || named).as("period %s is mapped or reported", period).isTrue();
    }
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).doesNotContain("\n"));
  }

  private static Map<Integer, BigDecimal[]> money(SubOutput entry) {
    Map<Integer, BigDecimal[]> years = new TreeMap<>();
    for (FundingLine f : entry.funding()) {
      years.put(
          f.year().getValue(),
          new BigDecimal[] {
            f.required().amount(),
            f.available().amount(),
            f.expenditure().map(m -> m.amount()).orElse(BigDecimal.ZERO)
          });
    }
    return years;
  }

  private static BigDecimal total(Map<Integer, BigDecimal[]> years, int column) {
    return years.values().stream().map(v -> v[column]).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** File, required, available, expenditure totals (README: budgets, type 11 or 1, type 4). */
  static Stream<Arguments> money() {
    return Stream.of(
        Arguments.of("undp-kz_OUTPUT-00120857.xml", "49696", "49696", "48494"),
        Arguments.of("undp-kz_OUTPUT-00120978.xml", "179245", "179245", "55719"),
        Arguments.of("unicef-kg_2450-A0-06-002-005.xml", "1531235", "2638235", "2576722"),
        Arguments.of("who-kg_2020-21-13.003.EU01.KGZ02.xml", "3495668", "0", "2599693.6"),
        // Revised 338,984 for 2019-2021, original 4,324,782 for 2022-2023 (original 6,646,666
        // in all): never both, never summed.
        Arguments.of("unwomen-bi_BDI_D_4.3.xml", "4663766", "338984", "214730"),
        Arguments.of("undp-eg_OUTPUT-00071131.xml", "11430758", "11430758", "6772284"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("money")
  void budgets_commitments_and_expenditure_add_up_to_the_files_figures(
      String file, String required, String available, String expenditure) throws Exception {
    Map<Integer, BigDecimal[]> years = money(read(file).entries().get(0));
    assertThat(total(years, 0)).isEqualByComparingTo(required);
    assertThat(total(years, 1)).isEqualByComparingTo(available);
    assertThat(total(years, 2)).isEqualByComparingTo(expenditure);
  }

  @Test
  void un_women_takes_the_revised_budget_per_year() throws Exception {
    IatiImport read = read("unwomen-bi_BDI_D_4.3.xml");
    Map<Integer, BigDecimal[]> years = money(read.entries().get(0));
    assertThat(years.keySet()).containsExactly(2019, 2020, 2021, 2022, 2023);
    assertThat(years.get(2019)[0]).isEqualByComparingTo("110371");
    assertThat(years.get(2020)[0]).isEqualByComparingTo("152239");
    assertThat(years.get(2021)[0]).isEqualByComparingTo("76374");
    assertThat(count(read, IatiProblemCode.BUDGET_REVISED)).isEqualTo(3);
  }

  @Test
  void unhcr_leaves_out_each_value_in_another_currency() throws Exception {
    IatiImport read = read("unhcr-co_2020-AME-COL.xml");
    assertThat(read.currency()).isEqualTo("USD");
    // 34 commitments: 22 in USD, 10 EUR, 1 CAD, 1 CHF; plus its one budget, in USD.
    assertThat(count(read, IatiProblemCode.FOREIGN_CURRENCY)).isEqualTo(12);
    assertThat(read.problems())
        .filteredOn(p -> p.code() == IatiProblemCode.FOREIGN_CURRENCY)
        .allMatch(p -> p.severity() == Severity.ERROR);
    Map<Integer, BigDecimal[]> years = money(read.entries().get(0));
    assertThat(total(years, 0)).isEqualByComparingTo("96637523.46");
    assertThat(count(read, IatiProblemCode.OTHER_LANGUAGES)).isPositive();
  }

  @Test
  void unicef_targets_like_2020_100000_and_actuals_of_a_colon_are_reported() throws Exception {
    IatiImport read = read("unicef-kg_2450-A0-06-002-005.xml");
    assertThat(count(read, IatiProblemCode.MEASURE_GUESSED)).isEqualTo(8);
    assertThat(read.entries().get(0).indicators())
        .allSatisfy(i -> assertThat(i.targets()).isNotEmpty());
    assertThat(count(read, IatiProblemCode.LANGUAGE_CASE)).isEqualTo(1);
    assertThat(count(read, IatiProblemCode.FOREIGN_ATTRIBUTE)).isEqualTo(1);
    assertThat(count(read, IatiProblemCode.CODE_DERIVED)).isEqualTo(1);
    assertThat(read.entries().get(0).leadEntity()).isEqualTo("UNICEF");
  }

  @Test
  void the_annotated_example_reads_in_euro_when_asked() throws Exception {
    IatiImport read =
        IatiReader.builder()
            .currency("EUR")
            .build()
            .read(
                external()
                    .resolve("activities")
                    .resolve(
                        "IATI-Extra-Documentation_activity-standard-example-annotated_2.03.xml"));
    Map<Integer, BigDecimal[]> years = money(read.entries().get(0));
    assertThat(total(years, 0)).isEqualByComparingTo("3000");
    assertThat(total(years, 1)).isEqualByComparingTo("1000");
    assertThat(count(read, IatiProblemCode.FOREIGN_CURRENCY)).isZero();
  }

  @Test
  void every_schema_fixture_reads_with_problems_and_no_exception() throws Exception {
    List<Path> fixtures;
    try (Stream<Path> files = Files.list(external().resolve("schema-tests"))) {
      fixtures = files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    assertThat(fixtures).hasSize(52);
    for (Path fixture : fixtures) {
      IatiImport read = IatiReader.standard().read(fixture);
      assertThat(read.activities()).as("%s", fixture).isEqualTo(1);
      assertThat(read.problems()).as("%s", fixture).isNotEmpty();
    }
  }

  private static long count(IatiImport read, IatiProblemCode code) {
    return read.problems().stream().filter(p -> p.code() == code).count();
  }

  /** The xpaths of every period element, by an independent raw StAX scan. */
  private static List<String> periodXpaths(Path file) throws Exception {
    List<String> paths = new ArrayList<>();
    scan(
        file,
        (path, name) -> {
          if (name.equals("period") && path.contains("/indicator[")) {
            paths.add(path);
          }
        });
    return paths;
  }

  /** The position of a period's indicator among all indicators of the activity, 0-based. */
  private static int indicatorIndex(String periodPath, Path file) throws Exception {
    String indicator = periodPath.substring(0, periodPath.lastIndexOf("/period["));
    List<String> indicators = new ArrayList<>();
    scan(
        file,
        (path, name) -> {
          if (name.equals("indicator") && path.contains("/result[")) {
            indicators.add(path);
          }
        });
    return indicators.indexOf(indicator);
  }

  private interface Visitor {
    void element(String path, String name);
  }

  private static void scan(Path file, Visitor visitor) throws Exception {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = factory.createXMLStreamReader(in);
      List<String> stack = new ArrayList<>();
      List<Map<String, Integer>> counts = new ArrayList<>();
      counts.add(new TreeMap<>());
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          String path;
          if (stack.isEmpty()) {
            path = "/" + name;
          } else {
            int n = counts.get(counts.size() - 1).merge(name, 1, Integer::sum);
            path = stack.get(stack.size() - 1) + "/" + name + "[" + n + "]";
          }
          visitor.element(path, name);
          stack.add(path);
          counts.add(new TreeMap<>());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          stack.remove(stack.size() - 1);
          counts.remove(counts.size() - 1);
        }
      }
    }
  }
}
