package se.vendorscreening.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A contract of a party in a procurement.
 *
 * @param contractId the contract number (avtalsnummer)
 * @param status planned, active or ended
 * @param start first day, or null when not known
 * @param end last day, or null when open-ended or not known
 * @param annualValueSek value a year in SEK, or null when not given
 */
public record Contract(
    String contractId,
    ContractStatus status,
    LocalDate start,
    LocalDate end,
    BigDecimal annualValueSek) {

  public Contract {
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(status, "status");
  }
}
