package se.vendorscreening.reporting.internal;

import com.opencsv.ICSVWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.TreeSet;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.screening.PartyResult;

/**
 * Writes results.csv (SPEC section 6): one row per procurement and party, in the order the results
 * come (procurement, org_no), ids sorted and {@code |}-separated, so equal results give equal
 * bytes.
 */
final class ResultsCsvWriter implements Closeable {

  static final String[] HEADER = {
    "procurement_id",
    "org_no",
    "name",
    "role",
    "parent_org_no",
    "decision",
    "rule_ids",
    "clause_ids",
    "contract_ids",
    "findings"
  };

  private final ICSVWriter csv;
  private long rows;

  /** Creates the file and writes its header. */
  ResultsCsvWriter(Path file) throws IOException {
    this.csv = CsvFiles.open(file);
    csv.writeNext(HEADER, false);
  }

  /** Writes one party's row. */
  void write(ReportedParty reported) {
    PartyResult party = reported.result();
    CsvFiles.writeRow(
        csv,
        party.procurementId(),
        PersonalNumbers.mask(party.orgNo()),
        PersonalNumbers.mask(party.name()),
        party.role() == null ? "" : party.role().name(),
        PersonalNumbers.mask(party.parentOrgNo()),
        party.decision().name(),
        joined(party.ruleIds()),
        joined(reported.clauseIds()),
        joined(reported.contractIds()),
        reported.findingsWithPersonsChecked());
    rows++;
  }

  /** The parties written so far. */
  long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }

  static Collection<String> contractIds(PartyResult party) {
    return party.contracts().stream()
        .map(Contract::contractId)
        .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
  }

  static String joined(Collection<String> sortedIds) {
    return String.join("|", sortedIds);
  }
}
