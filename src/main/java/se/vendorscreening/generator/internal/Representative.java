package se.vendorscreening.generator.internal;

import java.time.LocalDate;

/**
 * A person on a company's board or with powers to represent it.
 *
 * @param personNumber twelve digits, or null for a foreign person without a Swedish number
 * @param name the name
 * @param birthDate a foreign person's birth date, else null
 * @param role CEO, CHAIR, BOARD, DEPUTY, SIGNATORY, BENEFICIAL_OWNER or PARTNER
 */
record Representative(String personNumber, String name, LocalDate birthDate, String role) {

  Representative withPerson(String number, String newName) {
    return new Representative(number, newName, null, role);
  }
}
