package org.unsdcf.uninfo;

import java.util.List;

/**
 * One record as text: its file row (header = 1) and its cells in header order ({@code ""} for an
 * empty or missing cell), before any mapping.
 */
record RawRow(int row, List<String> cells) {
  String cell(int index) {
    return index >= 0 && index < cells.size() ? cells.get(index) : "";
  }
}
