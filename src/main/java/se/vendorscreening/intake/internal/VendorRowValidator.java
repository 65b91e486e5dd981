package se.vendorscreening.intake.internal;

import static se.vendorscreening.intake.internal.FieldParsers.reject;
import static se.vendorscreening.intake.internal.VendorColumn.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.intake.ContractStatus;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.internal.RowOutcome.RejectedRowException;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.ProcurementType;

/**
 * Checks one vendor-list row on its own (docs/input-formats.md). Whether a subcontractor's parent
 * is in the list needs the whole list: {@link #validate(ListRow, Set)} takes the keys of the list's
 * vendors.
 */
final class VendorRowValidator {

  /** The fields that identify a party: a problem in one of them rejects the row. */
  private static final List<VendorColumn> IDENTIFYING =
      List.of(
          PROCUREMENT_ID,
          PROCUREMENT_TYPE,
          ORG_NO,
          NAME,
          COUNTRY,
          FOREIGN_ID,
          ROLE,
          PARENT_ORG_NO,
          CONTRACT_VALUE_SEK,
          SUBCONTRACT_SHARE_PERCENT);

  private static final List<VendorColumn> CONTRACT_COLUMNS =
      List.of(CONTRACT_ID, CONTRACT_STATUS, CONTRACT_START, CONTRACT_END, ANNUAL_VALUE_SEK);

  private VendorRowValidator() {}

  /**
   * Validates the row, including that a subcontractor's parent is a vendor of the same procurement
   * or a subcontractor whose chain of parents reaches one (a subcontractor at any tier).
   *
   * @param parentKeys {@link #procurementKey} of every party of the list a subcontractor may work
   *     under ({@link VendorListKeys#parentKeys()})
   */
  static RowOutcome<VendorRow> validate(ListRow<VendorColumn> row, Set<String> parentKeys) {
    RowOutcome<VendorRow> outcome = validateAlone(row);
    if (outcome instanceof RowOutcome.Accepted<VendorRow> accepted
        && accepted.row().role() == PartyRole.SUBCONTRACTOR
        && !parentKeys.contains(
            procurementKey(accepted.row().procurementId(), accepted.row().parentKey()))) {
      return rejected(
          row,
          Rejection.ofIdentity(PARENT_ORG_NO, row.get(PARENT_ORG_NO), "reject.parentNotInList"));
    }
    return outcome;
  }

  /**
   * Validates everything that the row alone decides. Only the fields that identify the party
   * (procurement, its type, the party's number or foreign id, name, country, role and parent) can
   * reject the row; a contract field that cannot be read is ignored and reported, and the party is
   * imported all the same.
   */
  static RowOutcome<VendorRow> validateAlone(ListRow<VendorColumn> row) {
    if (row.isTruncated()) {
      return rejected(row, Rejection.truncated(row));
    }
    try {
      List<Rejection> ignored = new ArrayList<>();
      VendorRow parsed = parse(row, ignored);
      return new RowOutcome.Accepted<>(row.line(), parsed, ignored);
    } catch (RejectedRowException e) {
      return rejected(row, e.rejection());
    }
  }

  /** The rejection, with the party's number and name as far as the row gives them. */
  private static RowOutcome<VendorRow> rejected(ListRow<VendorColumn> row, Rejection rejection) {
    String orgNo = row.get(ORG_NO);
    if (orgNo.isEmpty() && !row.get(FOREIGN_ID).isEmpty()) {
      orgNo = (row.get(COUNTRY).isEmpty() ? "??" : row.get(COUNTRY)) + ":" + row.get(FOREIGN_ID);
    }
    return new RowOutcome.Rejected<>(
        row.line(),
        rejection,
        FieldParsers.shown(IdentityMasking.mask(orgNo)),
        FieldParsers.shown(row.get(NAME)));
  }

  static String procurementKey(String procurementId, String partyKey) {
    return procurementId + "\u0000" + partyKey;
  }

  private static VendorRow parse(ListRow<VendorColumn> row, List<Rejection> ignored) {
    for (VendorColumn column : IDENTIFYING) {
      FieldParsers.text(column, row.get(column), Integer.MAX_VALUE);
    }
    String procurementId =
        FieldParsers.text(
            PROCUREMENT_ID, FieldParsers.required(PROCUREMENT_ID, row.get(PROCUREMENT_ID)), 100);
    ProcurementType type = procurementType(row.get(PROCUREMENT_TYPE));
    String title =
        ignoring(
            ignored,
            () -> FieldParsers.text(PROCUREMENT_TITLE, row.get(PROCUREMENT_TITLE), 1000),
            "");
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
    // the sanctions rule reads these: a value that cannot be read rejects the row rather than
    // leaving the rule without it (fail closed)
    BigDecimal contractValue = FieldParsers.amount(CONTRACT_VALUE_SEK, row.get(CONTRACT_VALUE_SEK));
    BigDecimal share =
        FieldParsers.percent(SUBCONTRACT_SHARE_PERCENT, row.get(SUBCONTRACT_SHARE_PERCENT));
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
        contract(row, procurementId, RegisteredParty.keyOf(number, country, foreignId), ignored),
        contractValue,
        share);
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

  /**
   * The row's contract, or null when the row names none. A field that cannot be read is left out
   * and noted in {@code ignored}; a contract without a number is keyed by its procurement and
   * party.
   */
  private static Contract contract(
      ListRow<VendorColumn> row, String procurementId, String partyKey, List<Rejection> ignored) {
    if (CONTRACT_COLUMNS.stream().allMatch(column -> row.get(column).isEmpty())) {
      return null;
    }
    String contractId =
        ignoring(ignored, () -> FieldParsers.text(CONTRACT_ID, row.get(CONTRACT_ID), 100), "");
    ContractStatus status =
        ignoring(ignored, () -> contractStatus(row.get(CONTRACT_STATUS)), ContractStatus.PLANNED);
    LocalDate start =
        ignoring(ignored, () -> FieldParsers.date(CONTRACT_START, row.get(CONTRACT_START)), null);
    LocalDate end =
        ignoring(ignored, () -> FieldParsers.date(CONTRACT_END, row.get(CONTRACT_END)), null);
    BigDecimal annualValue =
        ignoring(
            ignored, () -> FieldParsers.amount(ANNUAL_VALUE_SEK, row.get(ANNUAL_VALUE_SEK)), null);
    if (start != null && end != null && end.isBefore(start)) {
      ignored.add(Rejection.of(CONTRACT_END, row.get(CONTRACT_END), "reject.endBeforeStart"));
      end = null;
    }
    if (contractId.isEmpty()) {
      contractId = ContractKeys.withoutNumber(procurementId, partyKey);
      if (row.get(CONTRACT_ID).isEmpty()) {
        ignored.add(Rejection.of(CONTRACT_ID, "", "reject.contractIdMissing", contractId));
      }
    }
    return new Contract(contractId, status, start, end, annualValue);
  }

  /** The field's value, or {@code otherwise} with the rejection noted when it cannot be read. */
  private static <T> T ignoring(List<Rejection> ignored, Supplier<T> field, T otherwise) {
    try {
      return field.get();
    } catch (RejectedRowException e) {
      ignored.add(e.rejection());
      return otherwise;
    }
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
