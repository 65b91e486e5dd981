package se.vendorscreening.intake;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import se.vendorscreening.shared.PersonalIdentityNumber;

/**
 * A person in a company's management or control, as the register holds it.
 *
 * @param personId personnummer or samordningsnummer; null for a foreign person
 * @param name the person's name
 * @param birthDate birth date (from the number, or given for a foreign person); may be null
 * @param role the person's role in the company
 * @param birthMonth the year and month of birth when only those are known (a beneficial owner or
 *     foreign person known by name, month and year of birth; docs/input-formats.md), else null
 * @param from the first day the person held the role, or null when not known
 * @param to the last day the person held the role, or null while it is held or when not known
 */
public record RegisteredRepresentative(
    PersonalIdentityNumber personId,
    String name,
    LocalDate birthDate,
    RepresentativeRole role,
    YearMonth birthMonth,
    LocalDate from,
    LocalDate to) {

  public RegisteredRepresentative {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    if (birthDate != null) {
      birthMonth = null;
    }
  }

  /** A person whose birth date is known in full, or not at all, without dates of the role. */
  public RegisteredRepresentative(
      PersonalIdentityNumber personId, String name, LocalDate birthDate, RepresentativeRole role) {
    this(personId, name, birthDate, role, null, null, null);
  }

  /** A person with the year and month of birth, without dates of the role. */
  public RegisteredRepresentative(
      PersonalIdentityNumber personId,
      String name,
      LocalDate birthDate,
      RepresentativeRole role,
      YearMonth birthMonth) {
    this(personId, name, birthDate, role, birthMonth, null, null);
  }

  /**
   * What is known of the birth: {@code YYYY-MM-DD}, {@code YYYY-MM} when only the year and month
   * are, or null.
   */
  public String birth() {
    if (birthDate != null) {
      return birthDate.toString();
    }
    return birthMonth == null ? null : birthMonth.toString();
  }
}
