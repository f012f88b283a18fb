package org.unsdcf.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Reads NDJSON portfolios (design.md §5.3): one COMPACT plan per LF-terminated line, a CR before
 * the LF dropped, the last line with or without its LF.
 *
 * <pre>{@code
 * try (PortfolioCursor cursor = PortfolioReader.standard().open(in)) {
 *   while (cursor.hasNext()) {
 *     PortfolioEntry entry = cursor.next();
 *     entry.plan().ifPresent(plans::add);
 *   }
 * }
 * }</pre>
 *
 * <p>Each line is read with {@link PlanReader}'s rules; problems carry the file line and the column
 * within that line. Only the last line may be empty; other blank lines are JSON_EMPTY. A byte order
 * mark is accepted only at the start of the file (elsewhere it is ENCODING). Memory holds one line:
 * a line longer than the document size limit is skipped to its LF as LIMIT_DOCUMENT_SIZE. This
 * class is immutable and thread-safe; its cursors are not.
 */
public final class PortfolioReader {
  private static final PortfolioReader STANDARD = new PortfolioReader(PlanReader.standard(), false);

  private final PlanReader reader;
  private final boolean skipBadLines;

  private PortfolioReader(PlanReader reader, boolean skipBadLines) {
    this.reader = reader;
    this.skipBadLines = skipBadLines;
  }

  /**
   * Obtains the reader with the default limits, returning bad lines as entries.
   *
   * @return the reader
   */
  public static PortfolioReader standard() {
    return STANDARD;
  }

  /**
   * Returns a copy of this reader that reads each line with the given plan reader's limits.
   *
   * @param planReader the plan reader
   * @return the copy
   * @throws NullPointerException if {@code planReader} is null
   */
  public PortfolioReader withPlanReader(PlanReader planReader) {
    return new PortfolioReader(Objects.requireNonNull(planReader, "planReader"), skipBadLines);
  }

  /**
   * Returns a copy of this reader whose cursors skip bad lines, keeping them in {@link
   * PortfolioCursor#skipped()}, so that {@link PortfolioCursor#next()} returns only plans.
   *
   * @return the copy
   */
  public PortfolioReader skippingBadLines() {
    return new PortfolioReader(reader, true);
  }

  /**
   * Opens a cursor over a stream.
   *
   * @param in the NDJSON stream, closed by the cursor's {@code close()}
   * @return the cursor
   * @throws NullPointerException if {@code in} is null
   */
  public PortfolioCursor open(InputStream in) {
    return new Cursor(Objects.requireNonNull(in, "in"));
  }

  private final class Cursor implements PortfolioCursor {
    private final InputStream in;
    private final List<PortfolioEntry> skipped = new ArrayList<>();
    private byte[] line = new byte[8192];

    /** Input read ahead: lines are found by scanning it, not byte by byte through the stream. */
    private final byte[] buffer = new byte[1 << 16];

    private int position;
    private int filled;

    /** How many bytes of {@link #line} the line being read holds. */
    private int length;

    private long lineNumber;
    private boolean eof;
    private PortfolioEntry next;

    Cursor(InputStream in) {
      this.in = in;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !eof) {
        PortfolioEntry entry = readEntry();
        if (entry == null) {
          break;
        }
        if (skipBadLines && entry.error().isPresent()) {
          skipped.add(entry);
        } else {
          next = entry;
        }
      }
      return next != null;
    }

    @Override
    public PortfolioEntry next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more lines");
      }
      PortfolioEntry entry = next;
      next = null;
      return entry;
    }

    @Override
    public List<PortfolioEntry> skipped() {
      return Collections.unmodifiableList(skipped);
    }

    @Override
    public void close() {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Appends read-ahead bytes to the line. */
    private void append(int from, int count) {
      int needed = length + count;
      if (needed > line.length) {
        line =
            Arrays.copyOf(
                line, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, line.length * 2L)));
      }
      System.arraycopy(buffer, from, line, length, count);
      length = needed;
    }

    /** Reads one line; null when the input ends without a further line. */
    private PortfolioEntry readEntry() {
      long limit = reader.limits().documentSize();
      length = 0;
      boolean tooLong = false;
      boolean terminated = false;
      try {
        while (true) {
          if (position == filled) {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
              break;
            }
            position = 0;
            filled = n;
          }
          int start = position;
          int end = start;
          while (end < filled && buffer[end] != '\n') {
            end++;
          }
          if (!tooLong) {
            // A line may hold one byte more than the limit (the plan reader then reports the
            // size); a longer one is not kept.
            long room = limit + 1 - length;
            if (end - start > room) {
              tooLong = true;
            } else {
              append(start, end - start);
            }
          }
          position = end;
          if (end < filled) {
            position++;
            terminated = true;
            break;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (!terminated) {
        eof = true;
        if (length == 0 && !tooLong) {
          return null;
        }
      }
      long number = ++lineNumber;
      if (tooLong) {
        return PortfolioEntry.failed(
            number,
            single(
                number,
                ReadProblemCode.LIMIT_DOCUMENT_SIZE,
                1,
                "line is longer than " + limit + " bytes"));
      }
      if (terminated && length > 0 && line[length - 1] == '\r') {
        length--;
      }
      if (number > 1
          && length >= 3
          && (line[0] & 0xFF) == 0xEF
          && (line[1] & 0xFF) == 0xBB
          && (line[2] & 0xFF) == 0xBF) {
        return PortfolioEntry.failed(
            number,
            single(
                number,
                ReadProblemCode.ENCODING,
                1,
                "byte 0xEF at offset 0 of the line: a byte order mark is allowed only at the start"
                    + " of the file"));
      }
      try {
        return PortfolioEntry.of(number, reader.read(Arrays.copyOf(line, length)));
      } catch (PlanReadException e) {
        return PortfolioEntry.failed(number, onLine(number, e));
      }
    }
  }

  private static PlanReadException single(
      long line, ReadProblemCode code, int column, String message) {
    return new PlanReadException(List.of(new ReadProblem(code, "", (int) line, column, message)));
  }

  private static PlanReadException onLine(long line, PlanReadException e) {
    List<ReadProblem> moved = new ArrayList<>(e.problems().size());
    for (ReadProblem p : e.problems()) {
      moved.add(
          new ReadProblem(
              p.code(), p.path(), (int) (line + p.line() - 1), p.column(), p.message()));
    }
    return new PlanReadException(moved, e);
  }
}
