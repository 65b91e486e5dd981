package se.vendorscreening.shared;

/**
 * A validated Swedish identity number: an organisation number or a personal identity number
 * (personnummer or samordningsnummer). A sole trader's organisation number is its owner's
 * personnummer, so a party's number is an {@code IdentityNumber}, not always an organisation
 * number.
 */
public sealed interface IdentityNumber permits OrganisationNumber, PersonalIdentityNumber {

  /** The form used as a lookup key and in the HTTP protocol: 10 digits or 12 digits for persons. */
  String canonical();

  /** The form safe to show in reports: {@code NNNNNN-NNNN}, or {@code YYMMDD-****} for persons. */
  String masked();

  /** Whether this number identifies a natural person (and must therefore be masked). */
  boolean isPersonal();

  /**
   * Parses an organisation number or, failing that, a personal identity number, in any common
   * writing.
   *
   * @throws InvalidIdentityNumberException when the text is neither
   */
  static IdentityNumber parse(String text) {
    String digits = IdentityNumberText.digitsOf(text);
    if (OrganisationNumber.looksLikeOrganisationNumber(digits)) {
      return OrganisationNumber.parse(text);
    }
    return PersonalIdentityNumber.parse(text);
  }
}
