package se.vendorscreening.shared;

import java.util.regex.Pattern;

/** Reads the digits out of identity numbers as people write them. */
final class IdentityNumberText {

  private static final Pattern ALLOWED = Pattern.compile("[0-9]{6,8}[-+]?[0-9]{4}");

  private IdentityNumberText() {}

  /** Whether the text is exactly {@code length} ASCII digits (no regex: this runs per record). */
  static boolean isDigits(String text, int length) {
    if (text == null || text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The 10 or 12 digits of {@code YYMMDD-NNNN} or {@code YYYYMMDD-NNNN} (or with {@code +}), as the
   * pattern and the separator's removal give them, without a regex; null for any other text.
   */
  private static String withoutPlainSeparator(String text) {
    int length = text.length();
    if (length != 11 && length != 13) {
      return null;
    }
    int separator = length - 5;
    char c = text.charAt(separator);
    if (c != '-' && c != '+') {
      return null;
    }
    char[] digits = new char[length - 1];
    for (int i = 0, at = 0; i < length; i++) {
      if (i != separator) {
        char d = text.charAt(i);
        if (d < '0' || d > '9') {
          return null;
        }
        digits[at++] = d;
      }
    }
    return new String(digits);
  }

  /** The number of the ASCII digits from {@code from} to {@code to} of the text (all digits). */
  static int number(String digits, int from, int to) {
    int number = 0;
    for (int i = from; i < to; i++) {
      number = number * 10 + (digits.charAt(i) - '0');
    }
    return number;
  }

  private static String withoutSeparator(String text) {
    StringBuilder digits = new StringBuilder(12);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.toString();
  }

  /**
   * The digits of a number written with an optional {@code -} or {@code +} separator. A space is
   * not a separator (as in the reference test lists of the personnummer and organisationsnummer
   * libraries): {@code 556677 8899} may be two numbers run together, or a typing slip.
   */
  static String digitsOf(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidIdentityNumberException(text, "empty identity number");
    }
    String trimmed = text.strip();
    if (isDigits(trimmed, 10) || isDigits(trimmed, 12)) {
      return trimmed; // what the pattern and the separator's removal give, without them
    }
    String separated = withoutPlainSeparator(trimmed);
    if (separated != null) {
      return separated;
    }
    if (!ALLOWED.matcher(trimmed).matches()) {
      throw new InvalidIdentityNumberException(
          text, "not an identity number: expected 10 or 12 digits with an optional - or +");
    }
    String digits = withoutSeparator(trimmed);
    if (digits.length() != 10 && digits.length() != 12) {
      throw new InvalidIdentityNumberException(text, "expected 10 or 12 digits");
    }
    return digits;
  }
}
