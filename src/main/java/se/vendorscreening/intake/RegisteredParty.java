package se.vendorscreening.intake;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.ProcurementType;

/**
 * A vendor or subcontractor in one procurement, with its representatives and contracts.
 *
 * @param procurementId the procurement's case number (diarienummer)
 * @param procurementType LOU, LOU19 or LOV
 * @param procurementTitle the procurement's title, or null
 * @param identityNumber organisation number, or a sole trader's personnummer; null when foreign
 * @param country ISO 3166-1 alpha-2, {@code SE} by default
 * @param foreignId VAT or registry number of a foreign party, else null
 * @param name legal name
 * @param role vendor or subcontractor
 * @param parentKey the {@link #key()} of the vendor a subcontractor works under, else null
 * @param representatives its representatives
 * @param contracts its contracts in this procurement
 * @param contractValueSek the whole estimated value of the vendor's contract as the vendor list
 *     gives it (a vendor's row), or null when not given
 * @param subcontractSharePercent a subcontractor's share of the contract value in percent as the
 *     vendor list gives it, or null when not given
 */
public record RegisteredParty(
    String procurementId,
    ProcurementType procurementType,
    String procurementTitle,
    IdentityNumber identityNumber,
    String country,
    String foreignId,
    String name,
    PartyRole role,
    String parentKey,
    List<RegisteredRepresentative> representatives,
    List<Contract> contracts,
    BigDecimal contractValueSek,
    BigDecimal subcontractSharePercent) {

  public RegisteredParty {
    Objects.requireNonNull(procurementId, "procurementId");
    Objects.requireNonNull(procurementType, "procurementType");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    if (identityNumber == null && (foreignId == null || country == null)) {
      throw new IllegalArgumentException("a party needs an identity number or a foreign id");
    }
    representatives = List.copyOf(representatives);
    contracts = List.copyOf(contracts);
  }

  /** A party without a contract value or share. */
  public RegisteredParty(
      String procurementId,
      ProcurementType procurementType,
      String procurementTitle,
      IdentityNumber identityNumber,
      String country,
      String foreignId,
      String name,
      PartyRole role,
      String parentKey,
      List<RegisteredRepresentative> representatives,
      List<Contract> contracts) {
    this(
        procurementId,
        procurementType,
        procurementTitle,
        identityNumber,
        country,
        foreignId,
        name,
        role,
        parentKey,
        representatives,
        contracts,
        null,
        null);
  }

  /**
   * The party's key within a procurement: its identity number's canonical digits, or {@code
   * CC:foreign_id} for a foreign party.
   */
  public String key() {
    return keyOf(identityNumber, country, foreignId);
  }

  /** The key for a party with the given number, or country and foreign id. */
  public static String keyOf(IdentityNumber identityNumber, String country, String foreignId) {
    return identityNumber != null ? identityNumber.canonical() : country + ":" + foreignId;
  }

  /**
   * The organisation number as reports show it: {@code NNNNNN-NNNN}, a sole trader's number masked
   * as {@code YYMMDD-****}, or {@code CC:foreign_id}.
   */
  public String displayedOrgNo() {
    return identityNumber != null ? identityNumber.masked() : country + ":" + foreignId;
  }
}
