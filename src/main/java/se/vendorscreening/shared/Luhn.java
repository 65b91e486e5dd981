package se.vendorscreening.shared;

/** The Luhn (modulus 10) check digit that Swedish identity numbers carry in their last digit. */
final class Luhn {

  private Luhn() {}

  /** Returns the check digit for the given digits (weights 2, 1, 2, … from the left). */
  static int checkDigit(CharSequence digits) {
    return checkDigit(digits, digits.length());
  }

  /** The check digit of the first {@code count} digits. */
  private static int checkDigit(CharSequence digits, int count) {
    int sum = 0;
    for (int i = 0; i < count; i++) {
      int product = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += product > 9 ? product - 9 : product;
    }
    return (10 - sum % 10) % 10;
  }

  /** Whether the last of ten digits is the Luhn check digit of the first nine. */
  static boolean isValid(String tenDigits) {
    return tenDigits.length() == 10 && checkDigit(tenDigits, 9) == tenDigits.charAt(9) - '0';
  }
}
