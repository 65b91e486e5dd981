package se.vendorscreening.registry;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import se.vendorscreening.shared.IdentityNumber;

/**
 * Who a registry is asked about: a company or a person, by identity number when there is one, and
 * by name (and birth date for persons) when there is not.
 *
 * @param kind company or person
 * @param identityNumber the Swedish number, or null (foreign persons and companies)
 * @param name the name as the vendor list gives it
 * @param birthDate a person's birth date, or null
 * @param country ISO 3166-1 alpha-2
 * @param birthMonth a person's year and month of birth when only those are known, else null
 *     (docs/matching.md: such a person is at most a weak match without an identity number)
 */
public record Subject(
    SubjectKind kind,
    IdentityNumber identityNumber,
    String name,
    LocalDate birthDate,
    String country,
    YearMonth birthMonth) {

  public Subject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    country = country == null ? "SE" : country;
    if (birthDate != null) {
      birthMonth = null;
    }
  }

  /** A subject whose birth date is known in full, or not at all. */
  public Subject(
      SubjectKind kind,
      IdentityNumber identityNumber,
      String name,
      LocalDate birthDate,
      String country) {
    this(kind, identityNumber, name, birthDate, country, null);
  }
}
