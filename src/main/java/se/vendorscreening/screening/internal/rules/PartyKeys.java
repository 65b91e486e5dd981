package se.vendorscreening.screening.internal.rules;

import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.InvalidIdentityNumberException;

/** Turns a register key (canonical digits, or {@code CC:foreign_id}) into the form reports show. */
public final class PartyKeys {

  private PartyKeys() {}

  /** {@code NNNNNN-NNNN}, a personal number masked, or the foreign key as it is; null for null. */
  public static String displayed(String key) {
    if (key == null) {
      return null;
    }
    if (key.contains(":")) {
      return key;
    }
    try {
      return IdentityNumber.parse(key).masked();
    } catch (InvalidIdentityNumberException e) {
      return key;
    }
  }

  /** The register key of an organisation number as a user writes it ({@code --org}). */
  public static String keyOf(String orgNo) {
    String trimmed = orgNo.strip();
    if (trimmed.matches("[A-Za-z]{2}:.+")) {
      return trimmed.substring(0, 2).toUpperCase(java.util.Locale.ROOT) + trimmed.substring(2);
    }
    return IdentityNumber.parse(trimmed).canonical();
  }
}
