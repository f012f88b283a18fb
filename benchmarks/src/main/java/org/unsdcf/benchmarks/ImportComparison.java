package org.unsdcf.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Compares two builds of {@code unsdcf-uninfo} importing one file inside one JVM, for changes
 * smaller than the noise between JMH's forks: each jar gets a class loader of its own (its {@code
 * org.unsdcf.uninfo} classes first, everything else from this jar), imports alternate ten at a
 * time, and thread CPU time is counted. A build compared with itself gives 1.00 ± 0.02.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.unsdcf.benchmarks.ImportComparison \
 *     current.jar candidate.jar ../shared/data/external/uninfo/uninfo-activity-report_ECA_Education.csv 50
 * }</pre>
 *
 * <p>Prints each build's median time per import and the median of candidate ÷ current over the
 * rounds, with its quartiles. Resources are found through this jar, so a change to uninfo's
 * resources is not compared.
 */
public final class ImportComparison {
  private static final String UNINFO = "org.unsdcf.uninfo.";
  private static final int PER_ROUND = 10;
  private static final int WARM_UP = 300;

  private ImportComparison() {}

  /** One build's import of CSV bytes, giving the number of entries read. */
  @FunctionalInterface
  private interface Import {
    long entries(byte[] csv) throws ReflectiveOperationException;
  }

  /** Loads {@code org.unsdcf.uninfo} from its jar before asking the parent. */
  private static final class ChildFirst extends URLClassLoader {
    ChildFirst(URL jar, ClassLoader parent) {
      super(new URL[] {jar}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith(UNINFO)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          c = findClass(name);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }

  private static Import load(Path jar) throws IOException, ReflectiveOperationException {
    ClassLoader loader =
        new ChildFirst(jar.toUri().toURL(), ImportComparison.class.getClassLoader());
    Class<?> reader = loader.loadClass(UNINFO + "ActivityReportReader");
    Class<?> format = loader.loadClass(UNINFO + "ActivityReportFormat");
    Object csv = format.getField("CSV").get(null);
    Object standard = reader.getMethod("standard").invoke(null);
    Method read = reader.getMethod("read", InputStream.class, format);
    Method entries = read.getReturnType().getMethod("entries");
    return bytes ->
        ((Number) entries.invoke(read.invoke(standard, new ByteArrayInputStream(bytes), csv)))
            .longValue();
  }

  /**
   * Runs the comparison.
   *
   * @param args the current jar, the candidate jar, the CSV file, the number of rounds
   * @throws Exception if a jar or the file cannot be read, or an import fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: ImportComparison CURRENT.jar CANDIDATE.jar FILE.csv ROUNDS");
      System.exit(64);
    }
    Import current = load(Path.of(args[0]));
    Import candidate = load(Path.of(args[1]));
    byte[] csv = Files.readAllBytes(Path.of(args[2]));
    int rounds = Integer.parseInt(args[3]);
    if (rounds < 4) {
      System.err.println("ImportComparison: at least 4 rounds, for quartiles");
      System.exit(64);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    try {
      for (int i = 0; i < WARM_UP; i++) {
        sink += current.entries(csv) + candidate.entries(csv);
      }
      double[] a = new double[rounds];
      double[] b = new double[rounds];
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        long t0 = threads.getCurrentThreadCpuTime();
        for (int k = 0; k < PER_ROUND; k++) {
          sink += current.entries(csv);
        }
        long t1 = threads.getCurrentThreadCpuTime();
        for (int k = 0; k < PER_ROUND; k++) {
          sink += candidate.entries(csv);
        }
        long t2 = threads.getCurrentThreadCpuTime();
        a[r] = (t1 - t0) / 1e6 / PER_ROUND;
        b[r] = (t2 - t1) / 1e6 / PER_ROUND;
        ratio[r] = b[r] / a[r];
      }
      Arrays.sort(a);
      Arrays.sort(b);
      Arrays.sort(ratio);
      System.out.printf(
          Locale.ROOT,
          "current %.3f ms, candidate %.3f ms, candidate / current %.3f (quartiles %.3f to %.3f;"
              + " %d entries read)%n",
          a[rounds / 2],
          b[rounds / 2],
          ratio[rounds / 2],
          ratio[rounds / 4],
          ratio[3 * rounds / 4],
          sink);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("an import failed", e.getCause());
    }
  }
}
