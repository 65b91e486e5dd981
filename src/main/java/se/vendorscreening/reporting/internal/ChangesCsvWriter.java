package se.vendorscreening.reporting.internal;

import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.PartyResult;

/**
 * Writes changes.csv of a re-check (docs/scheduling.md), in the order the changes come: every
 * change first, UNCHANGED last.
 */
final class ChangesCsvWriter {

  static final String[] HEADER = {
    "procurement_id",
    "org_no",
    "name",
    "previous_decision",
    "decision",
    "change",
    "rule_ids",
    "contract_ids"
  };

  void write(Stream<PartyChange> changes, Path file) throws IOException {
    try (ICSVWriter csv = CsvFiles.open(file)) {
      csv.writeNext(HEADER, false);
      for (PartyChange change : (Iterable<PartyChange>) changes::iterator) {
        PartyResult party = change.result();
        CsvFiles.writeRow(
            csv,
            party.procurementId(),
            PersonalNumbers.mask(party.orgNo()),
            PersonalNumbers.mask(party.name()),
            change.previousDecision() == null ? "" : change.previousDecision().name(),
            party.decision().name(),
            change.change().label(),
            ResultsCsvWriter.joined(party.ruleIds()),
            ResultsCsvWriter.joined(ResultsCsvWriter.contractIds(party)));
      }
    }
  }
}
