package se.vendorscreening.audit.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal identity numbers in free text ({@code YYMMDD-NNNC}, {@code YYMMDD+NNNC}, {@code
 * YYMMDDNNNC} and {@code CCYYMMDD[-]NNNC} with a plausible date and a valid check digit) and masks
 * them as {@code YYMMDD-****}. Organisation numbers (month digits 20 or more) are left alone.
 */
public final class PersonalNumberMasking {

  private static final Pattern CANDIDATE =
      Pattern.compile(
          "(?<![0-9A-Za-z])(1[89]|20)?([0-9]{2})(0[0-9]|1[0-2])([0-9]{2})([-+]?)([0-9]{4})(?![0-9A-Za-z])");

  private PersonalNumberMasking() {}

  /** The text with every personal identity number masked; the same text when there is none. */
  public static String mask(String text) {
    if (text == null || text.length() < 10) {
      return text;
    }
    Matcher matcher = CANDIDATE.matcher(text);
    StringBuilder masked = null;
    while (matcher.find()) {
      String yy = matcher.group(2);
      String mm = matcher.group(3);
      String dd = matcher.group(4);
      String last4 = matcher.group(6);
      if (!plausibleDay(dd) || !luhnValid(yy + mm + dd + last4)) {
        continue;
      }
      if (masked == null) {
        masked = new StringBuilder(text.length());
      }
      matcher.appendReplacement(masked, Matcher.quoteReplacement(yy + mm + dd + "-****"));
    }
    if (masked == null) {
      return text;
    }
    matcher.appendTail(masked);
    return masked.toString();
  }

  private static boolean plausibleDay(String dd) {
    int day = Integer.parseInt(dd);
    // A samordningsnummer adds 60 to the day; day 00 or 60 means the day is unknown.
    return day <= 31 || (day >= 60 && day <= 91);
  }

  private static boolean luhnValid(String tenDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int product = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += product > 9 ? product - 9 : product;
    }
    return (10 - sum % 10) % 10 == tenDigits.charAt(9) - '0';
  }
}
