package se.vendorscreening.generator.internal;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes registry rows, varying how identity numbers are written (10 or 12 digits, with or without
 * a separator) the way real extracts do, so that matching must normalise them.
 */
final class RegistryRecords {

  private final CsvOutputs out;
  private final SplittableRandom random;

  RegistryRecords(CsvOutputs out, SplittableRandom random) {
    this.out = out;
    this.random = random;
  }

  void conviction(
      String subjectId,
      String name,
      LocalDate birthDate,
      String category,
      String description,
      LocalDate judgment,
      LocalDate finalDate) {
    out.convictions.write(
        subjectId,
        name,
        text(birthDate),
        category,
        description,
        judgment.toString(),
        text(finalDate),
        Offences.court(random),
        Offences.caseNumber(random, judgment.getYear()));
  }

  void taxDebt(
      String subjectId,
      String name,
      String debtType,
      long amount,
      LocalDate registered,
      boolean finalDecision) {
    String prefix = debtType.equals("PRIVATE") ? "E" : "A";
    out.taxArrears.write(
        subjectId,
        name,
        debtType,
        Long.toString(amount),
        registered.toString(),
        Boolean.toString(finalDecision),
        prefix + "-" + (100_000 + random.nextInt(900_000)) + "-" + registered.getYear() % 100);
  }

  void financialStanding(
      String orgNo,
      String status,
      boolean fTax,
      boolean vat,
      boolean employer,
      int riskClass,
      long revenue,
      long equity,
      LocalDate ratingDate) {
    out.financialStanding.write(
        companyId(orgNo),
        status,
        Boolean.toString(fTax),
        Boolean.toString(vat),
        Boolean.toString(employer),
        Integer.toString(riskClass),
        Long.toString(revenue),
        Long.toString(equity),
        ratingDate.toString());
  }

  void assessment(
      String networkId, String subjectId, String name, String criteria, LocalDate assessed) {
    out.assessments.write(
        networkId, subjectId, name, criteria, assessed.toString(), source(assessed));
  }

  /** A company's number as an extract writes it: {@code 5561234567}, {@code 556123-4567}, … */
  String companyId(String tenDigits) {
    int roll = random.nextInt(10);
    if (roll < 6) {
      return tenDigits;
    }
    return roll < 9 ? dashed(tenDigits) : "16" + tenDigits;
  }

  /** A person's number as an extract writes it; 10 digits only where the century is certain. */
  String personId(String twelveDigits) {
    int roll = random.nextInt(10);
    int year = Integer.parseInt(twelveDigits.substring(0, 4));
    if (roll < 6) {
      return twelveDigits;
    }
    if (roll < 8 || year < 1930 || year > 2005) {
      return twelveDigits.substring(0, 8) + "-" + twelveDigits.substring(8);
    }
    return twelveDigits.substring(2, 8) + "-" + twelveDigits.substring(8);
  }

  static String dashed(String tenDigits) {
    return tenDigits.substring(0, 6) + "-" + tenDigits.substring(6);
  }

  /** The birth date a person's number states, or null when it states none (samordningsnummer). */
  static LocalDate birthDate(String twelveDigits) {
    try {
      return LocalDate.of(
          Integer.parseInt(twelveDigits.substring(0, 4)),
          Integer.parseInt(twelveDigits.substring(4, 6)),
          Integer.parseInt(twelveDigits.substring(6, 8)) % 60);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static String source(LocalDate assessed) {
    return "Lokal lägesbild Södertörn " + assessed.getYear();
  }

  private static String text(LocalDate date) {
    return date == null ? "" : date.toString();
  }
}
