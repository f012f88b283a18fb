package org.unsdcf.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.json.PlanWriter;
import org.unsdcf.testkit.gen.DatasetGenerator;
import org.unsdcf.testkit.gen.DatasetSize;

/**
 * The §10 datasets as the benchmarks use them: each plan's COMPACT JSON, and the NDJSON of a
 * dataset. Generated once per JVM from {@link DatasetGenerator#DEFAULT_SEED} (or the system
 * property {@code unsdcf.seed}), so every benchmark of a run sees the same bytes.
 */
public final class Datasets {
  /** The as-of date of every validation and roll-up. */
  public static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  private static final Map<DatasetSize, Data> CACHE = new EnumMap<>(DatasetSize.class);

  private Datasets() {}

  /** One dataset: its distinct plans and their compact JSON. */
  public static final class Data {
    private final DatasetSize size;
    private final List<CooperationFramework> plans;
    private final List<byte[]> lines;
    private final byte[] ndjson;

    private Data(
        DatasetSize size, List<CooperationFramework> plans, List<byte[]> lines, byte[] ndjson) {
      this.size = size;
      this.plans = plans;
      this.lines = lines;
      this.ndjson = ndjson;
    }

    Data(DatasetSize size, List<CooperationFramework> plans) {
      this.size = size;
      this.plans = List.copyOf(plans);
      List<byte[]> lines = new ArrayList<>(plans.size());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (CooperationFramework plan : plans) {
        byte[] line = PlanWriter.compact().write(plan);
        lines.add(line);
        out.write(line, 0, line.length);
        out.write('\n');
      }
      this.lines = List.copyOf(lines);
      this.ndjson = out.toByteArray();
    }

    /**
     * Gets the dataset's size.
     *
     * @return the size
     */
    public DatasetSize size() {
      return size;
    }

    /**
     * Gets the distinct plans.
     *
     * @return the plans, in order
     */
    public List<CooperationFramework> plans() {
      return plans;
    }

    /**
     * Gets each distinct plan's COMPACT JSON.
     *
     * @return one array per plan
     */
    public List<byte[]> lines() {
      return lines;
    }

    /**
     * Gets the first plan's COMPACT JSON.
     *
     * @return the bytes of plan 0
     */
    public byte[] first() {
      return lines.get(0);
    }

    /**
     * Opens the dataset's NDJSON: the distinct plans' lines, replayed {@link DatasetSize#replays()}
     * times, never copied.
     *
     * @return a new stream
     */
    public InputStream openNdjson() {
      return new ReplayingInputStream(ndjson, size.replays());
    }

    /**
     * Gets the number of bytes {@link #openNdjson()} delivers.
     *
     * @return the NDJSON length times the replays
     */
    public long ndjsonBytes() {
      return (long) ndjson.length * size.replays();
    }
  }

  /**
   * Gets a dataset, generating it on first use in this JVM. STRESS shares GLOBAL's plans and bytes.
   *
   * @param size the dataset
   * @return its plans and bytes
   */
  public static synchronized Data get(DatasetSize size) {
    Data data = CACHE.get(size);
    if (data == null) {
      if (size == DatasetSize.STRESS) {
        Data global = get(DatasetSize.GLOBAL);
        data = new Data(size, global.plans, global.lines, global.ndjson);
      } else {
        long seed = Long.getLong("unsdcf.seed", DatasetGenerator.DEFAULT_SEED);
        data = new Data(size, new DatasetGenerator(seed).plans(size));
      }
      CACHE.put(size, data);
    }
    return data;
  }

  /** An input stream over the same bytes, n times, without copying them. */
  static final class ReplayingInputStream extends InputStream {
    private final byte[] bytes;
    private int replaysLeft;
    private int position;

    ReplayingInputStream(byte[] bytes, int replays) {
      this.bytes = bytes;
      this.replaysLeft = replays;
    }

    @Override
    public int read() {
      if (!advance()) {
        return -1;
      }
      return bytes[position++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (!advance()) {
        return -1;
      }
      int n = Math.min(len, bytes.length - position);
      System.arraycopy(bytes, position, b, off, n);
      position += n;
      return n;
    }

    private boolean advance() {
      while (position == bytes.length) {
        if (replaysLeft <= 1) {
          return false;
        }
        replaysLeft--;
        position = 0;
      }
      return replaysLeft > 0 && bytes.length > 0;
    }
  }
}
