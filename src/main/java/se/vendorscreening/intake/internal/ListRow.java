package se.vendorscreening.intake.internal;

import java.util.Map;

/**
 * A data row of a vendor list or a representatives list, its cells by column.
 *
 * @param line where the row is in its file
 * @param values the trimmed cell values; empty when absent
 * @param cells how many cells the row has, 0 when not counted (a worksheet leaves trailing empty
 *     cells out, so only a CSV row's count says anything)
 * @param headerCells how many cells the header row has, 0 when not counted
 */
record ListRow<C extends Enum<C> & ListColumn>(
    long line, Map<C, String> values, int cells, int headerCells) {

  ListRow(long line, Map<C, String> values) {
    this(line, values, 0, 0);
  }

  String get(C column) {
    return values.getOrDefault(column, "");
  }

  /** Whether the row has fewer cells than its header: cut short, its values may have shifted. */
  boolean isTruncated() {
    return cells < headerCells;
  }
}
