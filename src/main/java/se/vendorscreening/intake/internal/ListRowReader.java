package se.vendorscreening.intake.internal;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the data rows of one list as a restartable stream: the count of rows read is saved in the
 * step's execution context under the reader's name, and a restart skips that many rows.
 */
class ListRowReader<C extends Enum<C> & ListColumn>
    extends AbstractItemCountingItemStreamItemReader<ListRow<C>> {

  private final ListLocation location;
  private final Class<C> columns;
  private final IntakeProperties properties;
  private ListRows<C> rows;

  /**
   * @param location the list, or null when there is none (the reader then reads nothing)
   */
  ListRowReader(String name, ListLocation location, Class<C> columns, IntakeProperties properties) {
    setName(name);
    this.location = location;
    this.columns = columns;
    this.properties = properties;
  }

  @Override
  protected void doOpen() {
    if (location != null) {
      rows = ListRows.open(location, columns, properties);
    }
  }

  @Override
  protected ListRow<C> doRead() {
    return rows == null ? null : rows.next();
  }

  @Override
  protected void doClose() {
    if (rows != null) {
      rows.close();
      rows = null;
    }
  }
}
