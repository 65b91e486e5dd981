package se.vendorscreening.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of an ownership file (docs/ownership.md): an owner holds a share of an organisation. The
 * graph reads it from the file and follows it; the register keeps it, so that the re-check follows
 * the same ownership.
 *
 * @param ownerId the owner's organisation or identity number, or another registry id; null when
 *     only the name was given
 * @param ownerName the owner's name; null when only the id was given
 * @param ownedKey the owned party's register key (the identity number's canonical digits)
 * @param sharePercent the share, above 0 and at most 100
 * @param ownerCountry the owner's country, ISO 3166-1 alpha-2
 * @param date when the share was registered, or null
 * @param line the file line, for messages
 */
public record OwnershipStake(
    String ownerId,
    String ownerName,
    String ownedKey,
    BigDecimal sharePercent,
    String ownerCountry,
    LocalDate date,
    long line) {

  public OwnershipStake {
    if (ownerId == null && ownerName == null) {
      throw new IllegalArgumentException("an owner needs an id or a name");
    }
    Objects.requireNonNull(ownedKey, "ownedKey");
    Objects.requireNonNull(sharePercent, "sharePercent");
    Objects.requireNonNull(ownerCountry, "ownerCountry");
  }

  /** The share as a fraction 0–1. */
  public double fraction() {
    return sharePercent.doubleValue() / 100.0;
  }
}
