package se.vendorscreening.intake.internal;

import static se.vendorscreening.intake.internal.FieldParsers.reject;
import static se.vendorscreening.intake.internal.RepresentativeColumn.*;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.intake.internal.RowOutcome.RejectedRowException;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.InvalidIdentityNumberException;
import se.vendorscreening.shared.PersonalIdentityNumber;

/**
 * Checks one representatives row: the company must be a party of the same import, the person needs
 * a valid personnummer or samordningsnummer, or, when foreign, a birth date or at least its year
 * and month ({@code YYYY-MM}: a beneficial owner known by name, month and year of birth).
 */
final class RepresentativeRowValidator {

  private RepresentativeRowValidator() {}

  /**
   * @param partyKeys the keys of the parties the import's vendor list brought in
   */
  static RowOutcome<RepresentativeRow> validate(
      ListRow<RepresentativeColumn> row, Set<String> partyKeys) {
    if (row.isTruncated()) {
      return rejected(row, Rejection.truncated(row));
    }
    try {
      List<Rejection> ignored = new ArrayList<>();
      RepresentativeRow parsed = parse(row, partyKeys, ignored);
      return new RowOutcome.Accepted<>(row.line(), parsed, ignored);
    } catch (RejectedRowException e) {
      return rejected(row, e.rejection());
    }
  }

  /** The rejection, with the company's number and the person's name as the row gives them. */
  private static RowOutcome<RepresentativeRow> rejected(
      ListRow<RepresentativeColumn> row, Rejection rejection) {
    return new RowOutcome.Rejected<>(
        row.line(),
        rejection,
        FieldParsers.shown(IdentityMasking.mask(row.get(ORG_NO))),
        FieldParsers.shown(row.get(NAME)));
  }

  private static RepresentativeRow parse(
      ListRow<RepresentativeColumn> row, Set<String> partyKeys, List<Rejection> ignored) {
    for (RepresentativeColumn column : RepresentativeColumn.values()) {
      FieldParsers.text(column, row.get(column), Integer.MAX_VALUE);
    }
    String orgNo = FieldParsers.required(ORG_NO, row.get(ORG_NO));
    String partyKey = FieldParsers.partyKey(ORG_NO, orgNo);
    if (!partyKeys.contains(partyKey)) {
      throw reject(Rejection.ofIdentity(ORG_NO, orgNo, "reject.companyNotInList"));
    }
    String name = FieldParsers.text(NAME, FieldParsers.required(NAME, row.get(NAME)), 1000);
    YearMonth birthMonth = BirthMonths.parse(row.get(BIRTH_DATE));
    LocalDate birthDate = birthMonth != null ? null : birthDate(row, ignored);
    PersonalIdentityNumber personId =
        personId(row.get(PERSON_ID), birthDate != null || birthMonth != null);
    RepresentativeRole role = role(row.get(ROLE));
    if (personId != null) {
      // the number carries the full date
      birthMonth = null;
      if (birthDate == null) {
        birthDate = personId.birthDate().orElse(null);
      }
    }
    LocalDate from = roleDate(FROM_DATE, row, ignored);
    LocalDate to = roleDate(TO_DATE, row, ignored);
    return new RepresentativeRow(partyKey, personId, name, birthDate, role, birthMonth, from, to);
  }

  /**
   * The birth date given. A person with a number has it in the number: a date that cannot be read
   * is then ignored (and reported) rather than losing the person's check; without a number, it is
   * what identifies the person and rejects the row.
   */
  private static LocalDate birthDate(ListRow<RepresentativeColumn> row, List<Rejection> ignored) {
    try {
      return FieldParsers.date(BIRTH_DATE, row.get(BIRTH_DATE));
    } catch (RejectedRowException e) {
      if (row.get(PERSON_ID).isEmpty()) {
        throw e;
      }
      ignored.add(e.rejection());
      return null;
    }
  }

  /**
   * A date of the role: one that cannot be read is ignored (and reported), so the person is still
   * checked; the role then counts as held with no known dates.
   */
  private static LocalDate roleDate(
      RepresentativeColumn column, ListRow<RepresentativeColumn> row, List<Rejection> ignored) {
    try {
      return FieldParsers.date(column, row.get(column));
    } catch (RejectedRowException e) {
      ignored.add(e.rejection());
      return null;
    }
  }

  private static PersonalIdentityNumber personId(String value, boolean birthGiven) {
    if (value.isEmpty()) {
      if (!birthGiven) {
        throw reject(Rejection.of(PERSON_ID, "", "reject.personIdOrBirthDate"));
      }
      return null;
    }
    try {
      return PersonalIdentityNumber.parse(value);
    } catch (InvalidIdentityNumberException e) {
      if (isOrganisationNumber(value)) {
        throw reject(Rejection.ofIdentity(PERSON_ID, value, "reject.organisationNumberForPerson"));
      }
      String code =
          "wrong check digit".equals(e.getMessage())
              ? "reject.checkDigit"
              : "reject.notAPersonalIdentityNumber";
      throw reject(Rejection.ofIdentity(PERSON_ID, value, code));
    }
  }

  private static boolean isOrganisationNumber(String value) {
    try {
      return !IdentityNumber.parse(value).isPersonal();
    } catch (InvalidIdentityNumberException e) {
      return false;
    }
  }

  private static RepresentativeRole role(String value) {
    FieldParsers.required(ROLE, value);
    return switch (value.toUpperCase(Locale.ROOT).replace(' ', '_')) {
      case "CEO", "VD" -> RepresentativeRole.CEO;
      case "CHAIR", "ORDFÖRANDE", "STYRELSEORDFÖRANDE" -> RepresentativeRole.CHAIR;
      case "BOARD", "LEDAMOT", "STYRELSELEDAMOT" -> RepresentativeRole.BOARD;
      case "DEPUTY", "SUPPLEANT" -> RepresentativeRole.DEPUTY;
      case "SIGNATORY", "FIRMATECKNARE", "PROKURIST" -> RepresentativeRole.SIGNATORY;
      case "BENEFICIAL_OWNER", "VERKLIG_HUVUDMAN" -> RepresentativeRole.BENEFICIAL_OWNER;
      case "PARTNER", "DELÄGARE", "BOLAGSMAN", "KOMPLEMENTÄR", "KOMMANDITDELÄGARE" ->
          RepresentativeRole.PARTNER;
      default -> throw reject(Rejection.of(ROLE, value, "reject.representativeRole"));
    };
  }
}
