package org.unsdcf.uninfo;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one record's cells as the model's scalar kinds, reporting each change it makes: values
 * trimmed, the writer's {@code '} guard dropped, {@code -} and empty absent, Names without line
 * controls (INFO) or other controls (WARNING) and cut to 1,000 code points, lists split, re-joined
 * where a name holds the separator, and without repeats.
 */
final class CellReader {
  static final int MAX_NAME = 1_000;
  static final int MAX_TEXT = 100_000;

  private final Columns columns;
  private final String separator;
  private final Problems problems;
  private final CommaNames commaNames;
  private final Memo memo;
  private final boolean plain;
  private final Map<String, Memo.Table<String, List<String>>> lists = new HashMap<>();

  /**
   * Makes a reader of one file's cells; {@code plain} when no cell can hold a control character
   * other than TAB, LF and CR, a DEL or a surrogate ({@link RowSource#plainText()}).
   */
  CellReader(
      Columns columns,
      String separator,
      Problems problems,
      CommaNames commaNames,
      Memo memo,
      boolean plain) {
    this.columns = columns;
    this.separator = separator;
    this.problems = problems;
    this.commaNames = commaNames;
    this.memo = memo;
    this.plain = plain;
  }

  Memo memo() {
    return memo;
  }

  String separator() {
    return separator;
  }

  Problems problems() {
    return problems;
  }

  /** Gets a cell trimmed and unguarded, or empty if absent (also if the column is absent). */
  Optional<String> raw(RawRow r, String column) {
    int i = columns.at(column);
    if (i < 0) {
      return Optional.empty();
    }
    String t = Cells.unguard(r.cell(i).strip());
    return Cells.absent(t) ? Optional.empty() : Optional.of(t);
  }

  Optional<String> name(RawRow r, String column) {
    Optional<String> v = raw(r, column);
    return v.isEmpty() ? v : name(r.row(), column, v.get());
  }

  Optional<String> text(RawRow r, String column) {
    Optional<String> v = raw(r, column);
    return v.isEmpty() ? v : text(r.row(), column, v.get());
  }

  Optional<String> name(int row, String column, String value) {
    if (plain ? !Cells.hasLineControls(value) : clean(value, false)) {
      // No control and no surrogate: nothing to replace, and one code point per char.
      return value.length() > MAX_NAME ? cutName(row, column, value, value) : present(value);
    }
    String v = value;
    if (Cells.hasLineControls(v)) {
      v = Cells.collapseControls(v).strip();
      problems.info(
          UnInfoProblemCode.WHITESPACE_REPLACED,
          row,
          column,
          value,
          "line breaks or tabs in a name replaced by one space each run");
    }
    v = dropControls(row, column, v, false);
    return cutName(row, column, value, v);
  }

  private Optional<String> cutName(int row, String column, String value, String cleaned) {
    String v = cleaned;
    int count = v.codePointCount(0, v.length());
    if (count > MAX_NAME) {
      problems.warning(
          UnInfoProblemCode.VALUE_CHANGED,
          row,
          column,
          value,
          "a name of " + count + " characters cut to " + MAX_NAME);
      v = v.substring(0, v.offsetByCodePoints(0, MAX_NAME)).strip();
    }
    return present(v);
  }

  private static Optional<String> present(String v) {
    return v.isBlank() ? Optional.empty() : Optional.of(v);
  }

  Optional<String> text(int row, String column, String value) {
    if (value.length() <= MAX_TEXT && (plain || clean(value, true))) {
      // No control but line controls, no surrogate: one code point per char, none to cut.
      return present(value);
    }
    String v = dropControls(row, column, value, true);
    int count = v.codePointCount(0, v.length());
    if (count > MAX_TEXT) {
      problems.warning(
          UnInfoProblemCode.VALUE_CHANGED,
          row,
          column,
          value,
          "a text of " + count + " characters cut to " + MAX_TEXT);
      v = v.substring(0, v.offsetByCodePoints(0, MAX_TEXT));
    }
    return v.isBlank() ? Optional.empty() : Optional.of(v);
  }

  private String dropControls(int row, String column, String value, boolean keepLines) {
    if (clean(value, keepLines)) {
      return value;
    }
    StringBuilder b = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean line = c == '\t' || c == '\n' || c == '\r';
      boolean bad =
          ((c < 0x20 && !(keepLines && line)) || c == 0x7f)
              || (Character.isSurrogate(c) && !paired(value, i));
      if (bad && b == null) {
        b = new StringBuilder(value.length()).append(value, 0, i);
      }
      if (b != null) {
        if (!bad) {
          b.append(c);
        } else if (Character.isSurrogate(c)) {
          b.append('\ufffd');
        } else {
          b.append(' ');
        }
      }
      if (Character.isHighSurrogate(c) && paired(value, i) && b != null) {
        b.append(value.charAt(++i));
      } else if (Character.isHighSurrogate(c) && paired(value, i)) {
        i++;
      }
    }
    if (b == null) {
      return value;
    }
    problems.warning(
        UnInfoProblemCode.VALUE_CHANGED,
        row,
        column,
        value,
        "control characters or unpaired surrogates replaced (by a space, or U+FFFD)");
    return b.toString().strip();
  }

  /**
   * Checks, in one pass without allocating, that a value has no control character (other than line
   * controls where they are kept) and no surrogate: most cells, which then need no rewriting.
   */
  private static boolean clean(String value, boolean keepLines) {
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x20) {
        if (!(keepLines && (c == '\t' || c == '\n' || c == '\r'))) {
          return false;
        }
      } else if (c == 0x7f || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
        return false;
      }
    }
    return true;
  }

  private static boolean paired(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /**
   * Splits a list cell into Names: on the separator outside parentheses, re-joining (in CSV)
   * fragments that together make a known name holding {@code ", "}, repeats dropped (INFO).
   */
  List<String> names(RawRow r, String column, Set<String> extraCommaNames) {
    Optional<String> cell = raw(r, column);
    if (cell.isEmpty()) {
      return List.of();
    }
    // With extra names the split depends on more than the cell: those few cells are not kept.
    Memo.Table<String, List<String>> table =
        extraCommaNames.isEmpty() ? lists.computeIfAbsent(column, k -> memo.table()) : null;
    List<String> known = table == null ? null : table.get(cell.get());
    if (known != null) {
      return known;
    }
    int before = problems.size();
    List<String> names = split(r, column, cell.get(), extraCommaNames);
    if (table != null && problems.size() == before) {
      table.put(cell.get(), names, cell.get().length());
    }
    return names;
  }

  private List<String> split(RawRow r, String column, String cell, Set<String> extraCommaNames) {
    List<String> items = Cells.split(cell, separator);
    if (separator.equals(", ")) {
      items = commaNames.rejoin(items, extraCommaNames);
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String item : items) {
      Optional<String> n = name(r.row(), column, item);
      if (n.isEmpty()) {
        continue;
      }
      if (!seen.add(n.get())) {
        problems.info(
            UnInfoProblemCode.DUPLICATE_ITEM,
            r.row(),
            column,
            item,
            "'" + n.get() + "' is listed twice in the cell: the repeat is dropped");
      }
    }
    return List.copyOf(seen);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
