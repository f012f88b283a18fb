package org.unsdcf.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.json.PortfolioCursor;
import org.unsdcf.json.PortfolioReader;
import org.unsdcf.testkit.gen.DatasetSize;

/**
 * Measures the heap the GLOBAL model retains against its JSON size: used heap (total − free) after
 * forced collections, before and while holding the 160 plans read from the NDJSON. Simple rather
 * than exact (no agent such as JOL): run it in a JVM of its own with a fixed heap ({@code -Xms
 * -Xmx} equal) so that collections settle; {@code System.gc()} is repeated until the figure stops
 * falling.
 */
public final class RetainedHeap {
  private RetainedHeap() {}

  /**
   * Prints and writes {@code {"jsonBytes": …, "retainedBytes": …}}.
   *
   * @param args the output file (optional)
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Datasets.Data data = Datasets.get(DatasetSize.GLOBAL);
    long jsonBytes = 0;
    for (byte[] line : data.lines()) {
      jsonBytes += line.length;
    }
    long before = usedAfterGc();
    List<CooperationFramework> plans = new ArrayList<>();
    try (InputStream in = data.openNdjson();
        PortfolioCursor cursor = PortfolioReader.standard().open(in)) {
      while (cursor.hasNext()) {
        plans.add(cursor.next().plan().orElseThrow());
      }
    }
    long after = usedAfterGc();
    if (plans.size() != DatasetSize.GLOBAL.plans()) {
      throw new AssertionError("unsdcf bug: read " + plans.size() + " plans");
    }
    String json =
        String.format(
            Locale.ROOT,
            "{\"plans\": %d, \"jsonBytes\": %d, \"retainedBytes\": %d}%n",
            plans.size(),
            jsonBytes,
            after - before);
    System.out.print(json);
    if (args.length > 0) {
      Files.writeString(Path.of(args[0]), json, StandardCharsets.UTF_8);
    }
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long used = runtime.totalMemory() - runtime.freeMemory();
      if (used >= best && i >= 3) {
        return Math.min(best, used);
      }
      best = Math.min(best, used);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return best;
  }
}
