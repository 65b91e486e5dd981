package se.vendorscreening.reporting.internal;

import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.screening.PartyResult;

/**
 * Writes results.csv (SPEC section 6): one row per procurement and party, in the order the results
 * come (procurement, org_no), ids sorted and {@code |}-separated, so equal results give equal
 * bytes.
 */
final class ResultsCsvWriter {

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

  private final ApplicableClauses clauses;
  private final FindingDescriptions descriptions;

  ResultsCsvWriter(ApplicableClauses clauses, FindingDescriptions descriptions) {
    this.clauses = clauses;
    this.descriptions = descriptions;
  }

  /** Writes the file and returns the number of parties written. */
  long write(Stream<PartyResult> results, Path file) throws IOException {
    long rows = 0;
    try (ICSVWriter csv = CsvFiles.open(file)) {
      csv.writeNext(HEADER, false);
      for (PartyResult party : (Iterable<PartyResult>) results::iterator) {
        CsvFiles.writeRow(
            csv,
            party.procurementId(),
            PersonalNumbers.mask(party.orgNo()),
            PersonalNumbers.mask(party.name()),
            party.role() == null ? "" : party.role().name(),
            PersonalNumbers.mask(party.parentOrgNo()),
            party.decision().name(),
            joined(party.ruleIds()),
            joined(clauses.forParty(party)),
            joined(contractIds(party)),
            descriptions.describeAll(party.findings()));
        rows++;
      }
    }
    return rows;
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
