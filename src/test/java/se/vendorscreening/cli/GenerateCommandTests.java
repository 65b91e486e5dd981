package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.CSVWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.vendorscreening.generator.benchmark.BenchmarkCheck;
import se.vendorscreening.generator.benchmark.RawReadFloor;

@SpringBootTest
class GenerateCommandTests {

  @Autowired Cli cli;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final Locale before = Locale.getDefault();

  @BeforeEach
  void speakSwedishAsTheApplicationDoesByDefault() {
    Locale.setDefault(CommandLanguage.SWEDISH);
  }

  @AfterEach
  void restoreTheLanguage() {
    Locale.setDefault(before);
  }

  @Test
  void generatesAProcurementThatTheFloorReadsAndAPerfectRunPassesTheCheck(@TempDir Path folder)
      throws Exception {
    int status =
        cli.execute(
            new PrintWriter(out),
            new PrintWriter(err),
            "generate",
            "--vendors",
            "200",
            "--seed",
            "3",
            "--out",
            folder.toString());

    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(out.toString()).contains("200 leverantörer").contains("2026-11-28");
    assertThat(Files.readString(folder.resolve("as-of.txt"))).isEqualTo("2026-11-28\n");
    var reads = RawReadFloor.measure(folder);
    assertThat(reads.get(0).rows()).isGreaterThan(200);
    assertThat(reads.get(2).rows()).isEqualTo(2_000); // convictions: ten a vendor

    Path results = perfectResults(folder);
    var printed = new ByteArrayOutputStream();
    var outcome = BenchmarkCheck.check(folder, results, Set.of(), new PrintStream(printed));

    assertThat(outcome.passed()).as(printed.toString(StandardCharsets.UTF_8)).isTrue();
    assertThat(outcome.plantedFlags()).isEqualTo(52);
    assertThat(outcome.flagsFound()).isEqualTo(52);
  }

  @Test
  void takesTheAsOfDateAndRefusesZeroVendors(@TempDir Path folder) throws Exception {
    int generated =
        cli.execute(
            new PrintWriter(out),
            new PrintWriter(err),
            "generate",
            "--vendors",
            "5",
            "--as-of",
            "2025-06-30",
            "--out",
            folder.toString());
    int refused =
        cli.execute(
            new PrintWriter(out),
            new PrintWriter(err),
            "generate",
            "--vendors",
            "0",
            "--out",
            folder.resolve("none").toString());

    assertThat(generated).isEqualTo(ExitStatus.OK);
    assertThat(Files.readString(folder.resolve("as-of.txt"))).isEqualTo("2025-06-30\n");
    assertThat(refused).isEqualTo(ExitStatus.USAGE);
    assertThat(err.toString()).contains("minst 1");
  }

  @Test
  void explainsItsOptionsInSwedish() {
    int status = cli.execute(new PrintWriter(out), new PrintWriter(err), "generate", "--help");

    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(out.toString()).contains("--vendors=N").contains("Antal leverantörer");
  }

  @Test
  void explainsItsOptionsInEnglishWhenAskedTo() {
    Locale.setDefault(Locale.ENGLISH);

    int status = cli.execute(new PrintWriter(out), new PrintWriter(err), "generate", "--help");

    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(out.toString()).contains("Number of vendors");
  }

  /** What a correct screening would write: each party with exactly its planted rules. */
  private static Path perfectResults(Path folder) throws Exception {
    Map<String, Set<String>> rules = new HashMap<>();
    Map<String, String> decisions = new HashMap<>();
    try (var expected =
        new CSVReaderHeaderAware(Files.newBufferedReader(folder.resolve("expected.csv")))) {
      Map<String, String> row;
      while ((row = expected.readMap()) != null) {
        rules.computeIfAbsent(row.get("org_no"), k -> new TreeSet<>()).add(row.get("rule_id"));
        decisions.merge(
            row.get("org_no"), row.get("expected_decision"), (a, b) -> a.equals("EXCLUDE") ? a : b);
      }
    }
    Path results = folder.resolve("results.csv");
    try (var vendors =
            new CSVReaderHeaderAware(Files.newBufferedReader(folder.resolve("vendors.csv")));
        var writer = new CSVWriter(Files.newBufferedWriter(results))) {
      writer.writeNext(new String[] {"procurement_id", "org_no", "decision", "rule_ids"});
      Map<String, String> row;
      while ((row = vendors.readMap()) != null) {
        String orgNo = row.get("org_no");
        writer.writeNext(
            new String[] {
              row.get("procurement_id"),
              orgNo,
              decisions.getOrDefault(orgNo, "CLEAR"),
              String.join("|", rules.getOrDefault(orgNo, Set.of()))
            });
      }
    }
    return results;
  }
}
