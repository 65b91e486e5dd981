package se.vendorscreening.screening.internal.rules;

import java.util.EnumSet;
import java.util.Set;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.shared.OrganisationNumber;

/**
 * A party's legal form as its number tells it, and the persons of that form who must have been
 * checked before the party can be cleared (docs/person-circle.md).
 */
enum LegalForm {
  /** Aktiebolag (group digit 5): board, CEO, signatories and beneficial owners. */
  AKTIEBOLAG(
      EnumSet.of(
          RepresentativeRole.CEO,
          RepresentativeRole.CHAIR,
          RepresentativeRole.BOARD,
          RepresentativeRole.DEPUTY,
          RepresentativeRole.SIGNATORY,
          RepresentativeRole.BENEFICIAL_OWNER)),
  /** Handelsbolag or kommanditbolag (group digit 9): the partners and signatories. */
  HANDELSBOLAG(EnumSet.of(RepresentativeRole.PARTNER, RepresentativeRole.SIGNATORY)),
  /** Ekonomisk förening (group digit 7): the board and signatories. */
  EKONOMISK_FORENING(
      EnumSet.of(
          RepresentativeRole.CHAIR,
          RepresentativeRole.BOARD,
          RepresentativeRole.DEPUTY,
          RepresentativeRole.SIGNATORY)),
  /** Enskild näringsidkare: the owner, whose personnummer is the party's number, is the party. */
  ENSKILD_NARINGSIDKARE(EnumSet.noneOf(RepresentativeRole.class)),
  /**
   * Any other form (foreign companies, ideella föreningar, stiftelser, enkla bolag, public bodies):
   * at least one person the list names, whatever the role.
   */
  OTHER(EnumSet.allOf(RepresentativeRole.class));

  private final EnumSet<RepresentativeRole> circle;

  LegalForm(EnumSet<RepresentativeRole> circle) {
    this.circle = circle;
  }

  /** The roles of which at least one person must have been checked; empty for a sole trader. */
  Set<RepresentativeRole> circle() {
    return EnumSet.copyOf(circle);
  }

  /** Whether the party itself is the one person its circle needs (a sole trader). */
  boolean partyIsTheOwner() {
    return this == ENSKILD_NARINGSIDKARE;
  }

  /** The form of a party: a personnummer is a sole trader's, else the group digit decides. */
  static LegalForm of(RegisteredParty party) {
    if (party.identityNumber() == null) {
      return OTHER;
    }
    if (party.identityNumber().isPersonal()) {
      return ENSKILD_NARINGSIDKARE;
    }
    return switch (((OrganisationNumber) party.identityNumber()).groupDigit()) {
      case 5 -> AKTIEBOLAG;
      case 9 -> HANDELSBOLAG;
      case 7 -> EKONOMISK_FORENING;
      default -> OTHER;
    };
  }
}
