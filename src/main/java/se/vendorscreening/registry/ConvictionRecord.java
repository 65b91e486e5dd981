package se.vendorscreening.registry;

import java.time.LocalDate;
import se.vendorscreening.shared.IdentityNumber;

/**
 * A conviction (a person's, or a company's corporate fine, företagsbot).
 *
 * @param subjectId personnummer or organisation number, or null when keyed by name
 * @param subjectName the convicted person's or company's name
 * @param birthDate a person's birth date, or null
 * @param offenceCategory the category (docs/rules.md), kept as given; unknown ones fire no rule
 * @param offenceDescription the offence in words
 * @param judgmentDate the date of the judgment
 * @param finalDate when it became final (laga kraft), or null while it is not
 * @param court the court
 * @param caseNumber the court's case number
 */
public record ConvictionRecord(
    IdentityNumber subjectId,
    String subjectName,
    LocalDate birthDate,
    String offenceCategory,
    String offenceDescription,
    LocalDate judgmentDate,
    LocalDate finalDate,
    String court,
    String caseNumber) {}
