package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.vendorscreening.intake.internal.SampleLists;

/**
 * A contract field that cannot be read never costs a vendor its screening: the vendor with a date
 * that does not exist, the one with an unknown status and an amount in words, and the one without a
 * contract number whose amount is written the Swedish way are all screened, and that amount is read
 * well enough to fire the capacity rule.
 */
@SpringBootTest
class ScreenIgnoredContractFieldsTests {

  @Autowired Cli cli;

  @TempDir Path out;

  @Test
  void screensEveryVendorWhoseContractFieldsAreBadAndReadsTheSwedishAmount() throws Exception {
    // a procurement of its own: the register adds up a party's contracts in a procurement, and
    // another test's contract must not be what makes the capacity rule fire
    String procurementId = SampleLists.uniqueProcurementId();
    Path vendors = out.resolve("contract-fields.csv");
    Files.writeString(
        vendors,
        Files.readString(Path.of(BrokenInputCorpusTests.CORPUS + "contract-fields.csv"))
            .replace("KS-2026/317", procurementId));
    Path runs = Files.createDirectory(out.resolve("runs"));
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();

    int status =
        cli.execute(
            new PrintWriter(stdout, true),
            new PrintWriter(stderr, true),
            "screen",
            "--vendors",
            vendors.toString(),
            "--representatives",
            BrokenInputCorpusTests.REPRESENTATIVES,
            "--registries",
            "sample-data/registries",
            "--as-of",
            "2026-11-28",
            "--out",
            runs.toString(),
            "--actor",
            "test");

    assertThat(status).as(stdout + "\n" + stderr).isEqualTo(ExitStatus.COMPLETED_WITH_PROBLEMS);
    Path folder;
    try (Stream<Path> folders = Files.list(runs)) {
      folder = folders.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    Map<String, String[]> results = BrokenInputCorpusTests.resultsByOrgNo(folder);
    // columns: procurement_id, org_no, name, role, parent_org_no, decision, rule_ids, clause_ids,
    // contract_ids, findings
    String[] badDate = results.get("555242-9028");
    assertThat(badDate).as("a contract start that does not exist").isNotNull();
    assertThat(badDate[5]).isEqualTo("CLEAR");
    assertThat(badDate[8]).isEqualTo("AVT-2026-101");
    assertThat(badDate[0]).isEqualTo(procurementId);
    String[] unknownStatus = results.get("555589-0655");
    assertThat(unknownStatus).as("an unknown status and an amount in words").isNotNull();
    assertThat(unknownStatus[6]).doesNotContain("CAPACITY");
    String[] swedishAmountNoNumber = results.get("552755-1393");
    assertThat(swedishAmountNoNumber).as("6 000 000 kr and no contract number").isNotNull();
    assertThat(swedishAmountNoNumber[6].split("\\|")).contains("CAPACITY");
    assertThat(swedishAmountNoNumber[8]).isEqualTo(procurementId + "/552755-1393");
    assertThat(swedishAmountNoNumber[9]).contains("6000000");
    assertThat(results.get("554756-4699")).as("a contract that ends before it starts").isNotNull();
    assertThat(BrokenInputCorpusTests.rejectedRows(folder))
        .extracting(row -> row[1] + " " + row[2])
        .containsExactly(
            "2 contract_start",
            "3 annual_value_sek",
            "3 contract_status",
            "4 contract_id",
            "5 contract_end");
  }
}
