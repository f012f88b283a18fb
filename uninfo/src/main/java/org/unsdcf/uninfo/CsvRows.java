package org.unsdcf.uninfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The records of a CSV activity report: strict UTF-8 (one optional BOM), RFC 4180 records as
 * arrays, each record one row however many lines it spans.
 */
final class CsvRows implements RowSource {
  private final JsonParser parser;
  private final Limits limits;
  private final boolean plain;
  private int row;
  private int headerSize = -1;
  private boolean started;

  private CsvRows(JsonParser parser, Limits limits, boolean plain) {
    this.parser = parser;
    this.limits = limits;
    this.plain = plain;
  }

  static CsvRows open(byte[] bytes, Limits limits) {
    int start = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      start = 3;
    }
    rejectOtherEncodings(bytes);
    Utf8.Scan scan = Utf8.scan(bytes, start);
    int bad = scan.firstInvalid();
    if (bad >= 0) {
      throw Problems.unreadable(
          UnInfoProblemCode.ENCODING,
          String.format(
              Locale.ROOT,
              "the CSV is not UTF-8: byte 0x%02x at offset %d is not well-formed UTF-8",
              bytes[bad] & 0xff,
              bad));
    }
    CsvFactory factory =
        CsvFactory.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(limits.maxCellChars())
                    .maxDocumentLength(limits.maxFileBytes())
                    .build())
            .build();
    JsonParser p =
        factory.createParser(ObjectReadContext.empty(), bytes, start, bytes.length - start);
    return new CsvRows(p, limits, scan.plain());
  }

  private static void rejectOtherEncodings(byte[] b) {
    String what = null;
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
      what = "UTF-32BE";
    } else if (b.length >= 4
        && (b[0] & 0xff) == 0xff
        && (b[1] & 0xff) == 0xfe
        && b[2] == 0
        && b[3] == 0) {
      what = "UTF-32LE";
    } else if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      what = "UTF-16BE";
    } else if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      what = "UTF-16LE";
    }
    if (what != null) {
      throw Problems.unreadable(
          UnInfoProblemCode.ENCODING,
          "the CSV is " + what + " (byte order mark at offset 0), not UTF-8: export it as UTF-8");
    }
  }

  @Override
  public List<String> header() {
    RawRow h = next();
    if (h == null) {
      throw Problems.unreadable(UnInfoProblemCode.NOT_A_REPORT, "the CSV is empty: no header row");
    }
    headerSize = h.cells().size();
    List<String> names = new ArrayList<>(h.cells().size());
    for (String c : h.cells()) {
      names.add(c.strip());
    }
    return names;
  }

  @Override
  public RawRow next() {
    try {
      JsonToken t = parser.nextToken();
      if (!started) {
        // WRAP_AS_ARRAY wraps the whole file in one array of records.
        started = true;
        t = t == JsonToken.START_ARRAY ? parser.nextToken() : t;
      }
      if (t == null || t == JsonToken.END_ARRAY) {
        return null;
      }
      if (t != JsonToken.START_ARRAY) {
        throw syntax("expected a record", null);
      }
      row++;
      if (row - 1 > limits.maxRows()) {
        throw Problems.unreadable(
            UnInfoProblemCode.LIMIT_ROWS,
            row,
            "",
            "more than " + limits.maxRows() + " records: the limit is passed",
            null);
      }
      int maxCells = headerSize < 0 ? Limits.MAX_COLUMNS : headerSize + Limits.MAX_EXTRA_CELLS;
      List<String> cells = new ArrayList<>(headerSize < 0 ? 96 : headerSize);
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw syntax("the file ends inside a record", null);
        }
        if (cells.size() >= maxCells) {
          throw Problems.unreadable(
              UnInfoProblemCode.LIMIT_CELLS,
              row,
              "",
              "record has more than " + maxCells + " cells: the limit is passed",
              null);
        }
        cells.add(parser.getString());
      }
      return new RawRow(row, cells);
    } catch (StreamConstraintsException e) {
      throw Problems.unreadable(
          UnInfoProblemCode.LIMIT_CELL_LENGTH,
          row,
          "",
          "a cell is longer than " + limits.maxCellChars() + " characters: the limit is passed",
          e);
    } catch (JacksonException e) {
      throw syntax(e.getOriginalMessage(), e);
    }
  }

  private UnInfoReadException syntax(String what, Throwable cause) {
    String message = what == null ? "malformed record" : what;
    int nl = message.indexOf('\n');
    if (nl >= 0) {
      message = message.substring(0, nl);
    }
    return Problems.unreadable(
        UnInfoProblemCode.CSV_SYNTAX, Math.max(row, 1), "", "not RFC 4180 CSV: " + message, cause);
  }

  @Override
  public boolean plainText() {
    return plain;
  }

  @Override
  public String listSeparator() {
    return ", ";
  }
}
