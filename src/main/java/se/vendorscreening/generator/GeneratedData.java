package se.vendorscreening.generator;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What a generation wrote: the folder, its as-of date and the rows in each file.
 *
 * @param directory the folder holding {@code vendors.csv}, {@code representatives.csv}, {@code
 *     registries/}, {@code expected.csv}, {@code decoys.csv} and {@code as-of.txt}
 * @param asOf the evaluation date the planted flags assume
 * @param vendors vendor rows
 * @param subcontractors subcontractor rows
 * @param representatives representative rows
 * @param convictions conviction records
 * @param taxArrears tax-arrears records
 * @param financialRecords financial-standing records
 * @param networkAssessments organised-crime assessment rows
 * @param plantedFlags rows of {@code expected.csv}
 * @param decoys parties with registry records that must not fire a rule
 */
public record GeneratedData(
    Path directory,
    LocalDate asOf,
    long vendors,
    long subcontractors,
    long representatives,
    long convictions,
    long taxArrears,
    long financialRecords,
    long networkAssessments,
    long plantedFlags,
    long decoys) {

  /** The vendor list. */
  public Path vendorsFile() {
    return directory.resolve("vendors.csv");
  }

  /** The representatives list. */
  public Path representativesFile() {
    return directory.resolve("representatives.csv");
  }

  /** The folder of registry extracts. */
  public Path registriesDirectory() {
    return directory.resolve("registries");
  }

  /** The planted flags: {@code org_no, rule_id, expected_decision, planted_as}. */
  public Path expectedFile() {
    return directory.resolve("expected.csv");
  }
}
