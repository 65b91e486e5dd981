package se.vendorscreening.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import se.vendorscreening.shared.IdentityNumber;

/**
 * A debt in enforcement (Kronofogden / Skatteverket).
 *
 * @param subjectId the debtor's number, or null when the record is keyed by name
 * @param subjectName the debtor's name
 * @param debtType tax, social security, other public or private
 * @param amountSek the amount in SEK
 * @param registeredDate when it was registered
 * @param finalDecision whether it is established by a final decision or judgment
 * @param reference the registry's reference
 */
public record TaxDebt(
    IdentityNumber subjectId,
    String subjectName,
    DebtType debtType,
    BigDecimal amountSek,
    LocalDate registeredDate,
    boolean finalDecision,
    String reference) {}
