package se.vendorscreening.registry.internal;

import java.util.Map;

/** One data row of a registry extract, its cells looked up by lower-case header name. */
final class ExtractRow {

  private final Map<String, Integer> columns;
  private final String[] cells;
  private final long line;

  ExtractRow(Map<String, Integer> columns, String[] cells, long line) {
    this.columns = columns;
    this.cells = cells;
    this.line = line;
  }

  /** The line (CSV) or row (XLSX) number where the row starts; the header is line 1. */
  long line() {
    return line;
  }

  /** The trimmed cell of the column, or null when the column is absent or the cell is blank. */
  String get(String column) {
    Integer index = columns.get(column);
    if (index == null || index >= cells.length || cells[index] == null) {
      return null;
    }
    String value = cells[index].strip();
    return value.isEmpty() ? null : value;
  }

  /** Every cell as read, untrimmed. */
  java.util.List<String> cells() {
    return java.util.Arrays.asList(cells);
  }

  boolean isBlank() {
    for (String cell : cells) {
      if (cell != null && !cell.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
