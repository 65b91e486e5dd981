package se.vendorscreening.registry.internal;

import java.util.Arrays;
import java.util.Map;

/**
 * One data row of a registry extract, its cells looked up by lower-case header name. The cells are
 * ranges of one array of characters (a decoded chunk of the file, or the cells of a row that
 * OpenCSV or a workbook gave, put end to end), so that a row of a large extract makes no string a
 * cell: {@link ExtractValues} reads dates, numbers and shared values out of the characters, and a
 * string is made only for a value not seen before.
 */
final class ExtractRow {

  private final Map<String, Integer> columns;
  private final char[] chars;

  /**
   * Four numbers a cell: where it starts and ends in {@link #chars}, and where it starts and ends
   * trimmed; a start of -1 is a missing (null) cell.
   */
  private int[] bounds;

  private int cellCount;
  private long line;

  ExtractRow(Map<String, Integer> columns, String[] cells, long line) {
    this.columns = columns;
    this.line = line;
    this.cellCount = cells.length;
    this.bounds = new int[CELL * cells.length];
    int length = 0;
    for (String cell : cells) {
      length += cell == null ? 0 : cell.length();
    }
    this.chars = new char[length];
    int at = 0;
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] == null) {
        Arrays.fill(bounds, CELL * i, CELL * i + CELL, -1);
      } else {
        cells[i].getChars(0, cells[i].length(), chars, at);
        setCell(chars, bounds, i, at, at + cells[i].length());
        at += cells[i].length();
      }
    }
  }

  /** Numbers a cell takes in the bounds of a row. */
  static final int CELL = 4;

  /**
   * A row of cells that are ranges of {@code chars}, their bounds set by {@link #setCell}, the
   * arrays owned by the caller and not changed while the row is used.
   */
  ExtractRow(Map<String, Integer> columns, char[] chars, int[] bounds, int cellCount, long line) {
    this.columns = columns;
    this.chars = chars;
    this.bounds = bounds;
    this.cellCount = cellCount;
    this.line = line;
  }

  /**
   * Makes this the next row of the same characters: a chunk's parse gives its sink one row object
   * for all its rows (a row is valid until the sink's {@code accept} returns), not one a row.
   */
  void next(int[] bounds, int cellCount, long line) {
    this.bounds = bounds;
    this.cellCount = cellCount;
    this.line = line;
  }

  /** The line (CSV) or row (XLSX) number where the row starts; the header is line 1. */
  long line() {
    return line;
  }

  /** Sets the bounds of a cell from {@code from} to {@code to} in the characters. */
  static void setCell(char[] chars, int[] bounds, int cell, int from, int to) {
    int at = CELL * cell;
    bounds[at] = from;
    bounds[at + 1] = to;
    while (from < to && isStripped(chars[from])) {
      from++;
    }
    while (to > from && isStripped(chars[to - 1])) {
      to--;
    }
    bounds[at + 2] = from;
    bounds[at + 3] = to;
  }

  /** The trimmed cell of the column, or null when the column is absent or the cell is blank. */
  String get(String column) {
    int cell = cell(column);
    return cell < 0 ? null : new String(chars, start(cell), end(cell) - start(cell));
  }

  /**
   * The index of the column's cell when it is there and not blank ({@link #start} and {@link #end}
   * give its trimmed range), or -1.
   */
  int cell(String column) {
    Integer index = columns.get(column);
    if (index == null || index >= cellCount) {
      return -1;
    }
    int at = CELL * index;
    return bounds[at] >= 0 && bounds[at + 2] < bounds[at + 3] ? index : -1;
  }

  /** The characters the cells are ranges of. */
  char[] chars() {
    return chars;
  }

  /** Where the trimmed cell starts in {@link #chars}. */
  int start(int cell) {
    return bounds[CELL * cell + 2];
  }

  /** Where the trimmed cell ends in {@link #chars}. */
  int end(int cell) {
    return bounds[CELL * cell + 3];
  }

  /** What {@link String#strip()} removes (surrogates are never white space). */
  private static boolean isStripped(char c) {
    if (c <= ' ') {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C';
    }
    return c >= '\u0080' && Character.isWhitespace(c);
  }

  /** Every cell as read, untrimmed. */
  java.util.List<String> cells() {
    String[] cells = new String[cellCount];
    for (int i = 0; i < cellCount; i++) {
      int from = bounds[CELL * i];
      cells[i] = from < 0 ? null : new String(chars, from, bounds[CELL * i + 1] - from);
    }
    return java.util.Arrays.asList(cells);
  }

  boolean isBlank() {
    for (int i = 0; i < cellCount; i++) {
      if (bounds[CELL * i] >= 0 && start(i) < end(i)) {
        return false;
      }
    }
    return true;
  }
}
