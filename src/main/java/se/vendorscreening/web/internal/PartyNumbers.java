package se.vendorscreening.web.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.InvalidIdentityNumberException;
import se.vendorscreening.shared.PersonalIdentityNumber;
import se.vendorscreening.shared.SwedishTime;

/** A party's own identity number: whether it is a person's, and in full when it is. */
final class PartyNumbers {

  static final ZoneId SWEDEN = SwedishTime.ZONE;

  private PartyNumbers() {}

  static boolean isPersonal(PartyResult party) {
    try {
      return party.partyKey() != null && IdentityNumber.parse(party.partyKey()).isPersonal();
    } catch (InvalidIdentityNumberException e) {
      return false;
    }
  }

  /** The full personal identity number, or null when the party is no person. */
  static String unmasked(PartyResult party) {
    try {
      return IdentityNumber.parse(party.partyKey()) instanceof PersonalIdentityNumber person
          ? person.unmasked(LocalDate.now(SWEDEN))
          : null;
    } catch (InvalidIdentityNumberException | NullPointerException e) {
      return null;
    }
  }
}
