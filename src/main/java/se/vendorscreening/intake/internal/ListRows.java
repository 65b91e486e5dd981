package se.vendorscreening.intake.internal;

import java.io.Closeable;
import java.util.List;
import java.util.Map;

/**
 * The data rows of one list, after its header: blank rows skipped, limits on field length and row
 * count enforced.
 */
final class ListRows<C extends Enum<C> & ListColumn> implements Closeable {

  private final TableSource source;
  private final ColumnLayout layout;
  private final Class<C> columns;
  private final ListLocation location;
  private final IntakeProperties properties;
  private long rows;

  private ListRows(
      TableSource source,
      ColumnLayout layout,
      Class<C> columns,
      ListLocation location,
      IntakeProperties properties) {
    this.source = source;
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
      TableRow header = nextNonBlank(source, location, properties);
      if (header == null) {
        throw new UnreadableFileException(location.displayName(), "unreadable.noHeader");
      }
      Map<String, List<String>> extraNames =
          location.kind() == ListKind.VENDORS
              ? properties.vendorColumns()
              : properties.representativeColumns();
      ColumnLayout layout =
          ColumnLayout.of(header, location.kind(), extraNames, location.displayName());
      return new ListRows<>(source, layout, columns, location, properties);
    } catch (RuntimeException e) {
      source.close();
      throw e;
    }
  }

  /** The next data row, or null after the last one. */
  ListRow<C> next() {
    TableRow row = nextNonBlank(source, location, properties);
    if (row == null) {
      return null;
    }
    if (++rows > properties.maxRows()) {
      throw new UnreadableFileException(
          location.displayName(), "unreadable.tooManyRows", properties.maxRows());
    }
    return new ListRow<>(row.line(), layout.values(row, columns));
  }

  private static TableRow nextNonBlank(
      TableSource source, ListLocation location, IntakeProperties properties) {
    TableRow row;
    do {
      row = source.next();
    } while (row != null && row.isBlank());
    if (row != null) {
      for (String cell : row.cells()) {
        if (cell.length() > properties.maxFieldLength()) {
          throw new UnreadableFileException(
              location.displayName(),
              "unreadable.fieldTooLong",
              row.line(),
              properties.maxFieldLength());
        }
      }
    }
    return row;
  }

  @Override
  public void close() {
    source.close();
  }
}
