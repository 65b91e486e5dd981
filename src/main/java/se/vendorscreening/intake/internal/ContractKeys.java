package se.vendorscreening.intake.internal;

import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.InvalidIdentityNumberException;

/**
 * Keys a contract that the list gives no number: {@code <procurement>/<party>}, the same on every
 * import of the list, so that a re-import updates the contract rather than adding another. The
 * party is written as reports show it ({@code 556677-8899}, a sole trader's personnummer masked as
 * {@code YYMMDD-****}, {@code CC:foreign_id}): the key is printed in reports and must not carry a
 * full personal identity number; the register tells two sole traders apart by the party key.
 */
final class ContractKeys {

  private static final int MAX_LENGTH = 100;

  private ContractKeys() {}

  static String withoutNumber(String procurementId, String partyKey) {
    String party = displayed(partyKey);
    String key = procurementId + "/" + party;
    if (key.length() <= MAX_LENGTH) {
      return key;
    }
    return procurementId.substring(0, MAX_LENGTH - party.length() - 2) + "…/" + party;
  }

  private static String displayed(String partyKey) {
    if (partyKey.contains(":")) {
      return partyKey.length() <= 60 ? partyKey : partyKey.substring(0, 60);
    }
    try {
      return IdentityNumber.parse(partyKey).masked();
    } catch (InvalidIdentityNumberException e) {
      return "?";
    }
  }
}
