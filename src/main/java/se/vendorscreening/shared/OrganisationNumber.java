package se.vendorscreening.shared;

import java.util.regex.Pattern;

/**
 * A Swedish organisation number ({@code GNNNNN-NNNC}): digits 3–4 at least 20, Luhn check digit.
 * Accepts 10 digits, the 12-digit form with the {@code 16} prefix, and the VAT number form {@code
 * SE5566778899 01}.
 *
 * @param digits the ten digits
 */
public record OrganisationNumber(String digits) implements IdentityNumber {

  private static final Pattern VAT = Pattern.compile("SE ?([0-9]{6}-?[0-9]{4}) ?01");

  public OrganisationNumber {
    if (!IdentityNumberText.isDigits(digits, 10)) {
      throw new InvalidIdentityNumberException(digits, "an organisation number has 10 digits");
    }
    if (!looksLikeOrganisationNumber(digits)) {
      throw new InvalidIdentityNumberException(
          digits, "digits 3–4 of an organisation number are at least 20");
    }
    if (!Luhn.isValid(digits)) {
      throw new InvalidIdentityNumberException(digits, "wrong check digit");
    }
  }

  /**
   * Parses an organisation number in any common writing.
   *
   * @throws InvalidIdentityNumberException when the text is not a valid organisation number
   */
  public static OrganisationNumber parse(String text) {
    if (text != null && mayBeVatNumber(text)) {
      var vat = VAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
      if (vat.matches()) {
        text = vat.group(1);
      }
    }
    String digits = IdentityNumberText.digitsOf(text);
    if (digits.length() == 12) {
      if (!digits.startsWith("16")) {
        throw new InvalidIdentityNumberException(
            text, "a 12-digit organisation number starts with 16");
      }
      digits = digits.substring(2);
    }
    try {
      return new OrganisationNumber(digits);
    } catch (InvalidIdentityNumberException e) {
      throw new InvalidIdentityNumberException(text, e.getMessage());
    }
  }

  /** Whether the text starts with an S after white space, as a VAT number does. */
  private static boolean mayBeVatNumber(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == 'S' || c == 's' || c == '\u017F'; // ſ is S in upper case
      }
    }
    return false;
  }

  static boolean looksLikeOrganisationNumber(String digits) {
    if (digits.length() == 12) {
      return digits.startsWith("16");
    }
    return digits.length() == 10 && IdentityNumberText.number(digits, 2, 4) >= 20;
  }

  /** The legal form digit: 2 public body, 5 aktiebolag, 9 trading partnership, … */
  public int groupDigit() {
    return digits.charAt(0) - '0';
  }

  @Override
  public String canonical() {
    return digits;
  }

  @Override
  public String masked() {
    return formatted();
  }

  /** The usual writing, {@code NNNNNN-NNNN}. */
  public String formatted() {
    return digits.substring(0, 6) + "-" + digits.substring(6);
  }

  @Override
  public boolean isPersonal() {
    return false;
  }

  @Override
  public String toString() {
    return formatted();
  }
}
