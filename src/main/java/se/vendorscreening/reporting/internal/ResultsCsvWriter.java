package se.vendorscreening.reporting.internal;

import com.opencsv.ICSVWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.shared.SwedishTime;

/**
 * Writes results.csv (docs/run-folder.md): one row per procurement and party, in the order the
 * results come (procurement, org_no), ids sorted and {@code |}-separated, so equal results give
 * equal bytes. The trailing {@code overrides} column lists the officers' overrides applied
 * (docs/overrides.md); then {@code exclusion_grounds} (the ESPD/eForms codes of the grounds the
 * flags are about) and {@code evidence_kinds} (the kinds of evidence the findings rest on), each
 * sorted and {@code |}-separated (docs/evidence.md).
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
    "findings",
    "overrides",
    "exclusion_grounds",
    "evidence_kinds"
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
        reported.findingsWithPersonsChecked(),
        overrides(party.overrides()),
        joined(party.exclusionGrounds()),
        joined(party.evidenceKinds()));
    rows++;
  }

  /**
   * The applied overrides as {@code RULE:actor:date} (the day it was recorded, in Sweden), sorted
   * by rule and {@code |}-separated.
   */
  static String overrides(List<AppliedOverride> applied) {
    if (applied.isEmpty()) {
      return "";
    }
    return applied.stream()
        .sorted(Comparator.comparing(AppliedOverride::ruleId))
        .map(
            o ->
                o.ruleId()
                    + ":"
                    + o.actor()
                    + ":"
                    + o.recordedAt().atZone(SwedishTime.ZONE).toLocalDate())
        .collect(Collectors.joining("|"));
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
    if (party.contracts().isEmpty()) {
      return java.util.Collections.emptySortedSet();
    }
    return party.contracts().stream()
        .map(Contract::contractId)
        .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
  }

  static String joined(Collection<String> sortedIds) {
    return String.join("|", sortedIds);
  }
}
