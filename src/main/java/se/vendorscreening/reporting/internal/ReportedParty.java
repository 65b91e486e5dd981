package se.vendorscreening.reporting.internal;

import java.util.Collection;
import java.util.SortedSet;
import se.vendorscreening.screening.PartyResult;

/**
 * A party's result with what results.csv and the workbook both print about it, worked out once per
 * party for the two files, which are written in the same pass over the results.
 *
 * @param result the stored result
 * @param clauseIds the clauses that apply to any of its contracts, sorted
 * @param contractIds its contracts, sorted
 * @param findings every finding in words, masked
 * @param personsChecked how many persons were checked, in words (empty when the run did not count)
 */
record ReportedParty(
    PartyResult result,
    SortedSet<String> clauseIds,
    Collection<String> contractIds,
    String findings,
    String personsChecked) {

  ReportedParty(
      PartyResult result,
      SortedSet<String> clauseIds,
      Collection<String> contractIds,
      String findings) {
    this(result, clauseIds, contractIds, findings, "");
  }

  /** The findings followed by the persons checked, as results.csv's findings column shows them. */
  String findingsWithPersonsChecked() {
    if (personsChecked.isEmpty()) {
      return findings;
    }
    return findings.isEmpty() ? personsChecked : findings + "; " + personsChecked;
  }

  static ReportedParty of(
      PartyResult party, ApplicableClauses clauses, FindingDescriptions descriptions) {
    return new ReportedParty(
        party,
        clauses.forParty(party),
        ResultsCsvWriter.contractIds(party),
        descriptions.describeAll(party.findings()),
        descriptions.personsChecked(party.personsChecked()));
  }
}
