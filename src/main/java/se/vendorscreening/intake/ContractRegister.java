package se.vendorscreening.intake;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/** Reads the contract register: what an import brought in, and the active contracts. */
public interface ContractRegister {

  /**
   * The parties of one import with their representatives and contracts, ordered by procurement and
   * key, read in a stream (restartable: the reader saves its position).
   */
  ItemStreamReader<RegisteredParty> partiesOfImport(String importId);

  /**
   * The parties of one import within the range, read as {@link #partiesOfImport(String)} reads them
   * (one partition of the screening step).
   */
  ItemStreamReader<RegisteredParty> partiesOfImport(String importId, PartyRange range);

  /**
   * Splits one import's parties into at most {@code count} ranges of about equal size that together
   * hold every party once, in reading order.
   */
  List<PartyRange> partyRangesOfImport(String importId, int count);

  /**
   * Every party the re-check follows, ordered likewise: each party with an ACTIVE contract and
   * every subcontractor below one at any tier, as {@link #replaceFollowedParties} last recorded
   * them.
   */
  ItemStreamReader<RegisteredParty> partiesOfActiveContracts();

  /**
   * A subcontractor and the party it works under in the same procurement (the vendor list's {@code
   * parent_org_no}).
   */
  record SubcontractorLink(String procurementId, String partyKey, String parentKey) {}

  /**
   * A party the re-check follows.
   *
   * @param tier 0 for a party with an ACTIVE contract, 1 for its subcontractor, 2 for theirs, ...
   */
  record FollowedParty(String procurementId, String partyKey, int tier) {}

  /** Every subcontractor of the register with the party it works under. */
  default List<SubcontractorLink> subcontractorLinks() {
    return List.of();
  }

  /** Every party with at least one ACTIVE contract, as a followed party of tier 0. */
  default List<FollowedParty> contractedParties() {
    return List.of();
  }

  /**
   * Replaces, in one transaction, the parties the re-check follows ({@link
   * #partiesOfActiveContracts()}).
   */
  default void replaceFollowedParties(java.util.Collection<FollowedParty> parties) {
    throw new UnsupportedOperationException("this register keeps no followed parties");
  }

  /**
   * The parties of ACTIVE contracts within the range, read as {@link #partiesOfActiveContracts()}
   * reads them (one partition of the re-check).
   */
  ItemStreamReader<RegisteredParty> partiesOfActiveContracts(PartyRange range);

  /**
   * Splits the parties of ACTIVE contracts into at most {@code count} ranges of about equal size
   * that together hold every such party once, in reading order.
   */
  List<PartyRange> partyRangesOfActiveContracts(int count);

  /**
   * Streams the parties of the import and of the register's active contracts, then every
   * representative of the register, to the visitor (three queries whatever the register's size: the
   * relationship graph's input).
   */
  void readCircle(String importId, RegisterCircle visitor);

  /**
   * Streams every party the re-check follows ({@link #partiesOfActiveContracts()}), each as an
   * imported party, then every representative of the register, to the visitor: the relationship
   * graph of a re-check.
   */
  default void readFollowedCircle(RegisterCircle visitor) {
    throw new UnsupportedOperationException("this register keeps no followed parties");
  }

  /**
   * Keeps the rows of an import's ownership file (a restart of the import replaces them). Rows of
   * earlier imports stay: the register keeps what every file said.
   */
  default void recordOwnership(String importId, List<OwnershipStake> stakes) {
    throw new UnsupportedOperationException("this register keeps no ownership");
  }

  /**
   * The ownership the register knows as of a date: for each owned organisation, the rows of the
   * latest import whose ownership file named it in a row that counts on that date (an owner the
   * newer file leaves out no longer counts), in the order of the imports and their files. A row
   * dated after the date does not count, and a file whose rows of an organisation are all dated
   * after it does not replace an older file's for that organisation.
   */
  default List<OwnershipStake> currentOwnership(java.time.LocalDate asOf) {
    return List.of();
  }

  /** The procurement's title as the vendor list gave it, if it gave one. */
  default Optional<String> procurementTitle(String procurementId) {
    return Optional.empty();
  }

  /**
   * The representatives the register holds for a company (by its party key), in role and name
   * order: the persons a report says were checked.
   */
  default List<RegisteredRepresentative> representativesOf(String partyKey) {
    return List.of();
  }

  /**
   * The representatives of several companies, each as {@link #representativesOf(String)} gives
   * them, by party key; a key without representatives maps to an empty list.
   */
  default Map<String, List<RegisteredRepresentative>> representativesOf(
      Collection<String> partyKeys) {
    Map<String, List<RegisteredRepresentative>> representatives = new HashMap<>();
    for (String key : partyKeys) {
      representatives.put(key, representativesOf(key));
    }
    return representatives;
  }

  /** The rows rejected by one import, in file and line order. */
  List<RejectedRow> rejectedRows(String importId);

  /** What one import read and kept. */
  ImportSummary importSummary(String importId);
}
