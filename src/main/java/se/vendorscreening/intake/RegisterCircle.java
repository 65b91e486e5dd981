package se.vendorscreening.intake;

/**
 * Receives the register for the relationship graph, row by row: first every party of an import and
 * of the register's active contracts (each procurement and party once, with its contracts but
 * without representatives), then every representative the register holds, with the dates of the
 * role (former representatives included: the register keeps the history).
 */
public interface RegisterCircle {

  /**
   * One party's tender.
   *
   * @param imported whether the import being screened brought it
   */
  void party(RegisteredParty party, boolean imported);

  /** One representative of the company with the given party key. */
  void representative(String partyKey, RegisteredRepresentative representative);
}
