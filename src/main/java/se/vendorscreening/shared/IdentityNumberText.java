package se.vendorscreening.shared;

import java.util.regex.Pattern;

/** Reads the digits out of identity numbers as people write them. */
final class IdentityNumberText {

  private static final Pattern ALLOWED = Pattern.compile("[0-9]{6,8}[-+ ]?[0-9]{4}");

  private IdentityNumberText() {}

  /** The digits of a number written with an optional {@code -}, {@code +} or space separator. */
  static String digitsOf(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidIdentityNumberException(text, "empty identity number");
    }
    String trimmed = text.strip();
    if (!ALLOWED.matcher(trimmed).matches()) {
      throw new InvalidIdentityNumberException(
          text, "not an identity number: expected 10 or 12 digits with an optional - or +");
    }
    String digits = trimmed.replaceAll("[-+ ]", "");
    if (digits.length() != 10 && digits.length() != 12) {
      throw new InvalidIdentityNumberException(text, "expected 10 or 12 digits");
    }
    return digits;
  }
}
