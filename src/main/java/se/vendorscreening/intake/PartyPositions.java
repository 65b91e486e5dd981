package se.vendorscreening.intake;

/**
 * A reader of registered parties whose consumer may read ahead of what it has finished with: the
 * position the reader saves (where a restart continues) can be held back to the last party the
 * consumer finished, instead of the last one it read.
 */
public interface PartyPositions {

  /**
   * From the reader's next save on, its position is after this party, one it has returned, rather
   * than after the last party read; the parties read after it are read again on a restart.
   */
  void savePositionAfter(RegisteredParty party);
}
