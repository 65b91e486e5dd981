package se.vendorscreening.intake;

import java.time.LocalDate;
import java.util.Objects;
import se.vendorscreening.shared.PersonalIdentityNumber;

/**
 * A person in a company's management or control, as the register holds it.
 *
 * @param personId personnummer or samordningsnummer; null for a foreign person
 * @param name the person's name
 * @param birthDate birth date (from the number, or given for a foreign person); may be null
 * @param role the person's role in the company
 */
public record RegisteredRepresentative(
    PersonalIdentityNumber personId, String name, LocalDate birthDate, RepresentativeRole role) {

  public RegisteredRepresentative {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }
}
