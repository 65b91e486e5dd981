package se.vendorscreening.intake.internal;

/**
 * Masks what may be a personal identity number in a rejected value, even a mistyped one: only the
 * birth date part ({@code YYMMDD-****}) stays. Organisation numbers and other text are kept as
 * read, so the officer can find the row.
 */
final class IdentityMasking {

  private IdentityMasking() {}

  static String mask(String value) {
    if (value == null || !value.strip().matches("[0-9 +\\-]{8,16}")) {
      return value;
    }
    String digits = value.replaceAll("[^0-9]", "");
    if (digits.length() < 9 || digits.length() > 13 || !isPersonalLike(digits)) {
      return value;
    }
    if (digits.length() == 10 || digits.length() == 12) {
      int dateStart = digits.length() == 12 ? 2 : 0;
      return digits.substring(dateStart, dateStart + 6) + "-****";
    }
    return maskAfterSixDigits(value.strip());
  }

  /**
   * Whether the digits may be a personal number: a month where an organisation number has 20 or
   * more, and no {@code 16} prefix of the 12-digit organisation number form.
   */
  private static boolean isPersonalLike(String digits) {
    boolean withCentury = digits.length() >= 11 && digits.matches("(18|19|20).*");
    if (digits.length() >= 11 && !withCentury) {
      return false;
    }
    int dateStart = withCentury ? 2 : 0;
    return Integer.parseInt(digits.substring(dateStart + 2, dateStart + 4)) < 20;
  }

  /** A mistyped number keeps its writing, with every digit after the sixth hidden. */
  private static String maskAfterSixDigits(String value) {
    StringBuilder masked = new StringBuilder();
    int digits = 0;
    for (char c : value.toCharArray()) {
      boolean digit = Character.isDigit(c);
      masked.append(digit && ++digits > 6 ? '*' : c);
    }
    return masked.toString();
  }
}
