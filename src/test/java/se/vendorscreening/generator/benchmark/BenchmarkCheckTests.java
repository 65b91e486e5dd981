package se.vendorscreening.generator.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkCheckTests {

  private static final String HEADER =
      "procurement_id,org_no,name,role,parent_org_no,decision,rule_ids,clause_ids,contract_ids,findings\n";

  @TempDir Path folder;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  @BeforeEach
  void givenTwoPlantedPartiesAndADecoy() throws IOException {
    Files.writeString(
        folder.resolve("expected.csv"),
        """
        org_no,rule_id,expected_decision,planted_as
        556677-8899,CONVICTION_MANDATORY,EXCLUDE,CEO BRIBERY
        559988-7766,SUBCONTRACTOR_FLAGGED,REVIEW,subcontractor
        559988-7766,CREDIT_RISK,REVIEW,financial standing
        """);
    Files.writeString(
        folder.resolve("decoys.csv"),
        "org_no,decoy,planted_as\n552211-3344,DECOY_FINANCIAL_BOUNDARY,financial standing\n");
  }

  @Test
  void passesWhenEveryPlantedFlagIsFoundWithItsDecisionAndNothingElseIsExcluded()
      throws IOException {
    Path results =
        results(
            "KS-1,5566778899,A AB,VENDOR,,EXCLUDE,CONVICTION_MANDATORY|POSSIBLE_MATCH,,,x\n"
                + "KS-1,559988-7766,B AB,VENDOR,,REVIEW,CREDIT_RISK|SUBCONTRACTOR_FLAGGED,,,x\n"
                + "KS-1,552211-3344,C AB,VENDOR,,CLEAR,,,,\n"
                + "KS-1,553311-2244,D AB,VENDOR,,REVIEW,CAPACITY,,,x\n");

    var outcome = BenchmarkCheck.check(folder, results, Set.of(), new PrintStream(printed));

    assertThat(outcome.passed()).isTrue();
    assertThat(outcome.flagsFound()).isEqualTo(3);
    assertThat(outcome.unplantedDecisions()).containsEntry("CLEAR", 1L).containsEntry("REVIEW", 1L);
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("check PASSED");
  }

  @Test
  void failsOnAMissingFlagAWrongDecisionAndAnUnplantedExclusion() throws IOException {
    Path results =
        results(
            "KS-1,556677-8899,A AB,VENDOR,,REVIEW,CONVICTION_MANDATORY,,,x\n"
                + "KS-1,559988-7766,B AB,VENDOR,,REVIEW,CREDIT_RISK,,,x\n"
                + "KS-1,552211-3344,C AB,VENDOR,,EXCLUDE,CAPACITY,,,x\n");

    var outcome = BenchmarkCheck.check(folder, results, Set.of(), new PrintStream(printed));

    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.missingFlags()).isEqualTo(1);
    assertThat(outcome.wrongDecisions()).isEqualTo(1);
    assertThat(outcome.unplantedExcluded()).isEqualTo(1);
    assertThat(outcome.decoysFlagged()).isEqualTo(1);
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("planted SUBCONTRACTOR_FLAGGED not found on 5599887766")
        .contains("check FAILED");
  }

  @Test
  void failsWhenAPlantedPartyIsMissingAndIgnoresTheRulesItIsToldTo() throws IOException {
    Path results = results("KS-1,556677-8899,A AB,VENDOR,,EXCLUDE,CONVICTION_MANDATORY,,,x\n");

    var strict = BenchmarkCheck.check(folder, results, Set.of(), new PrintStream(printed));
    var lenient =
        BenchmarkCheck.check(
            folder,
            results,
            Set.of("SUBCONTRACTOR_FLAGGED", "CREDIT_RISK"),
            new PrintStream(printed));

    assertThat(strict.missingParties()).isEqualTo(1);
    assertThat(strict.passed()).isFalse();
    assertThat(lenient.passed()).isTrue();
    assertThat(lenient.plantedFlags()).isEqualTo(1);
  }

  private Path results(String rows) throws IOException {
    return Files.writeString(folder.resolve("results.csv"), HEADER + rows);
  }
}
