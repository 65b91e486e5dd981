package se.vendorscreening.intake;

/**
 * A contiguous slice of an import's parties in the order {@link
 * ContractRegister#partiesOfImport(String)} reads them (procurement, then key), so that the
 * screening step can be split into partitions that read disjoint parties.
 *
 * @param afterProcurementId the slice starts after this party's procurement, or null from the first
 *     party
 * @param afterPartyKey the slice starts after this party's key (null with afterProcurementId)
 * @param lastProcurementId the slice ends with this party's procurement, or null up to the last
 *     party
 * @param lastPartyKey the slice ends with this party's key (null with lastProcurementId)
 */
public record PartyRange(
    String afterProcurementId,
    String afterPartyKey,
    String lastProcurementId,
    String lastPartyKey) {

  /** Every party. */
  public static final PartyRange ALL = new PartyRange(null, null, null, null);

  public PartyRange {
    if ((afterProcurementId == null) != (afterPartyKey == null)
        || (lastProcurementId == null) != (lastPartyKey == null)) {
      throw new IllegalArgumentException("a bound needs both the procurement and the party key");
    }
  }
}
