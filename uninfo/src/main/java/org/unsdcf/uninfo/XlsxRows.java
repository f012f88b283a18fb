package org.unsdcf.uninfo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of an XLSX activity report's first sheet, through fastexcel-reader over parts {@link
 * SafeZip} has checked. Number cells become the shortest decimal that reads back to the same
 * double, date cells of the date columns {@code yyyy-MM-dd} (a serial beyond Excel's dates stays a
 * number); a formula cell gives its cached value, an error value a {@code FORMULA_ERROR} problem
 * and an empty cell.
 */
final class XlsxRows implements RowSource {
  /** Excel's serial of 9999-12-31, the last date it can show. */
  private static final double LAST_DATE_SERIAL = 2_958_465;

  private final ReadableWorkbook workbook;
  private final Iterator<Row> rows;
  private final Limits limits;
  private final Problems problems;
  private List<String> header = List.of();
  private boolean[] dateColumn = new boolean[0];
  private int records;

  private XlsxRows(
      ReadableWorkbook workbook, Iterator<Row> rows, Limits limits, Problems problems) {
    this.workbook = workbook;
    this.rows = rows;
    this.limits = limits;
    this.problems = problems;
  }

  static XlsxRows open(byte[] file, Limits limits, Problems problems) {
    Map<String, byte[]> parts = SafeZip.scan(file, limits);
    if (!parts.containsKey("xl/workbook.xml") || !parts.containsKey("[Content_Types].xml")) {
      throw Problems.unreadable(
          UnInfoProblemCode.XML_INVALID,
          "the ZIP is not an XLSX workbook: it has no xl/workbook.xml or [Content_Types].xml");
    }
    try {
      ReadableWorkbook wb =
          new ReadableWorkbook(
              new ByteArrayInputStream(SafeZip.pack(parts)), new ReadingOptions(false, false));
      Iterator<Row> it = wb.getFirstSheet().openStream().iterator();
      return new XlsxRows(wb, it, limits, problems);
    } catch (IOException | RuntimeException e) {
      throw invalid(e);
    }
  }

  private static UnInfoReadException invalid(Exception e) {
    Throwable t = e;
    while (t.getCause() != null && t.getMessage() == null) {
      t = t.getCause();
    }
    return Problems.unreadable(
        UnInfoProblemCode.XML_INVALID,
        0,
        "",
        "the XLSX's parts cannot be read: " + SafeZip.oneLine(t.getMessage()),
        e);
  }

  @Override
  public List<String> header() {
    Row first = nextRow();
    if (first == null) {
      throw Problems.unreadable(
          UnInfoProblemCode.NOT_A_REPORT, "the first sheet is empty: no header row");
    }
    if (first.getRowNum() != 1) {
      throw Problems.unreadable(
          UnInfoProblemCode.HEADER_MISMATCH,
          first.getRowNum(),
          "",
          "the first sheet's header is not in row 1",
          null);
    }
    if (first.getCellCount() > Limits.MAX_COLUMNS) {
      throw Problems.unreadable(
          UnInfoProblemCode.LIMIT_CELLS,
          1,
          "",
          "the header has more than " + Limits.MAX_COLUMNS + " columns",
          null);
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < first.getCellCount(); i++) {
      names.add(text(first, i, 1, "").strip());
    }
    while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
      names.remove(names.size() - 1);
    }
    header = names;
    dateColumn = new boolean[names.size()];
    for (int i = 0; i < names.size(); i++) {
      dateColumn[i] = names.get(i).equals("Start date") || names.get(i).equals("End date");
    }
    return names;
  }

  @Override
  public RawRow next() {
    Row r = nextRow();
    if (r == null) {
      return null;
    }
    records++;
    if (records > limits.maxRows()) {
      throw Problems.unreadable(
          UnInfoProblemCode.LIMIT_ROWS,
          r.getRowNum(),
          "",
          "more than " + limits.maxRows() + " records: the limit is passed",
          null);
    }
    int count = r.getCellCount();
    if (count > header.size() + Limits.MAX_EXTRA_CELLS) {
      throw Problems.unreadable(
          UnInfoProblemCode.LIMIT_CELLS,
          r.getRowNum(),
          "",
          "row has more than " + (header.size() + Limits.MAX_EXTRA_CELLS) + " cells",
          null);
    }
    List<String> cells = new ArrayList<>(Math.max(count, header.size()));
    for (int i = 0; i < count; i++) {
      String column = i < header.size() ? header.get(i) : "";
      cells.add(text(r, i, r.getRowNum(), column));
    }
    return new RawRow(r.getRowNum(), cells);
  }

  private Row nextRow() {
    Row r;
    try {
      r = rows.hasNext() ? rows.next() : null;
    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      throw invalid(e);
    } catch (RuntimeException e) {
      // fastexcel wraps XMLStreamException (malformed part) in its own unchecked exception.
      throw invalid(e);
    }
    // fastexcel takes a row's r as it is, and a problem cannot name a row below 0.
    if (r != null && r.getRowNum() < 1) {
      throw Problems.unreadable(
          UnInfoProblemCode.XML_INVALID,
          "the first sheet has a row numbered " + r.getRowNum() + ": rows are numbered from 1");
    }
    return r;
  }

  private String text(Row r, int i, int rowNum, String column) {
    Cell c = r.getOptionalCell(i).orElse(null);
    if (c == null || c.getType() == CellType.EMPTY) {
      return "";
    }
    String raw = c.getRawValue();
    String value =
        switch (c.getType()) {
          case NUMBER -> {
            if (i < dateColumn.length && dateColumn[i] && isDateSerial(raw)) {
              LocalDateTime d = c.asDate();
              yield d.toLocalDate().toString();
            }
            yield Cells.shortestDecimal(raw);
          }
          case STRING -> c.asString();
          case BOOLEAN -> Boolean.TRUE.equals(c.asBoolean()) ? "TRUE" : "FALSE";
          case FORMULA -> {
            if (raw != null && isErrorValue(raw)) {
              yield formulaError(c, raw, rowNum, column);
            }
            yield raw == null ? "" : Cells.looksNumeric(raw) ? Cells.shortestDecimal(raw) : raw;
          }
          case ERROR -> formulaError(c, raw, rowNum, column);
          default -> raw == null ? "" : raw;
        };
    String v = value == null ? "" : value;
    if (v.length() > limits.maxCellChars()) {
      throw Problems.unreadable(
          UnInfoProblemCode.LIMIT_CELL_LENGTH,
          rowNum,
          column,
          "a cell is longer than " + limits.maxCellChars() + " characters: the limit is passed",
          null);
    }
    return v;
  }

  /**
   * Checks if a number cell's text is a date serial Excel can show, 0 to 2958465 (9999-12-31):
   * fastexcel's conversion throws {@code DateTimeException} on a serial such as {@code 1E300}, and
   * a number outside that range is read as its text, which the mapping reports as no date.
   */
  private static boolean isDateSerial(String raw) {
    if (raw == null || !Cells.looksNumeric(raw.strip())) {
      return false;
    }
    double serial = Double.parseDouble(raw.strip());
    return serial >= 0 && serial < LAST_DATE_SERIAL + 1;
  }

  /** Excel's error values, which a formula cell may hold as its cached value. */
  private static boolean isErrorValue(String raw) {
    return switch (raw) {
      case "#NAME?",
          "#REF!",
          "#VALUE!",
          "#DIV/0!",
          "#N/A",
          "#NUM!",
          "#NULL!",
          "#SPILL!",
          "#CALC!",
          "#GETTING_DATA" ->
          true;
      default -> false;
    };
  }

  private String formulaError(Cell c, String raw, int rowNum, String column) {
    String formula = c.getFormula();
    problems.warning(
        UnInfoProblemCode.FORMULA_ERROR,
        rowNum,
        column,
        formula == null ? "" : "=" + formula,
        "the cell is a formula whose cached value is the error '" + raw + "': read as absent");
    return "";
  }

  @Override
  public String listSeparator() {
    return "; ";
  }

  void close() {
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
