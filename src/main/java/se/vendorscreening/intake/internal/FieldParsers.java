package se.vendorscreening.intake.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import se.vendorscreening.intake.internal.RowOutcome.RejectedRowException;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.InvalidIdentityNumberException;

/** Parses the cells that both lists share: dates, amounts, countries, identity numbers. */
final class FieldParsers {

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern AMOUNT = Pattern.compile("[0-9]+([.,][0-9]{1,2})?");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Pattern FOREIGN_KEY = Pattern.compile("([A-Za-z]{2}):(.+)");

  private FieldParsers() {}

  /** A {@code YYYY-MM-DD} date that exists in the calendar, or null when the cell is empty. */
  static LocalDate date(ListColumn column, String value) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value, ISO_DATE);
    } catch (DateTimeParseException e) {
      throw reject(Rejection.of(column, value, "reject.date"));
    }
  }

  /** A non-negative amount in SEK, with {@code .} or {@code ,} for decimals and spaces allowed. */
  static BigDecimal amount(ListColumn column, String value) {
    if (value.isEmpty()) {
      return null;
    }
    String compact = value.replaceAll("[\\s\\u00a0]", "");
    if (!AMOUNT.matcher(compact).matches()) {
      throw reject(Rejection.of(column, value, "reject.amount"));
    }
    return new BigDecimal(compact.replace(',', '.')).setScale(2, RoundingMode.UNNECESSARY);
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

  /** The text, rejected when longer than the register keeps. */
  static String text(ListColumn column, String value, int maxLength) {
    if (value.length() > maxLength) {
      throw reject(
          Rejection.of(
              column, value.substring(0, 50) + "…", "reject.tooLong", String.valueOf(maxLength)));
    }
    return value;
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
