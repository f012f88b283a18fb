package org.unsdcf.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.unsdcf.testkit.gen.DatasetSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one JMH run's JSON results into {@code RESULTS.md}: the same-run ratios against their
 * goals, each with its error (the relative score errors of numerator and denominator added), the
 * allocation per input byte, the retained heap per JSON byte, and the machine.
 *
 * <pre>
 * java -cp benchmarks.jar org.unsdcf.benchmarks.Results heap.json machine.txt analysis.md RESULTS.md read.json …
 * </pre>
 */
public final class Results {
  private final List<Score> scores = new ArrayList<>();

  private Results() {}

  /** One benchmark's primary score, in ms per operation, and its allocation per operation. */
  record Score(
      String name, String dataset, double ms, double error, String unit, double allocPerOp) {
    String label() {
      return dataset.isEmpty() ? name : name + " [" + dataset + "]";
    }
  }

  /**
   * A ratio with its propagated error; {@code partial} when one score had no error (a single shot),
   * whose relative error then counts as zero.
   */
  record Ratio(double value, double error, boolean partial) {
    static Ratio of(Score numerator, Score denominator) {
      double r = numerator.ms / denominator.ms;
      double a = numerator.error / numerator.ms;
      double b = denominator.error / denominator.ms;
      boolean partial = Double.isNaN(a) != Double.isNaN(b);
      double relative = (Double.isNaN(a) ? 0 : a) + (Double.isNaN(b) ? 0 : b);
      if (Double.isNaN(a) && Double.isNaN(b)) {
        relative = Double.NaN;
      }
      return new Ratio(r, r * relative, partial);
    }
  }

  /**
   * Writes the results file.
   *
   * @param args the retained-heap JSON, the machine description, hand-written notes appended at the
   *     end (skipped if absent), the output file, then JMH's JSON files (those absent are skipped)
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 5) {
      throw new IllegalArgumentException(
          "usage: Results HEAP_JSON MACHINE_TXT NOTES_MD RESULTS_MD JMH_JSON..., but got "
              + args.length
              + " arguments");
    }
    JsonMapper mapper = JsonMapper.builder().build();
    Results results = new Results();
    for (int i = 4; i < args.length; i++) {
      Path file = Path.of(args[i]);
      if (Files.isRegularFile(file)) {
        results.load(mapper.readTree(Files.readAllBytes(file)));
      }
    }
    Path heapFile = Path.of(args[0]);
    JsonNode heap =
        Files.isRegularFile(heapFile) ? mapper.readTree(Files.readAllBytes(heapFile)) : null;
    String machine = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
    Path notesFile = Path.of(args[2]);
    String notes =
        Files.isRegularFile(notesFile) ? Files.readString(notesFile, StandardCharsets.UTF_8) : "";
    String markdown = results.markdown(heap, machine, notes);
    Files.writeString(Path.of(args[3]), markdown, StandardCharsets.UTF_8);
    System.out.print(markdown);
  }

  private void load(JsonNode root) {
    for (int i = 0; i < root.size(); i++) {
      JsonNode run = root.get(i);
      String benchmark = run.get("benchmark").asString();
      String name =
          benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      JsonNode params = run.get("params");
      String dataset =
          params != null && params.get("dataset") != null ? params.get("dataset").asString() : "";
      JsonNode primary = run.get("primaryMetric");
      double factor = toMillis(primary.get("scoreUnit").asString());
      double alloc = Double.NaN;
      JsonNode secondary = run.get("secondaryMetrics");
      if (secondary != null) {
        for (String key : List.of("gc.alloc.rate.norm", "·gc.alloc.rate.norm")) {
          if (secondary.get(key) != null) {
            alloc = number(secondary.get(key).get("score"));
          }
        }
      }
      scores.add(
          new Score(
              name,
              dataset,
              number(primary.get("score")) * factor,
              number(primary.get("scoreError")) * factor,
              primary.get("scoreUnit").asString(),
              alloc));
    }
  }

  private static double toMillis(String unit) {
    return switch (unit) {
      case "s/op" -> 1_000;
      case "ms/op" -> 1;
      case "us/op" -> 1e-3;
      case "ns/op" -> 1e-6;
      default ->
          throw new IllegalArgumentException("unexpected unit " + unit + ": use time/op modes");
    };
  }

  private static double number(JsonNode node) {
    if (node == null) {
      return Double.NaN;
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    try {
      return Double.parseDouble(node.asString());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private Optional<Score> find(String name, String dataset) {
    return scores.stream()
        .filter(s -> s.name.equals(name) && s.dataset.equals(dataset))
        .findFirst();
  }

  private String markdown(JsonNode heap, String machine, String notes) {
    Datasets.Data typical = Datasets.get(DatasetSize.TYPICAL);
    int typicalBytes = typical.first().length;
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark results\n\n");
    md.append(
        "Written by `benchmarks/run.sh` (JMH 1.37, one fork, short iterations) from one run: every"
            + " ratio compares two benchmarks of that run on the same bytes. The datasets are"
            + " design.md §10's, generated from seed "
            + Long.getLong("unsdcf.seed", org.unsdcf.testkit.gen.DatasetGenerator.DEFAULT_SEED)
            + " (`DatasetGenerator`): a TYPICAL plan is "
            + typicalBytes
            + " bytes of compact JSON. Errors are JMH's 99.9% half-intervals; a ratio's relative"
            + " error is the sum of its two scores' relative errors. **The machine is shared**"
            + " (several engineers build on its 2 cores), so scores are noisy: read the errors"
            + " and the load averages below.\n\n");
    md.append("## Goals\n\n");
    md.append("| ratio | goal | measured | error | met |\n| --- | --- | --- | --- | --- |\n");
    goal(
        md,
        "strict read / token scan (throughput, TYPICAL)",
        "≥ 0.70",
        true,
        0.70,
        "ReadBenchmark.tokenScan",
        "TYPICAL",
        "ReadBenchmark.strictRead",
        "TYPICAL");
    goal(
        md,
        "strict read / databind POJO read (throughput, TYPICAL)",
        "≥ 0.90",
        true,
        0.90,
        "ReadBenchmark.databindRead",
        "TYPICAL",
        "ReadBenchmark.strictRead",
        "TYPICAL");
    goal(
        md,
        "our write / databind write, COMPACT (throughput, TYPICAL)",
        "≥ 1.0",
        true,
        1.0,
        "WriteBenchmark.databindWrite",
        "TYPICAL",
        "WriteBenchmark.ourWrite",
        "TYPICAL");
    goal(
        md,
        "validate / read, GLOBAL (time)",
        "≤ 1.0",
        false,
        1.0,
        "GlobalBenchmark.validate",
        "",
        "GlobalBenchmark.read",
        "");
    goal(
        md,
        "roll-up / read, GLOBAL (time)",
        "≤ 0.25",
        false,
        0.25,
        "GlobalBenchmark.rollup",
        "",
        "GlobalBenchmark.read",
        "");
    goal(
        md,
        "roll-up given its validation report / read, GLOBAL (time, issue 13)",
        "≤ 0.25",
        false,
        0.25,
        "GlobalBenchmark.rollupWithReport",
        "",
        "GlobalBenchmark.read",
        "");
    goal(
        md,
        "HTML report / roll-up (time, TYPICAL)",
        "≤ 2",
        false,
        2,
        "ReportBenchmark.htmlReport",
        "TYPICAL",
        "ReportBenchmark.rollup",
        "TYPICAL");
    goal(
        md,
        "IATI export / our JSON write, PRETTY (the default layout, indented like the export; time,"
            + " TYPICAL)",
        "≤ 3",
        false,
        3,
        "IatiExportBenchmark.iatiExport",
        "TYPICAL",
        "IatiExportBenchmark.jsonPrettyWrite",
        "TYPICAL");
    goal(
        md,
        "IATI export / our JSON write, COMPACT (time, TYPICAL; the stricter reading)",
        "≤ 3",
        false,
        3,
        "IatiExportBenchmark.iatiExport",
        "TYPICAL",
        "IatiExportBenchmark.jsonCompactWrite",
        "TYPICAL");
    goal(
        md,
        "UN INFO import / raw jackson-dataformat-csv row scan (throughput, ECA export)",
        "≥ 0.5",
        true,
        0.5,
        "UninfoImportBenchmark.scan",
        "",
        "UninfoImportBenchmark.importReport",
        "");
    goal(
        md,
        "raw StAX event scan / IATI import (time, TYPICAL export)",
        "≥ 0.5",
        true,
        0.5,
        "IatiImportBenchmark.rawStaxScan",
        "TYPICAL",
        "IatiImportBenchmark.iatiImport",
        "TYPICAL");
    for (String op : List.of("read", "readValidate", "readRollup")) {
      goal(
          md,
          "stress / global, streamed " + op + " (time)",
          "≤ 11",
          false,
          11,
          "PortfolioBenchmark." + op,
          "STRESS",
          "PortfolioBenchmark." + op,
          "GLOBAL");
    }
    if (heap != null) {
      double ratio = number(heap.get("retainedBytes")) / number(heap.get("jsonBytes"));
      md.append(
          String.format(
              Locale.ROOT,
              "| retained heap / JSON bytes, GLOBAL (%d plans) | ≤ 3 | %.2f | single measurement |"
                  + " %s |\n",
              (long) number(heap.get("plans")),
              ratio,
              ratio <= 3 ? "yes" : "**no**"));
    } else {
      md.append("| retained heap / JSON bytes, GLOBAL | ≤ 3 | not measured | | |\n");
    }
    floor(md);
    md.append("\n## Allocation per input byte (`-prof gc`, gc.alloc.rate.norm ÷ bytes)\n\n");
    md.append("| benchmark | bytes per op | allocated B/op | B per input byte |\n");
    md.append("| --- | --- | --- | --- |\n");
    for (String name :
        List.of(
            "ReadBenchmark.strictRead",
            "ReadBenchmark.tokenScan",
            "ReadBenchmark.databindRead",
            "WriteBenchmark.ourWrite",
            "WriteBenchmark.databindWrite")) {
      find(name, "TYPICAL")
          .ifPresent(
              s ->
                  md.append(
                      String.format(
                          Locale.ROOT,
                          "| %s | %d | %.0f | %.2f |\n",
                          s.label(),
                          typicalBytes,
                          s.allocPerOp,
                          s.allocPerOp / typicalBytes)));
    }
    md.append(
        "\n## All scores\n\n| benchmark | score (ms/op) | error (ms/op) |\n| --- | --- | --- |\n");
    for (Score s : scores) {
      md.append(String.format(Locale.ROOT, "| %s | %.3f | %s |\n", s.label(), s.ms, fmt(s.error)));
    }
    if (find("CliBenchmark.validate", "").isEmpty()) {
      md.append(
          "\nThe CLI benchmark did not run: no `cli/target/unsdcf.jar` (build the `cli` module).\n");
    }
    md.append("\n## Machine\n\n```\n").append(machine.strip()).append("\n```\n");
    if (!notes.isBlank()) {
      md.append("\n").append(notes.strip()).append("\n");
    }
    return md.toString();
  }

  /**
   * What building core's model costs on its own ({@code ReadBenchmark.construct}) against the token
   * scan, and the strict read / token scan ratio that leaves at best: a reader tokenizes at least
   * as much as the scan and builds every object.
   */
  private void floor(StringBuilder md) {
    Optional<Score> construct = find("ReadBenchmark.construct", "TYPICAL");
    Optional<Score> scan = find("ReadBenchmark.tokenScan", "TYPICAL");
    Optional<Score> databind = find("ReadBenchmark.databindRead", "TYPICAL");
    if (construct.isEmpty() || scan.isEmpty()) {
      return;
    }
    Ratio r = Ratio.of(construct.get(), scan.get());
    double c = construct.get().ms;
    double t = scan.get().ms;
    md.append("\n## Building the model alone (TYPICAL)\n\n");
    md.append(
        "`ReadBenchmark.construct` builds each object of the plan once more through core's public"
            + " builders from its own members (`X.builder().from(x).build()`): the builders, the"
            + " list copies and design §3's checks on every value, without tokenizing, without the"
            + " reader's dispatch over the format's description and without the reader's own format"
            + " checks. It is a floor under any reader into core's model; the last two rows give"
            + " the best ratios such a reader could reach if its tokenizing cost no more than the"
            + " token scan.\n\n");
    md.append("| measure | value | error |\n| --- | --- | --- |\n");
    md.append(
        String.format(
            Locale.ROOT,
            "| construction / token scan (time) | %.3f | ± %s |\n",
            r.value,
            fmt(r.error)));
    md.append(
        String.format(
            Locale.ROOT,
            "| best strict read / token scan a reader could reach, tokenizing as much as the scan"
                + " and building the model: scan ÷ (scan + construction) | %.3f | |\n",
            t / (t + c)));
    databind.ifPresent(
        d ->
            md.append(
                String.format(
                    Locale.ROOT,
                    "| the same against databind: databind ÷ (scan + construction) | %.3f | |\n",
                    d.ms / (t + c))));
  }

  private void goal(
      StringBuilder md,
      String label,
      String goal,
      boolean atLeast,
      double bound,
      String numerator,
      String numeratorDataset,
      String denominator,
      String denominatorDataset) {
    Optional<Score> a = find(numerator, numeratorDataset);
    Optional<Score> b = find(denominator, denominatorDataset);
    if (a.isEmpty() || b.isEmpty()) {
      md.append("| ").append(label).append(" | ").append(goal).append(" | not run | | |\n");
      return;
    }
    Ratio r = Ratio.of(a.get(), b.get());
    boolean met = atLeast ? r.value >= bound : r.value <= bound;
    boolean possible = atLeast ? r.value + r.error >= bound : r.value - r.error <= bound;
    String verdict = met ? "yes" : possible ? "no (within error)" : "**no**";
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %s | %.3f | ± %s%s | %s |\n",
            label,
            goal,
            r.value,
            fmt(r.error),
            r.partial ? " (one-shot side: its error unknown, not counted)" : "",
            verdict));
  }

  private static String fmt(double error) {
    return Double.isNaN(error) ? "n/a" : String.format(Locale.ROOT, "%.3f", error);
  }
}
