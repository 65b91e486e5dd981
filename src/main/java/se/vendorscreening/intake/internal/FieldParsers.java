package se.vendorscreening.intake.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import se.vendorscreening.intake.internal.RowOutcome.RejectedRowException;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.InvalidIdentityNumberException;

/** Parses the cells that both lists share: dates, amounts, countries, identity numbers, text. */
final class FieldParsers {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Pattern FOREIGN_KEY = Pattern.compile("([A-Za-z]{2}):(.+)");

  private FieldParsers() {}

  /**
   * A date that exists in the calendar, written {@code 2027-01-01}, {@code 20270101}, {@code
   * 2027/01/01} or {@code 2027.01.01}, possibly with a time of day after it ({@code 2027-01-01
   * 00:00:00}, as exports of date-time columns write it), or an Excel serial day number ({@code
   * 46388}, a date cell that lost its format); null when the cell is empty.
   */
  static LocalDate date(ListColumn column, String value) {
    if (value.isEmpty()) {
      return null;
    }
    LocalDate date = Dates.parse(value);
    if (date == null) {
      throw reject(Rejection.of(column, value, "reject.date"));
    }
    return date;
  }

  /**
   * A non-negative amount in kronor as people and exports write it: {@code 1200000}, {@code 1 200
   * 000 kr}, {@code 1 200 000,50}, {@code 1.200.000 SEK}, {@code 1,200,000.50}; any kind of space
   * groups digits. Rounded to öre.
   */
  static BigDecimal amount(ListColumn column, String value) {
    if (value.isEmpty()) {
      return null;
    }
    BigDecimal amount = Amounts.parse(value);
    if (amount == null) {
      throw reject(Rejection.of(column, value, "reject.amount"));
    }
    return amount;
  }

  /**
   * A share in percent, above 0 and at most 100: {@code 12}, {@code 12.5}, {@code 12,5}, {@code 12
   * %}; null when empty.
   */
  static BigDecimal percent(ListColumn column, String value) {
    if (value.isEmpty()) {
      return null;
    }
    String number = value.replace('\u00a0', ' ').strip();
    if (number.endsWith("%")) {
      number = number.substring(0, number.length() - 1).strip();
    }
    if (!number.matches("\\d{1,3}([.,]\\d{1,4})?")) {
      throw reject(Rejection.of(column, value, "reject.sharePercent"));
    }
    BigDecimal percent = new BigDecimal(number.replace(',', '.'));
    if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw reject(Rejection.of(column, value, "reject.sharePercent"));
    }
    return percent;
  }

  /** An ISO 3166-1 alpha-2 code, upper case; {@code SE} when empty. */
  static String country(ListColumn column, String value) {
    if (value.isEmpty()) {
      return "SE";
    }
    String code = value.toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(code)) {
      throw reject(Rejection.of(column, value, "reject.country"));
    }
    return code;
  }

  /**
   * The text, rejected when longer than the register keeps or when it holds a control character.
   */
  static String text(ListColumn column, String value, int maxLength) {
    int control = CellText.firstControlCharacter(value);
    if (control >= 0) {
      throw reject(
          Rejection.of(column, value, "reject.controlCharacter", String.format("U+%04X", control)));
    }
    if (value.length() > maxLength) {
      throw reject(
          Rejection.of(
              column, value.substring(0, 50) + "…", "reject.tooLong", String.valueOf(maxLength)));
    }
    return value;
  }

  /** The value with control characters shown as {@code U+0007} and cut to 100 characters. */
  static String shown(String value) {
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < value.length() && shown.length() < 100; i++) {
      char c = value.charAt(i);
      shown.append(Character.isISOControl(c) ? String.format("[U+%04X]", (int) c) : c);
    }
    return shown.length() < 100 ? shown.toString() : shown.substring(0, 100) + "…";
  }

  static String required(ListColumn column, String value) {
    if (value.isEmpty()) {
      throw reject(Rejection.missing(column));
    }
    return value;
  }

  /**
   * A party's key as a reference to it in another column or file: an organisation number (or a sole
   * trader's personnummer) in any writing, or {@code CC:foreign_id}.
   */
  static String partyKey(ListColumn column, String value) {
    var foreign = FOREIGN_KEY.matcher(value);
    if (foreign.matches()) {
      return foreignKey(foreign.group(1), foreign.group(2));
    }
    return identityNumber(column, value).canonical();
  }

  static String foreignKey(String country, String foreignId) {
    return country.toUpperCase(Locale.ROOT) + ":" + normalizeForeignId(foreignId);
  }

  static String normalizeForeignId(String foreignId) {
    return foreignId.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
  }

  /** An organisation number or personal identity number, with the reason when it is neither. */
  static IdentityNumber identityNumber(ListColumn column, String value) {
    try {
      return IdentityNumber.parse(value);
    } catch (InvalidIdentityNumberException e) {
      String code =
          "wrong check digit".equals(e.getMessage())
              ? "reject.checkDigit"
              : "reject.notAnIdentityNumber";
      throw reject(Rejection.ofIdentity(column, value, code));
    }
  }

  static RejectedRowException reject(Rejection rejection) {
    return new RejectedRowException(rejection);
  }
}
