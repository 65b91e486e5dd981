package se.vendorscreening.intake;

import java.nio.file.Path;

/** Imports a procurement's vendor list into the contract register. */
public interface VendorListImport {

  /**
   * Runs the import job: validates every row, upserts the accepted ones, records the rejected ones
   * under {@code importId}. Importing the same file again changes nothing; an interrupted import
   * started again with the same id resumes.
   *
   * @param vendors the vendor list (CSV or XLSX; an XLSX may hold the representatives sheet too)
   * @param representatives a separate representatives file, or null
   * @param importId identifies this import (the run id when part of a screening)
   * @throws UnreadableInputException when a file cannot be read at all
   */
  ImportSummary importVendorList(Path vendors, Path representatives, String importId);

  /**
   * Opens the lists of an import about to start and reads them through once, so that a file that
   * cannot be read at all stops a run before anything else of it starts (the registries load for
   * many seconds); the import started next with the same id uses what this learnt.
   *
   * @throws UnreadableInputException naming the first file that cannot be read, and why
   */
  void checkReadable(Path vendors, Path representatives, String importId);

  /**
   * As {@link #importVendorList(Path, Path, String)}, telling {@code progress} how far it has come.
   */
  default ImportSummary importVendorList(
      Path vendors, Path representatives, String importId, ImportProgressListener progress) {
    return importVendorList(vendors, representatives, importId);
  }
}
