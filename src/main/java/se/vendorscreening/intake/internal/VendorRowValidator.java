package se.vendorscreening.intake.internal;

import static se.vendorscreening.intake.internal.FieldParsers.reject;
import static se.vendorscreening.intake.internal.VendorColumn.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.intake.ContractStatus;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.intake.internal.RowOutcome.RejectedRowException;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.ProcurementType;

/**
 * Checks one vendor-list row on its own (SPEC section 4). Whether a subcontractor's parent is in
 * the list needs the whole list: {@link #validate(ListRow, Set)} takes the keys of the list's
 * vendors.
 */
final class VendorRowValidator {

  private VendorRowValidator() {}

  /**
   * Validates the row, including that a subcontractor's parent is a vendor of the same procurement.
   *
   * @param vendorKeys {@link #procurementKey} of every vendor row of the list that passes {@link
   *     #validateAlone}
   */
  static RowOutcome<VendorRow> validate(ListRow<VendorColumn> row, Set<String> vendorKeys) {
    RowOutcome<VendorRow> outcome = validateAlone(row);
    if (outcome instanceof RowOutcome.Accepted<VendorRow> accepted
        && accepted.row().role() == PartyRole.SUBCONTRACTOR
        && !vendorKeys.contains(
            procurementKey(accepted.row().procurementId(), accepted.row().parentKey()))) {
      return new RowOutcome.Rejected<>(
          row.line(),
          Rejection.ofIdentity(PARENT_ORG_NO, row.get(PARENT_ORG_NO), "reject.parentNotInList"));
    }
    return outcome;
  }

  /** Validates everything that the row alone decides. */
  static RowOutcome<VendorRow> validateAlone(ListRow<VendorColumn> row) {
    try {
      return new RowOutcome.Accepted<>(row.line(), parse(row));
    } catch (RejectedRowException e) {
      return new RowOutcome.Rejected<>(row.line(), e.rejection());
    }
  }

  static String procurementKey(String procurementId, String partyKey) {
    return procurementId + "\u0000" + partyKey;
  }

  private static VendorRow parse(ListRow<VendorColumn> row) {
    String procurementId =
        FieldParsers.text(
            PROCUREMENT_ID, FieldParsers.required(PROCUREMENT_ID, row.get(PROCUREMENT_ID)), 100);
    ProcurementType type = procurementType(row.get(PROCUREMENT_TYPE));
    String title = FieldParsers.text(PROCUREMENT_TITLE, row.get(PROCUREMENT_TITLE), 1000);
    String name = FieldParsers.text(NAME, FieldParsers.required(NAME, row.get(NAME)), 1000);
    String country = FieldParsers.country(COUNTRY, row.get(COUNTRY));
    String foreignId = foreignId(row, country);
    IdentityNumber number = identityNumber(row, country, name);
    PartyRole role = role(row.get(ROLE));
    String parentKey = null;
    if (role == PartyRole.SUBCONTRACTOR) {
      parentKey =
          FieldParsers.partyKey(
              PARENT_ORG_NO, FieldParsers.required(PARENT_ORG_NO, row.get(PARENT_ORG_NO)));
    }
    return new VendorRow(
        procurementId,
        type,
        title.isEmpty() ? null : title,
        number,
        country,
        foreignId,
        name,
        role,
        parentKey,
        contract(row));
  }

  private static ProcurementType procurementType(String value) {
    FieldParsers.required(PROCUREMENT_TYPE, value);
    try {
      return ProcurementType.valueOf(value.replace(" ", "").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw reject(Rejection.of(PROCUREMENT_TYPE, value, "reject.procurementType"));
    }
  }

  private static String foreignId(ListRow<VendorColumn> row, String country) {
    String foreignId = FieldParsers.normalizeForeignId(row.get(FOREIGN_ID));
    if (!"SE".equals(country) && foreignId.isEmpty()) {
      throw reject(Rejection.of(FOREIGN_ID, "", "reject.foreignIdMissing", country));
    }
    return foreignId.isEmpty() ? null : FieldParsers.text(FOREIGN_ID, foreignId, 100);
  }

  /**
   * A Swedish party needs an organisation number; a valid personnummer is a sole trader's, unless
   * the name shows a legal person (AB, HB, förening, ...).
   */
  private static IdentityNumber identityNumber(
      ListRow<VendorColumn> row, String country, String name) {
    String value = row.get(ORG_NO);
    if (value.isEmpty()) {
      if ("SE".equals(country)) {
        throw reject(Rejection.missing(ORG_NO));
      }
      return null;
    }
    IdentityNumber number = FieldParsers.identityNumber(ORG_NO, value);
    if (number.isPersonal() && CompanyForms.isLegalPerson(name)) {
      throw reject(Rejection.ofIdentity(ORG_NO, value, "reject.personalNumberForCompany"));
    }
    return number;
  }

  private static PartyRole role(String value) {
    if (value.isEmpty()) {
      return PartyRole.VENDOR;
    }
    return switch (value.toUpperCase(Locale.ROOT)) {
      case "VENDOR", "LEVERANTÖR", "HUVUDLEVERANTÖR" -> PartyRole.VENDOR;
      case "SUBCONTRACTOR", "UNDERLEVERANTÖR" -> PartyRole.SUBCONTRACTOR;
      default -> throw reject(Rejection.of(ROLE, value, "reject.partyRole"));
    };
  }

  private static Contract contract(ListRow<VendorColumn> row) {
    String contractId = FieldParsers.text(CONTRACT_ID, row.get(CONTRACT_ID), 100);
    ContractStatus status = contractStatus(row.get(CONTRACT_STATUS));
    LocalDate start = FieldParsers.date(CONTRACT_START, row.get(CONTRACT_START));
    LocalDate end = FieldParsers.date(CONTRACT_END, row.get(CONTRACT_END));
    BigDecimal annualValue = FieldParsers.amount(ANNUAL_VALUE_SEK, row.get(ANNUAL_VALUE_SEK));
    if (start != null && end != null && end.isBefore(start)) {
      throw reject(Rejection.of(CONTRACT_END, row.get(CONTRACT_END), "reject.endBeforeStart"));
    }
    if (contractId.isEmpty()) {
      boolean contractData =
          !row.get(CONTRACT_STATUS).isEmpty()
              || start != null
              || end != null
              || annualValue != null;
      if (contractData) {
        throw reject(Rejection.missing(CONTRACT_ID));
      }
      return null;
    }
    return new Contract(contractId, status, start, end, annualValue);
  }

  private static ContractStatus contractStatus(String value) {
    if (value.isEmpty()) {
      return ContractStatus.PLANNED;
    }
    return switch (value.toUpperCase(Locale.ROOT)) {
      case "PLANNED", "PLANERAT", "PLANERAD" -> ContractStatus.PLANNED;
      case "ACTIVE", "AKTIVT", "AKTIV" -> ContractStatus.ACTIVE;
      case "ENDED", "AVSLUTAT", "AVSLUTAD" -> ContractStatus.ENDED;
      default -> throw reject(Rejection.of(CONTRACT_STATUS, value, "reject.contractStatus"));
    };
  }
}
