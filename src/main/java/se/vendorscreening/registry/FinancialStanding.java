package se.vendorscreening.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import se.vendorscreening.shared.IdentityNumber;

/**
 * A credit agency's record of a company.
 *
 * @param orgNo the company's number (a sole trader's personnummer)
 * @param status active, bankrupt, …
 * @param fTax whether it holds F-skatt
 * @param vatRegistered whether it is registered for VAT
 * @param employerRegistered whether it is registered as an employer
 * @param riskClass UC-style 1 (highest risk) … 5 (lowest)
 * @param revenueSek yearly revenue in SEK, or null
 * @param equitySek equity in SEK, or null
 * @param ratingDate when the rating was made
 */
public record FinancialStanding(
    IdentityNumber orgNo,
    CompanyStatus status,
    boolean fTax,
    boolean vatRegistered,
    boolean employerRegistered,
    int riskClass,
    BigDecimal revenueSek,
    BigDecimal equitySek,
    LocalDate ratingDate) {}
