package se.vendorscreening.intake.internal;

import java.util.Map;

/**
 * A data row of a vendor list or a representatives list, its cells by column.
 *
 * @param line where the row is in its file
 * @param values the stripped cell values; empty when absent
 */
record ListRow<C extends Enum<C> & ListColumn>(long line, Map<C, String> values) {

  String get(C column) {
    return values.getOrDefault(column, "");
  }
}
