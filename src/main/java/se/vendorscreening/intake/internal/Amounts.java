package se.vendorscreening.intake.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads amounts in kronor as Swedish and international exports write them: digits grouped by any
 * kind of space, by {@code .} or by {@code ,}; a decimal comma or point; a currency word ({@code
 * kr}, {@code SEK}, {@code kronor}, {@code :-}) before or after. A separator followed by exactly
 * three digits groups thousands, by one or two digits (or more than three, as a spreadsheet's
 * number) it starts the decimals: {@code 1.200.000} and {@code 1,200} are thousands, {@code
 * 1200,50} is öre. Anything else is refused rather than guessed at.
 */
final class Amounts {

  private static final Pattern CURRENCY =
      Pattern.compile("^(sek|kr\\.?)|(sek|kronor|kr\\.?|:-|,-|\\.-)$");
  private static final Pattern DIGITS_AND_SEPARATORS = Pattern.compile("[0-9]+([.,][0-9]+)*");

  private Amounts() {}

  /** The amount rounded to öre, or null when the text is no non-negative amount. */
  static BigDecimal parse(String text) {
    String compact = CellText.withoutSpaces(text).toLowerCase(Locale.ROOT);
    compact = CURRENCY.matcher(compact).replaceAll("");
    if (!DIGITS_AND_SEPARATORS.matcher(compact).matches()) {
      return null;
    }
    int lastDot = compact.lastIndexOf('.');
    int lastComma = compact.lastIndexOf(',');
    int decimalAt = decimalSeparatorAt(compact, Math.max(lastDot, lastComma));
    String whole = decimalAt < 0 ? compact : compact.substring(0, decimalAt);
    String decimals = decimalAt < 0 ? "" : compact.substring(decimalAt + 1);
    if (whole.indexOf(decimalAt < 0 ? '\0' : compact.charAt(decimalAt)) >= 0
        || !validGroups(whole)) {
      return null;
    }
    String digits = whole.replaceAll("[.,]", "") + (decimals.isEmpty() ? "" : "." + decimals);
    return new BigDecimal(digits).setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * Where the decimals start, or -1 when the last separator groups thousands (or there is none).
   */
  private static int decimalSeparatorAt(String compact, int lastSeparator) {
    if (lastSeparator < 0) {
      return -1;
    }
    int digitsAfter = compact.length() - lastSeparator - 1;
    boolean bothKinds = compact.indexOf('.') >= 0 && compact.indexOf(',') >= 0;
    return digitsAfter != 3 || bothKinds ? lastSeparator : -1;
  }

  /** Digits with thousands grouped: every group after the first has exactly three digits. */
  private static boolean validGroups(String whole) {
    String[] groups = whole.split("[.,]", -1);
    if (groups.length == 1) {
      return true;
    }
    if (groups[0].isEmpty() || groups[0].length() > 3) {
      return false;
    }
    char separator = whole.charAt(groups[0].length());
    for (int i = 1; i < groups.length; i++) {
      if (groups[i].length() != 3) {
        return false;
      }
    }
    return whole.indexOf(separator == '.' ? ',' : '.') < 0;
  }
}
