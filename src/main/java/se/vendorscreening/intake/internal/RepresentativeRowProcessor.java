package se.vendorscreening.intake.internal;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates representative rows against the parties that this import's vendor list brings in
 * ({@link VendorListKeys}, read from the list, so that it also holds after a restart and while the
 * vendor rows are still being written).
 */
class RepresentativeRowProcessor
    implements ItemProcessor<ListRow<RepresentativeColumn>, RowOutcome<RepresentativeRow>> {

  private final VendorListKeys keys;

  RepresentativeRowProcessor(VendorListKeys keys) {
    this.keys = keys;
  }

  @Override
  public RowOutcome<RepresentativeRow> process(ListRow<RepresentativeColumn> row) {
    return RepresentativeRowValidator.validate(row, keys.partyKeys());
  }
}
