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
 * @param contractValueSek the contract's whole estimated value (a vendor's row), or null
 * @param subcontractSharePercent a subcontractor's share of that value in percent, or null
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
    Contract contract,
    java.math.BigDecimal contractValueSek,
    java.math.BigDecimal subcontractSharePercent) {

  String key() {
    return RegisteredParty.keyOf(identityNumber, country, foreignId);
  }
}
