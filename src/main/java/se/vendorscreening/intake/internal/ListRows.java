package se.vendorscreening.intake.internal;

import java.io.Closeable;
import java.util.List;
import java.util.Map;

/**
 * The data rows of one list, after its header: blank rows skipped, the row count limited, values
 * trimmed and cut to the field length limit (a longer value rejects its row, not the file).
 */
final class ListRows<C extends Enum<C> & ListColumn> implements Closeable {

  private final TableSource source;
  private final ColumnLayout layout;
  private final Class<C> columns;
  private final ListLocation location;
  private final IntakeProperties properties;
  private final int headerCells;
  private long rows;

  private ListRows(
      TableSource source,
      ColumnLayout layout,
      Class<C> columns,
      ListLocation location,
      IntakeProperties properties,
      int headerCells) {
    this.source = source;
    this.headerCells = headerCells;
    this.layout = layout;
    this.columns = columns;
    this.location = location;
    this.properties = properties;
  }

  static <C extends Enum<C> & ListColumn> ListRows<C> open(
      ListLocation location, Class<C> columns, IntakeProperties properties) {
    TableSource source =
        location.format() == ListFormat.CSV
            ? CsvTableSource.open(location.path(), location.displayName())
            : XlsxTableSource.open(
                location.path(),
                location.sheet(),
                location.displayName(),
                properties.maxFieldLength());
    try {
      TableRow header = nextNonBlank(source);
      if (header == null) {
        throw new UnreadableFileException(location.displayName(), "unreadable.empty");
      }
      Map<String, List<String>> extraNames =
          switch (location.kind()) {
            case VENDORS -> properties.vendorColumns();
            case REPRESENTATIVES -> properties.representativeColumns();
            case STATEMENTS -> Map.<String, List<String>>of();
          };
      ColumnLayout layout =
          ColumnLayout.of(header, location.kind(), extraNames, location.displayName());
      int headerCells = location.format() == ListFormat.CSV ? lastNonBlank(header) + 1 : 0;
      return new ListRows<>(source, layout, columns, location, properties, headerCells);
    } catch (RuntimeException e) {
      source.close();
      throw e;
    }
  }

  /**
   * The next data row, or null after the last one. A CSV row with fewer cells than the header says
   * so ({@link ListRow#isTruncated()}); a worksheet leaves trailing empty cells out, so there the
   * count says nothing.
   */
  ListRow<C> next() {
    TableRow row = nextNonBlank(source);
    if (row == null) {
      return null;
    }
    if (++rows > properties.maxRows()) {
      throw new UnreadableFileException(
          location.displayName(), "unreadable.tooManyRows", properties.maxRows());
    }
    return new ListRow<>(
        row.line(),
        layout.values(row, columns, properties.maxFieldLength()),
        headerCells == 0 ? 0 : row.cells().size(),
        headerCells);
  }

  private static TableRow nextNonBlank(TableSource source) {
    TableRow row;
    do {
      row = source.next();
    } while (row != null && row.isBlank());
    return row;
  }

  /** Trailing empty header cells (a stray separator at the end of the line) are no columns. */
  private static int lastNonBlank(TableRow header) {
    int last = header.cells().size() - 1;
    while (last >= 0 && CellText.trim(header.cell(last)).isEmpty()) {
      last--;
    }
    return last;
  }

  @Override
  public void close() {
    source.close();
  }
}
