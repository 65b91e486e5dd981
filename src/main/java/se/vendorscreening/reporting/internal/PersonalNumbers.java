package se.vendorscreening.reporting.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks any personnummer or samordningsnummer left in a text ({@code YYMMDD-****}), a last line of
 * defence so that no full personal number reaches a report, whatever an upstream module wrote into
 * a summary or a piece of evidence. Organisation numbers are left alone: their third and fourth
 * digits are 20 or more, which no birth month is; so are digits inside a longer word such as a
 * SHA-256 in hex.
 */
final class PersonalNumbers {

  private static final Pattern CANDIDATE =
      Pattern.compile("(?<![0-9A-Za-z])(18|19|20)?([0-9]{6})([-+ ]?)([0-9]{4})(?![0-9A-Za-z])");

  private PersonalNumbers() {}

  /** The text with every valid personal number masked; null stays null. */
  static String mask(String text) {
    if (text == null || text.length() < 10 || !mayHoldBirthDate(text)) {
      return text;
    }
    Matcher matcher = CANDIDATE.matcher(text);
    StringBuilder masked = null;
    while (matcher.find()) {
      String date = matcher.group(2);
      if (looksLikeBirthDate(date) && luhnValid(date + matcher.group(4))) {
        if (masked == null) {
          masked = new StringBuilder(text.length());
        }
        matcher.appendReplacement(masked, date + "-****");
      }
    }
    if (masked == null) {
      return text;
    }
    matcher.appendTail(masked);
    return masked.toString();
  }

  /**
   * Whether the text has six digits in a row whose third and fourth could be a month, which every
   * number this class masks needs: most texts, organisation numbers included, have none, and this
   * scan is far cheaper than the regular expression.
   */
  private static boolean mayHoldBirthDate(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        run = 0;
      } else if (++run >= 6) {
        int start = i - 5;
        int month = (text.charAt(start + 2) - '0') * 10 + (text.charAt(start + 3) - '0');
        if (month <= 12) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean looksLikeBirthDate(String yymmdd) {
    int month = Integer.parseInt(yymmdd.substring(2, 4));
    int day = Integer.parseInt(yymmdd.substring(4, 6));
    return month <= 12 && (day <= 31 || (day >= 60 && day <= 91));
  }

  private static boolean luhnValid(String tenDigits) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      int digit = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += digit > 9 ? digit - 9 : digit;
    }
    return sum % 10 == 0;
  }
}
