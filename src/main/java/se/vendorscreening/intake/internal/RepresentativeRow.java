package se.vendorscreening.intake.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.shared.PersonalIdentityNumber;

/**
 * An accepted representatives row.
 *
 * @param partyKey the key of the company represented
 * @param personId the person's number; null for a foreign person
 * @param birthDate given, or taken from the number
 * @param birthMonth the year and month of birth when only those are given, else null
 * @param from the first day of the role, or null when not given
 * @param to the last day of the role, or null while it is held or when not given
 */
record RepresentativeRow(
    String partyKey,
    PersonalIdentityNumber personId,
    String name,
    LocalDate birthDate,
    RepresentativeRole role,
    YearMonth birthMonth,
    LocalDate from,
    LocalDate to) {

  /**
   * The person's key within the company: the number, or name and birth date (or year and month)
   * when foreign.
   */
  String personKey() {
    return personId != null
        ? personId.canonical()
        : name.strip().toLowerCase(java.util.Locale.ROOT)
            + "|"
            + (birthDate != null ? birthDate : birthMonth != null ? birthMonth : "");
  }
}
