package se.vendorscreening.intake.internal;

import se.vendorscreening.intake.Contract;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.ProcurementType;

/**
 * An accepted vendor-list row: a party in a procurement and, when given, its contract.
 *
 * @param contract the contract, or null when the row names none
 */
record VendorRow(
    String procurementId,
    ProcurementType procurementType,
    String procurementTitle,
    IdentityNumber identityNumber,
    String country,
    String foreignId,
    String name,
    PartyRole role,
    String parentKey,
    Contract contract) {

  String key() {
    return RegisteredParty.keyOf(identityNumber, country, foreignId);
  }
}
