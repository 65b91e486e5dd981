package se.vendorscreening.graph.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import se.vendorscreening.intake.RegisteredOwnership;

/**
 * One row of the ownership file: an owner holds a share of an organisation.
 *
 * @param ownerId the owner's organisation or identity number, or another registry id; null when
 *     only the name is given
 * @param ownerName the owner's name; null when only the id is given
 * @param ownedKey the owned party's register key (the identity number's canonical digits)
 * @param sharePercent the share, above 0 and at most 100
 * @param ownerCountry the owner's country, ISO 3166-1 alpha-2
 * @param date when the share was registered, or null
 * @param line the file line, for messages
 */
record OwnershipStake(
    String ownerId,
    String ownerName,
    String ownedKey,
    BigDecimal sharePercent,
    String ownerCountry,
    LocalDate date,
    long line) {

  OwnershipStake {
    if (ownerId == null && ownerName == null) {
      throw new IllegalArgumentException("an owner needs an id or a name");
    }
    Objects.requireNonNull(ownedKey, "ownedKey");
    Objects.requireNonNull(sharePercent, "sharePercent");
    Objects.requireNonNull(ownerCountry, "ownerCountry");
  }

  /** The stake as the register keeps it. */
  RegisteredOwnership registered() {
    return new RegisteredOwnership(
        ownerId, ownerName, ownedKey, sharePercent, ownerCountry, date, line);
  }

  /** A stake the register keeps. */
  static OwnershipStake of(RegisteredOwnership stake) {
    return new OwnershipStake(
        stake.ownerId(),
        stake.ownerName(),
        stake.ownedKey(),
        stake.sharePercent(),
        stake.ownerCountry(),
        stake.date(),
        stake.line());
  }

  /** The share as a fraction 0–1. */
  double fraction() {
    return sharePercent.doubleValue() / 100.0;
  }
}
