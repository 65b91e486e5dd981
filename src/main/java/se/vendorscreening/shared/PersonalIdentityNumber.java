package se.vendorscreening.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A personnummer or samordningsnummer ({@code YYMMDD-NNNC}, 12-digit form {@code CCYYMMDDNNNC}). A
 * samordningsnummer has 60 added to the day; its month or day may be {@code 00} when unknown. Only
 * the 12-digit form is stored, so two writings of the same number are equal.
 *
 * @param digits the twelve digits {@code CCYYMMDDNNNC}
 */
public record PersonalIdentityNumber(String digits) implements IdentityNumber {

  private static final ZoneId SWEDEN = SwedishTime.ZONE;

  public PersonalIdentityNumber {
    if (!IdentityNumberText.isDigits(digits, 12)) {
      throw new InvalidIdentityNumberException(digits, "a personal identity number has 12 digits");
    }
    validateDate(digits);
    if (digits.startsWith("000", 8)) {
      throw new InvalidIdentityNumberException(digits, "birth number 000 is never issued");
    }
    if (!Luhn.isValid(digits.substring(2))) {
      throw new InvalidIdentityNumberException(digits, "wrong check digit");
    }
  }

  /**
   * Parses a personnummer or samordningsnummer with 10 or 12 digits and any separator; a 10-digit
   * number gets the century that puts the birth date in the last hundred years ({@code +} adds a
   * hundred more).
   *
   * @throws InvalidIdentityNumberException when the text is not a valid number
   */
  public static PersonalIdentityNumber parse(String text) {
    // The system date, not the application's Clock: this parser is called from static code of
    // every module (list intake, registry extracts, the graph), where no clock is at hand. The date
    // only decides the century of a 10-digit number born within a day of a hundred years ago;
    // callers that have a date of their own (a run's as-of day) pass it to parse(text, today).
    return parse(text, LocalDate.now(SWEDEN));
  }

  /**
   * As {@link #parse(String)}, resolving the century of a 10-digit number against {@code today}.
   */
  public static PersonalIdentityNumber parse(String text, LocalDate today) {
    String digits = IdentityNumberText.digitsOf(text);
    if (digits.length() == 10) {
      digits = withCentury(digits, text.strip().contains("+"), today);
    }
    try {
      return new PersonalIdentityNumber(digits);
    } catch (InvalidIdentityNumberException e) {
      throw new InvalidIdentityNumberException(text, e.getMessage());
    }
  }

  private static String withCentury(String tenDigits, boolean hundredOrOlder, LocalDate today) {
    int twoDigitYear = IdentityNumberText.number(tenDigits, 0, 2);
    int month = Math.max(1, IdentityNumberText.number(tenDigits, 2, 4));
    int day = Math.max(1, IdentityNumberText.number(tenDigits, 4, 6) % 60);
    int year = today.getYear() - Math.floorMod(today.getYear() - twoDigitYear, 100);
    boolean notYetBorn =
        year == today.getYear()
            && (month * 100 + day) > today.getMonthValue() * 100 + today.getDayOfMonth();
    if (notYetBorn) {
      year -= 100;
    }
    if (hundredOrOlder) {
      year -= 100;
    }
    String century = Integer.toString(year);
    return "0".repeat(Math.max(0, 4 - century.length())) + century + tenDigits.substring(2);
  }

  private static void validateDate(String digits) {
    int year = IdentityNumberText.number(digits, 0, 4);
    int month = IdentityNumberText.number(digits, 4, 6);
    int day = IdentityNumberText.number(digits, 6, 8);
    if (day > 60) {
      // Samordningsnummer: Skatteverket issues some with dates that are not in the calendar.
      if (month > 12 || day - 60 > 31) {
        throw new InvalidIdentityNumberException(digits, "impossible date in samordningsnummer");
      }
      return;
    }
    if (day == 60 && month <= 12) {
      return;
    }
    try {
      LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new InvalidIdentityNumberException(digits, "impossible birth date");
    }
  }

  /** Whether this is a samordningsnummer (day plus 60). */
  public boolean isCoordinationNumber() {
    return Integer.parseInt(digits.substring(6, 8)) >= 60;
  }

  /** The birth date, when it is a calendar date (a samordningsnummer may not say). */
  public Optional<LocalDate> birthDate() {
    int day = Integer.parseInt(digits.substring(6, 8)) % 60;
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(digits.substring(0, 4)),
              Integer.parseInt(digits.substring(4, 6)),
              day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public String canonical() {
    return digits;
  }

  /** {@code YYMMDD-****}: the only form of a personal number that reports may show. */
  @Override
  public String masked() {
    return digits.substring(2, 8) + "-****";
  }

  /** The full 10-digit writing {@code YYMMDD-NNNC} ({@code +} from the year one turns 100). */
  public String unmasked(LocalDate today) {
    int year = Integer.parseInt(digits.substring(0, 4));
    boolean hundredOrOlder =
        birthDate()
            .map(date -> !date.plusYears(100).isAfter(today))
            .orElse(today.getYear() - year >= 100);
    return digits.substring(2, 8) + (hundredOrOlder ? "+" : "-") + digits.substring(8);
  }

  @Override
  public boolean isPersonal() {
    return true;
  }

  /** Masked, so that a number that slips into a log or a message never shows in full. */
  @Override
  public String toString() {
    return masked();
  }
}
