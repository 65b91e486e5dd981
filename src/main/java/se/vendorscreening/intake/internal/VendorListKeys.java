package se.vendorscreening.intake.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.vendorscreening.intake.PartyRole;

/**
 * What the rows of a vendor list depend on beyond themselves, learnt in one pass over the list
 * before its rows are imported: the vendors (a subcontractor whose parent is not among them is
 * rejected wherever in the list it stands) and every party the import accepts (a representative of
 * any other company is rejected). Read from the file, not the register, so that the vendor and
 * representative rows can be imported side by side, and again alike after a restart.
 *
 * @param vendorKeys {@link VendorRowValidator#procurementKey} of every vendor row that passes
 *     {@link VendorRowValidator#validateAlone}
 * @param partyKeys the party key of every row that {@link VendorRowValidator#validate} accepts
 */
record VendorListKeys(Set<String> vendorKeys, Set<String> partyKeys) {

  /** Learns the keys from the rows of a vendor list as they are read, in any order. */
  static final class Collector {

    private final Set<String> vendorKeys = new HashSet<>();
    private final Set<String> partyKeys = new HashSet<>();
    private final List<VendorRow> subcontractors = new ArrayList<>();

    void add(ListRow<VendorColumn> row) {
      if (VendorRowValidator.validateAlone(row) instanceof RowOutcome.Accepted<VendorRow> ok) {
        if (ok.row().role() == PartyRole.VENDOR) {
          vendorKeys.add(
              VendorRowValidator.procurementKey(ok.row().procurementId(), ok.row().key()));
          partyKeys.add(ok.row().key());
        } else {
          subcontractors.add(ok.row());
        }
      }
    }

    /** The keys of the rows added, once all are. */
    VendorListKeys keys() {
      Set<String> parties = new HashSet<>(partyKeys);
      for (VendorRow subcontractor : subcontractors) {
        if (vendorKeys.contains(
            VendorRowValidator.procurementKey(
                subcontractor.procurementId(), subcontractor.parentKey()))) {
          parties.add(subcontractor.key());
        }
      }
      return new VendorListKeys(Set.copyOf(vendorKeys), Set.copyOf(parties));
    }
  }
}
