package se.vendorscreening.intake.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which cell of a row holds which column, decided once from the header row. */
final class ColumnLayout {

  private final Map<ListColumn, Integer> indexes;

  private ColumnLayout(Map<ListColumn, Integer> indexes) {
    this.indexes = indexes;
  }

  /**
   * Matches the header against the columns' English and Swedish names and the extra names
   * configured for the list's kind.
   *
   * @throws UnreadableFileException when no cell is a known column, or a required one is missing
   */
  static ColumnLayout of(
      TableRow header, ListKind kind, Map<String, List<String>> extraNames, String displayName) {
    Map<String, ListColumn> byName = namesOf(kind, extraNames);
    Map<ListColumn, Integer> indexes = new HashMap<>();
    for (int i = 0; i < header.cells().size(); i++) {
      ListColumn column = byName.get(HeaderNames.normalize(header.cell(i)));
      if (column != null) {
        indexes.putIfAbsent(column, i);
      }
    }
    if (indexes.isEmpty()) {
      String firstRow = FieldParsers.shown(String.join(" | ", header.cells()));
      throw new UnreadableFileException(
          displayName,
          "unreadable.noHeader",
          firstRow.length() <= 80 ? firstRow : firstRow.substring(0, 80) + "…");
    }
    List<String> missing = new ArrayList<>();
    for (ListColumn column : kind.columns()) {
      if (column.requiredInHeader() && !indexes.containsKey(column)) {
        missing.add(column.header() + " (" + column.aliases().get(1) + ")");
      }
    }
    if (!missing.isEmpty()) {
      throw new UnreadableFileException(
          displayName, "unreadable.missingColumn", String.join(", ", missing));
    }
    return new ColumnLayout(indexes);
  }

  private static Map<String, ListColumn> namesOf(
      ListKind kind, Map<String, List<String>> extraNames) {
    Map<String, ListColumn> byName = new HashMap<>();
    Map<String, ListColumn> byKey = new HashMap<>();
    for (ListColumn column : kind.columns()) {
      column.aliases().forEach(alias -> byName.put(HeaderNames.normalize(alias), column));
      byKey.put(HeaderNames.normalize(column.header()), column);
    }
    extraNames.forEach(
        (key, names) -> {
          ListColumn column = byKey.get(HeaderNames.normalize(key));
          if (column != null && names != null) {
            names.forEach(name -> byName.put(HeaderNames.normalize(name), column));
          }
        });
    return byName;
  }

  /**
   * The row's cells by column, trimmed of every kind of space ({@link CellText}) and cut to {@code
   * maxLength} + 1 characters (so that a longer value is still seen to be too long); absent columns
   * and empty cells are empty strings.
   */
  <C extends Enum<C> & ListColumn> Map<C, String> values(
      TableRow row, Class<C> columns, int maxLength) {
    Map<C, String> values = new EnumMap<>(columns);
    for (C column : columns.getEnumConstants()) {
      Integer index = indexes.get(column);
      String value = index == null ? "" : CellText.trim(row.cell(index));
      values.put(column, value.length() > maxLength ? value.substring(0, maxLength + 1) : value);
    }
    return values;
  }
}
