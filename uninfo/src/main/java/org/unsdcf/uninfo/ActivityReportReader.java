package org.unsdcf.uninfo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.unsdcf.core.entities.UnEntity;
import org.unsdcf.core.entities.UnEntityCatalogue;
import org.unsdcf.core.model.CooperationFramework;

/**
 * Reads UN INFO's activity report (CSV or XLSX) into plans (design §14).
 *
 * <p>Lenient on content: every cell is mapped or named by an {@link UnInfoProblem}, nothing is
 * dropped silently, and no content throws. Strict on safety: a file that is not a readable activity
 * report (not CSV or XLSX, a required column missing, a limit passed, a broken or hostile ZIP,
 * unsafe XML, bad UTF-8) throws {@link UnInfoReadException}. XLSX parts are inflated under caps on
 * size and ratio that never trust ZIP headers, XML declaring a DTD or entity is refused, and shared
 * strings and cells are capped. The Focal users column (staff names) is never read.
 *
 * <pre>{@code
 * UnInfoImport result = ActivityReportReader.standard().read(Path.of("activity-report.xlsx"));
 * for (CooperationFramework plan : result.plans()) { ... }
 * result.problems().forEach(System.err::println);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ActivityReportReader {
  private static final ActivityReportReader STANDARD = new ActivityReportReader(Limits.DEFAULT);

  private final Limits limits;

  private ActivityReportReader(Limits limits) {
    this.limits = limits;
  }

  /**
   * Obtains a reader with the default limits: file 256 MiB, 1,000,000 rows, cells of 100,000
   * characters.
   *
   * @return the reader
   */
  public static ActivityReportReader standard() {
    return STANDARD;
  }

  /**
   * Obtains a builder of a reader with lower limits.
   *
   * @return a builder starting from the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a file: XLSX when it starts with {@code PK\3\4}, else CSV (UTF-8, an optional BOM).
   *
   * @param file the file
   * @return the plans and problems
   * @throws UnInfoReadException if the file is not a readable activity report
   * @throws IOException if the file cannot be read
   */
  public UnInfoImport read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    long size = Files.size(file);
    if (size > limits.maxFileBytes()) {
      throw tooLarge();
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = readBounded(in);
      return read(bytes, isZip(bytes) ? ActivityReportFormat.XLSX : ActivityReportFormat.CSV);
    }
  }

  /**
   * Reads a stream in the given format.
   *
   * @param in the stream, read to its end and not closed
   * @param format CSV or XLSX
   * @return the plans and problems
   * @throws UnInfoReadException if the stream is not a readable activity report
   * @throws IOException if the stream cannot be read
   */
  public UnInfoImport read(InputStream in, ActivityReportFormat format) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    return read(readBounded(in), format);
  }

  private UnInfoImport read(byte[] bytes, ActivityReportFormat format) {
    if (bytes.length == 0) {
      throw Problems.unreadable(UnInfoProblemCode.NOT_A_REPORT, "the file is empty");
    }
    if (bytes.length >= 4
        && (bytes[0] & 0xff) == 0xd0
        && (bytes[1] & 0xff) == 0xcf
        && (bytes[2] & 0xff) == 0x11
        && (bytes[3] & 0xff) == 0xe0) {
      throw Problems.unreadable(
          UnInfoProblemCode.NOT_A_REPORT,
          "the file is an old binary Excel (OLE2) workbook: export the report as XLSX or CSV");
    }
    Problems problems = new Problems();
    RowSource rows;
    XlsxRows xlsx = null;
    if (format == ActivityReportFormat.XLSX) {
      if (!isZip(bytes)) {
        throw Problems.unreadable(
            UnInfoProblemCode.ZIP_INVALID, "the file does not start as a ZIP (PK\\3\\4): not XLSX");
      }
      xlsx = XlsxRows.open(bytes, limits, problems);
      rows = xlsx;
    } else {
      if (isZip(bytes)) {
        throw Problems.unreadable(
            UnInfoProblemCode.NOT_A_REPORT, "the file is a ZIP (perhaps XLSX), not CSV");
      }
      rows = CsvRows.open(bytes, limits);
    }
    try {
      return map(rows, problems);
    } finally {
      if (xlsx != null) {
        xlsx.close();
      }
    }
  }

  private static UnInfoImport map(RowSource rows, Problems problems) {
    Columns columns = Columns.of(rows.header(), problems);
    UnEntityCatalogue entities = UnEntityCatalogue.bundled();
    CommaNames commaNames = DefaultCommaNames.INSTANCE;
    CellReader cells =
        new CellReader(
            columns, rows.listSeparator(), problems, commaNames, new Memo(), rows.plainText());
    RowMapper mapper = new RowMapper(columns, cells, entities);
    int count = 0;
    RawRow r;
    while ((r = rows.next()) != null) {
      count++;
      mapper.accept(r);
    }
    PlanFinisher finisher = new PlanFinisher(problems);
    List<CooperationFramework> plans = new ArrayList<>();
    for (Drafts.Plan p : mapper.plans()) {
      finisher.finish(p).ifPresent(plans::add);
    }
    return new UnInfoImport(plans, problems.sorted(), count);
  }

  /** The bundled names and the catalogue's, read once. */
  private static final class DefaultCommaNames {
    static final CommaNames INSTANCE =
        CommaNames.bundled(UnEntityCatalogue.bundled().all().stream().map(UnEntity::name).toList());
  }

  private byte[] readBounded(InputStream in) throws IOException {
    // Sized from available() (a file or byte array reports its length), so the bytes are usually
    // copied once; that hint is trusted only up to 16 MiB, the limit only on what is read.
    long max = limits.maxFileBytes();
    long hint = Math.min(Math.max(in.available(), 64 * 1024), 16 * 1024 * 1024);
    byte[] buf = new byte[(int) Math.min(max + 1, hint)];
    int total = 0;
    while (true) {
      if (total == buf.length) {
        int next = in.read();
        if (next < 0) {
          return buf;
        }
        if (total + 1L > max) {
          throw tooLarge();
        }
        buf = Arrays.copyOf(buf, (int) Math.min(max + 1, 2L * buf.length));
        buf[total++] = (byte) next;
        continue;
      }
      int n = in.read(buf, total, buf.length - total);
      if (n <= 0) {
        return Arrays.copyOf(buf, total);
      }
      total += n;
      if (total > max) {
        throw tooLarge();
      }
    }
  }

  private UnInfoReadException tooLarge() {
    return Problems.unreadable(
        UnInfoProblemCode.LIMIT_FILE_SIZE,
        "the file is larger than " + limits.maxFileBytes() + " bytes: the limit is passed");
  }

  private static boolean isZip(byte[] b) {
    return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
  }

  /** Builds a reader with limits at most the defaults. */
  public static final class Builder {
    private long maxFileBytes = Limits.DEFAULT_FILE_BYTES;
    private int maxRows = Limits.DEFAULT_ROWS;
    private int maxCellChars = Limits.DEFAULT_CELL_CHARS;

    private Builder() {}

    /**
     * Sets the largest file read, in bytes.
     *
     * @param bytes 1 to 268,435,456 (256 MiB)
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxFileBytes(long bytes) {
      check("maxFileBytes", bytes, Limits.DEFAULT_FILE_BYTES);
      this.maxFileBytes = bytes;
      return this;
    }

    /**
     * Sets the most records read.
     *
     * @param rows 1 to 1,000,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxRows(int rows) {
      check("maxRows", rows, Limits.DEFAULT_ROWS);
      this.maxRows = rows;
      return this;
    }

    /**
     * Sets the longest cell, in characters.
     *
     * @param chars 1 to 100,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxCellChars(int chars) {
      check("maxCellChars", chars, Limits.DEFAULT_CELL_CHARS);
      this.maxCellChars = chars;
      return this;
    }

    private static void check(String field, long value, long max) {
      if (value < 1 || value > max) {
        throw new IllegalArgumentException(
            "ActivityReportReader."
                + field
                + ": must be between 1 and its default "
                + max
                + ", but was '"
                + value
                + "'");
      }
    }

    /**
     * Builds the reader.
     *
     * @return the reader
     */
    public ActivityReportReader build() {
      return new ActivityReportReader(new Limits(maxFileBytes, maxRows, maxCellChars));
    }
  }
}
