package se.vendorscreening.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.vendorscreening.intake.ContractRegister;
import se.vendorscreening.intake.ImportSummary;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.VendorListImport;

/**
 * Measures the import and the register's streaming read on a generated procurement; run with {@code
 * -Dbenchmark=true [-Dbenchmark.vendors=100000]}. It prints figures, it asserts only counts.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class IntakeBenchmarkTests {

  @Autowired VendorListImport vendorListImport;
  @Autowired ContractRegister register;

  @Test
  void importsAndReadsBackAGeneratedProcurement() throws Exception {
    int vendors = Integer.getInteger("benchmark.vendors", 100_000);
    String procurementId = SampleLists.uniqueProcurementId();
    Path folder = Files.createDirectories(Path.of("target", "benchmark"));
    Path vendorFile = folder.resolve("vendors-" + vendors + ".csv");
    Path peopleFile = folder.resolve("representatives-" + vendors + ".csv");
    writeLists(procurementId, vendors, vendorFile, peopleFile);

    long started = System.nanoTime();
    ImportSummary summary =
        vendorListImport.importVendorList(vendorFile, peopleFile, "bench-" + procurementId);
    double importSeconds = (System.nanoTime() - started) / 1e9;

    started = System.nanoTime();
    List<RegisteredParty> parties = new java.util.ArrayList<>();
    var reader = register.partiesOfImport("bench-" + procurementId);
    reader.open(new ExecutionContext());
    long representatives = 0;
    long read = 0;
    for (RegisteredParty party = reader.read(); party != null; party = reader.read()) {
      representatives += party.representatives().size();
      read++;
    }
    reader.close();
    double readSeconds = (System.nanoTime() - started) / 1e9;

    System.out.printf(
        "BENCHMARK intake: %d vendors + %d representatives imported in %.1f s (%.0f rows/s);"
            + " read back in %.1f s (%.0f parties/s)%n",
        summary.partiesImported(),
        summary.representativesImported(),
        importSeconds,
        (summary.partiesImported() + summary.representativesImported()) / importSeconds,
        readSeconds,
        read / readSeconds);
    assertThat(summary.rowsRejected()).isZero();
    assertThat(read).isEqualTo(vendors);
    assertThat(representatives).isEqualTo(3L * vendors);
    assertThat(parties).isEmpty();
  }

  private static void writeLists(
      String procurementId, int vendors, Path vendorFile, Path peopleFile) throws Exception {
    List<String> persons = personNumbers();
    try (BufferedWriter out = Files.newBufferedWriter(vendorFile, StandardCharsets.UTF_8);
        BufferedWriter people = Files.newBufferedWriter(peopleFile, StandardCharsets.UTF_8)) {
      out.write(
          "procurement_id,procurement_type,org_no,name,contract_id,contract_status,contract_start,"
              + "annual_value_sek\n");
      people.write("org_no,person_id,name,role\n");
      String[] roles = {"CEO", "CHAIR", "BOARD"};
      for (int i = 0; i < vendors; i++) {
        String orgNo = organisationNumber(i);
        out.write(
            procurementId
                + ",LOU,"
                + orgNo
                + ",Leverantör "
                + i
                + " AB,AVT-"
                + i
                + ",ACTIVE,2026-01-01,"
                + (100_000 + i)
                + "\n");
        for (int r = 0; r < 3; r++) {
          people.write(
              orgNo
                  + ","
                  + persons.get((i * 3 + r) % persons.size())
                  + ",Person "
                  + i
                  + "-"
                  + r
                  + ","
                  + roles[r]
                  + "\n");
        }
      }
    }
  }

  static String organisationNumber(int i) {
    String nine = String.format("55%07d", 2_000_000 + i);
    int sum = 0;
    for (int d = 0; d < 9; d++) {
      int product = (nine.charAt(d) - '0') * (d % 2 == 0 ? 2 : 1);
      sum += product / 10 + product % 10;
    }
    return nine + (10 - sum % 10) % 10;
  }

  private static List<String> personNumbers() throws Exception {
    try (InputStream in =
        IntakeBenchmarkTests.class.getResourceAsStream(
            "/skatteverket-test-ids/testpersonnummer.json")) {
      return java.util.regex.Pattern.compile("\"([0-9]{12})\"")
          .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .results()
          .map(m -> m.group(1))
          .toList();
    }
  }
}
