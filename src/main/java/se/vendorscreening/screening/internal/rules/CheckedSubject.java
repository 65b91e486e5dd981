package se.vendorscreening.screening.internal.rules;

import se.vendorscreening.registry.Subject;

/**
 * Someone a party's screening asks the registries about: the party itself or one of its
 * representatives (docs/person-circle.md).
 *
 * @param ordinal 0 for the party, then its representatives in register order
 * @param subject what the registries are asked
 * @param role {@code VENDOR} or {@code SUBCONTRACTOR} for the party, else the representative's role
 * @param maskedId the subject's number as reports may show it, or null
 */
record CheckedSubject(int ordinal, Subject subject, String role, String maskedId) {

  boolean isParty() {
    return ordinal == 0;
  }
}
