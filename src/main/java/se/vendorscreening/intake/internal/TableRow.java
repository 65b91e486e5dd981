package se.vendorscreening.intake.internal;

import java.util.List;

/**
 * One row of a CSV file or a worksheet, as text cells.
 *
 * @param line the line (CSV) or row (XLSX) number where the row starts, 1-based
 * @param cells the cells in column order; missing cells are empty strings
 */
record TableRow(long line, List<String> cells) {

  boolean isBlank() {
    return cells.stream().allMatch(cell -> CellText.trim(cell).isEmpty());
  }

  String cell(int index) {
    return index < cells.size() ? cells.get(index) : "";
  }
}
