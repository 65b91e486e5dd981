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
    return mayHoldOne(text) ? maskMatched(text) : text;
  }

  /**
   * Whether the text may hold a personal number (a quick scan); when not, {@link #mask} gives it
   * back as it is.
   */
  static boolean mayHoldOne(String text) {
    return text != null && text.length() >= 10 && mayHoldBirthDate(text);
  }

  /** {@link #mask} of a text that {@link #mayHoldOne}: by the regular expression. */
  static String maskMatched(String text) {
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
   * Whether the text has six digits in a row whose third and fourth could be a month, followed by
   * four digits, directly or after one of {@code -+ }: every number this class masks has them (its
   * date and its last four digits), most texts have none (organisation numbers' months are 20 or
   * more, a masked number {@code 910509-****} has no last four digits), and this scan is far
   * cheaper than the regular expression.
   */
  private static boolean mayHoldBirthDate(String text) {
    int length = text.length();
    int run = 0;
    for (int i = 0; i < length; i++) {
      if (!isDigit(text.charAt(i))) {
        run = 0;
      } else if (++run >= 6) {
        int start = i - 5;
        int month = (text.charAt(start + 2) - '0') * 10 + (text.charAt(start + 3) - '0');
        if (month <= 12 && fourDigitsAt(text, i + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether four digits follow at {@code from}, directly or after one of {@code -+ }. */
  private static boolean fourDigitsAt(String text, int from) {
    if (fourDigits(text, from)) {
      return true;
    }
    if (from >= text.length()) {
      return false;
    }
    char separator = text.charAt(from);
    return (separator == '-' || separator == '+' || separator == ' ') && fourDigits(text, from + 1);
  }

  private static boolean fourDigits(String text, int from) {
    if (from + 4 > text.length()) {
      return false;
    }
    for (int i = from; i < from + 4; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
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
