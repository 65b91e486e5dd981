package se.vendorscreening.intake.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads the dates that procurement exports write: ISO ({@code 2027-01-01}), compact ({@code
 * 20270101}), with slashes or dots ({@code 2027/01/01}, {@code 2027.01.01}), any of them followed
 * by a time of day, and Excel's serial day numbers. Day-first and month-first writings ({@code
 * 01/02/2027}) are not guessed at: they mean different days in different countries.
 */
final class Dates {

  private static final List<DateTimeFormatter> FORMATS =
      List.of(strict("uuuu-M-d"), strict("uuuuMMdd"), strict("uuuu/M/d"), strict("uuuu.M.d"));
  private static final Pattern DATE_AND_TIME =
      Pattern.compile(
          "([0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2})[ T][0-9]{1,2}:[0-9]{2}(:[0-9]{2}([.,][0-9]+)?)?");

  /** Excel day numbers from 1927-05-18 (10000) to 2173 (99999): plausible contract dates only. */
  private static final Pattern EXCEL_SERIAL = Pattern.compile("[1-9][0-9]{4}([.,]0+)?");

  private Dates() {}

  /** The date written, or null when the text is no date that exists. */
  static LocalDate parse(String text) {
    Matcher withTime = DATE_AND_TIME.matcher(text);
    String date = withTime.matches() ? withTime.group(1) : text;
    if (EXCEL_SERIAL.matcher(date).matches()) {
      int serial = Integer.parseInt(date.split("[.,]")[0]);
      return DateUtil.getLocalDateTime(serial).toLocalDate();
    }
    for (DateTimeFormatter format : FORMATS) {
      try {
        return LocalDate.parse(date, format);
      } catch (DateTimeParseException e) {
        // the next writing
      }
    }
    return null;
  }

  private static DateTimeFormatter strict(String pattern) {
    try {
      return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(pattern, e);
    }
  }
}
