package se.vendorscreening.intake.internal;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birth known only by its year and month ({@code 1971-05}): what the beneficial-owner register
 * gives without a legitimate interest in more, and what some foreign documents give
 * (docs/input-formats.md).
 */
final class BirthMonths {

  private static final Pattern YEAR_MONTH = Pattern.compile("([0-9]{4})-([0-9]{1,2})");

  private BirthMonths() {}

  /** The year and month written as {@code YYYY-MM}, or null when the text is something else. */
  static YearMonth parse(String text) {
    if (text == null) {
      return null;
    }
    Matcher matcher = YEAR_MONTH.matcher(text.strip());
    if (!matcher.matches()) {
      return null;
    }
    try {
      return YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The stored {@code YYYY-MM}, or null. */
  static YearMonth read(String stored) {
    return stored == null ? null : YearMonth.parse(stored);
  }
}
