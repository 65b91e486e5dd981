package se.vendorscreening.scheduling;

import java.util.List;

/**
 * Who is responsible for a contract, from {@code config/contacts.yml} (docs/scheduling.md): the
 * same answer the nightly re-check's e-mails go by.
 */
public interface ContractContacts {

  /**
   * The contacts file as it is now (read anew at each call, so an edited file counts at once).
   *
   * @throws IllegalStateException when the contacts file is missing or invalid
   */
  Directory read();

  /** The contacts file, read. */
  interface Directory {

    /**
     * The contacts responsible for the contract (or for the procurement, when the contract id is
     * null); empty when the file names none, not even a fallback.
     */
    List<String> contactsFor(String procurementId, String contractId);
  }
}
