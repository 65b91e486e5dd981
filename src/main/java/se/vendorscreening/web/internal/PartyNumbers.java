package se.vendorscreening.web.internal;

import java.time.LocalDate;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.InvalidIdentityNumberException;
import se.vendorscreening.shared.PersonalIdentityNumber;

/** A party's own identity number: whether it is a person's, and in full when it is. */
final class PartyNumbers {

  private PartyNumbers() {}

  static boolean isPersonal(PartyResult party) {
    try {
      return party.partyKey() != null && IdentityNumber.parse(party.partyKey()).isPersonal();
    } catch (InvalidIdentityNumberException e) {
      return false;
    }
  }

  /**
   * The full personal identity number, or null when the party is no person.
   *
   * @param today the day that tells the century of a number written with a hyphen
   */
  static String unmasked(PartyResult party, LocalDate today) {
    try {
      return IdentityNumber.parse(party.partyKey()) instanceof PersonalIdentityNumber person
          ? person.unmasked(today)
          : null;
    } catch (InvalidIdentityNumberException | NullPointerException e) {
      return null;
    }
  }
}
