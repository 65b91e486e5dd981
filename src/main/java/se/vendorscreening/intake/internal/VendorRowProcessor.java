package se.vendorscreening.intake.internal;

import java.util.HashSet;
import java.util.Set;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;
import se.vendorscreening.intake.PartyRole;

/**
 * Validates vendor rows. On open it reads the list once to learn its vendors, so that a
 * subcontractor whose parent is not in the list is rejected wherever in the file it stands.
 */
class VendorRowProcessor
    implements ItemProcessor<ListRow<VendorColumn>, RowOutcome<VendorRow>>, ItemStream {

  private final ListLocation location;
  private final IntakeProperties properties;
  private Set<String> vendorKeys = Set.of();

  VendorRowProcessor(ListLocation location, IntakeProperties properties) {
    this.location = location;
    this.properties = properties;
  }

  @Override
  public void open(ExecutionContext executionContext) {
    Set<String> keys = new HashSet<>();
    try (ListRows<VendorColumn> rows = ListRows.open(location, VendorColumn.class, properties)) {
      for (ListRow<VendorColumn> row = rows.next(); row != null; row = rows.next()) {
        if (VendorRowValidator.validateAlone(row) instanceof RowOutcome.Accepted<VendorRow> ok
            && ok.row().role() == PartyRole.VENDOR) {
          keys.add(VendorRowValidator.procurementKey(ok.row().procurementId(), ok.row().key()));
        }
      }
    }
    vendorKeys = keys;
  }

  @Override
  public RowOutcome<VendorRow> process(ListRow<VendorColumn> row) {
    return VendorRowValidator.validate(row, vendorKeys);
  }
}
