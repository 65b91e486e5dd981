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
    if (digits.length() < 9 || digits.length() > 13 || isOrganisationNumber(digits)) {
      return value;
    }
    int dateStart = digits.length() >= 12 ? 2 : 0;
    return digits.substring(dateStart, dateStart + 6) + "-****";
  }

  private static boolean isOrganisationNumber(String digits) {
    String ten = digits.length() == 12 && digits.startsWith("16") ? digits.substring(2) : digits;
    return ten.length() == 10 && Integer.parseInt(ten.substring(2, 4)) >= 20;
  }
}
