package se.vendorscreening.intake.internal;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates vendor rows, a subcontractor's parent against the vendors (and the subcontractors that
 * reach one) of the whole list ({@link VendorListKeys}).
 */
class VendorRowProcessor implements ItemProcessor<ListRow<VendorColumn>, RowOutcome<VendorRow>> {

  private final VendorListKeys keys;

  VendorRowProcessor(VendorListKeys keys) {
    this.keys = keys;
  }

  @Override
  public RowOutcome<VendorRow> process(ListRow<VendorColumn> row) {
    return VendorRowValidator.validate(row, keys.parentKeys());
  }
}
