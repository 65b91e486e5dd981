package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.ScreeningResults;

@SpringBootTest
class ScreenCommandIntegrationTests {

  private static final String[] SAMPLE = {
    "--vendors", "sample-data/lou-vendors.csv",
    "--representatives", "sample-data/lou-representatives.csv",
    "--registries", "sample-data/registries",
    "--as-of", "2026-11-28",
    "--actor", "Eva Upphandlare"
  };

  @Autowired Cli cli;
  @Autowired ScreeningResults results;

  @TempDir Path out;

  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  private int run(String command, String[] options, String... more) {
    String[] args =
        Stream.of(new String[] {command}, options, more).flatMap(Stream::of).toArray(String[]::new);
    return cli.execute(new PrintWriter(stdout), new PrintWriter(stderr), args);
  }

  private Path onlyRunFolderExcept(List<Path> known) throws Exception {
    try (Stream<Path> folders = Files.list(out)) {
      return folders.filter(f -> !known.contains(f)).findFirst().orElseThrow();
    }
  }

  private static Map<String, String[]> resultsByOrgNo(Path folder) throws Exception {
    Map<String, String[]> rows = new LinkedHashMap<>();
    try (Reader reader = Files.newBufferedReader(folder.resolve("results.csv"));
        CSVReader csv = new CSVReader(reader)) {
      List<String[]> all = csv.readAll();
      assertThat(all.get(0))
          .startsWith(
              "procurement_id", "org_no", "name", "role", "parent_org_no", "decision", "rule_ids");
      all.stream().skip(1).forEach(row -> rows.put(row[1], row));
    }
    return rows;
  }

  @Test
  void screensTheSampleProcurementWithThePlantedDecisionsReproduciblyAndAppliesAnOverride()
      throws Exception {
    int status = run("screen", SAMPLE, "--out", out.toString());

    assertThat(status)
        .as(stdout + "\n" + stderr)
        .isIn(ExitStatus.OK, ExitStatus.COMPLETED_WITH_PROBLEMS);
    Path first = onlyRunFolderExcept(List.of());
    assertThat(first.getFileName().toString()).matches("\\d{8}-\\d{6}-screen-\\d+");
    Map<String, String[]> rows = resultsByOrgNo(first);
    assertThat(rows.get("555242-9028")[5]).isEqualTo("CLEAR");
    assertThat(rows.get("554599-5457")[5]).isEqualTo("EXCLUDE");
    assertThat(rows.get("554599-5457")[6]).isEqualTo("CONVICTION_MANDATORY");
    assertThat(rows.get("558161-2586")[6]).contains("TAX_UNPAID_FINAL");
    assertThat(rows.get("555931-3902")[6]).isEqualTo("TAX_UNPAID");
    assertThat(rows.get("553447-8523")[6]).isEqualTo("ENFORCEMENT_DEBT");
    assertThat(rows.get("557346-0838")[6]).isEqualTo("COMPANY_STATUS");
    assertThat(rows.get("555450-3523")[6]).isEqualTo("REGISTRATION_MISSING");
    assertThat(rows.get("558255-0249")[6]).isEqualTo("CREDIT_RISK");
    assertThat(rows.get("552755-1393")[6]).isEqualTo("CAPACITY");
    assertThat(rows.get("555007-5898")[6]).isEqualTo("FINANCIAL_NO_DATA");
    assertThat(rows.get("558363-9603")[6]).isEqualTo("ORGANISED_CRIME_LINK");
    assertThat(rows.get("553708-7115")[5]).isEqualTo("REVIEW");
    assertThat(rows.get("553708-7115")[6]).isEqualTo("POSSIBLE_MATCH");
    assertThat(rows.get("559670-1853")[6]).isEqualTo("CONVICTION_PENDING");
    assertThat(rows.get("555136-7112")[6]).isEqualTo("CONVICTION_OTHER");
    assertThat(rows.get("556938-2160")[5]).isEqualTo("CLEAR");
    assertThat(rows.get("555427-0008")[6]).isEqualTo("SUBCONTRACTOR_FLAGGED");
    assertThat(rows.get("553051-9478")[5]).isEqualTo("EXCLUDE");
    assertThat(rows.get("559938-9847")[6]).isEqualTo("CONVICTION_OTHER");
    assertThat(rows.get("555589-0655")[6]).isEqualTo("SUBCONTRACTOR_FLAGGED");
    assertThat(rows.get("559784-8091")[5]).isEqualTo("EXCLUDE");
    assertThat(rows.get("920712-****")[6]).contains("TAX_UNPAID_FINAL");
    assertThat(rows.get("DE:DE287654321")[5]).isEqualTo("EXCLUDE");
    assertThat(Files.readString(first.resolve("results.csv")))
        .doesNotContain("920712-2384", "199207122384");

    run("screen", SAMPLE, "--out", out.toString());
    Path second = onlyRunFolderExcept(List.of(first));
    assertThat(Files.readAllBytes(second.resolve("results.csv")))
        .isEqualTo(Files.readAllBytes(first.resolve("results.csv")));

    int recorded =
        cli.execute(
            new PrintWriter(stdout),
            new PrintWriter(stderr),
            "override",
            "--org",
            "5545995457",
            "--rule",
            "CONVICTION_MANDATORY",
            "--decision",
            "REVIEW",
            "--reason",
            "Självsanering godtagen enligt 13 kap. 5 § LOU",
            "--actor",
            "Eva Upphandlare",
            "--expires",
            "2027-12-31");
    assertThat(recorded).as(stderr.toString()).isEqualTo(ExitStatus.OK);

    run("screen", SAMPLE, "--out", out.toString());
    Path third = onlyRunFolderExcept(List.of(first, second));
    assertThat(resultsByOrgNo(third).get("554599-5457")[5]).isEqualTo("REVIEW");
    try (Stream<PartyResult> stored = results.results(third.getFileName().toString())) {
      PartyResult overridden =
          stored.filter(r -> r.orgNo().equals("554599-5457")).findFirst().orElseThrow();
      assertThat(overridden.computedDecision().name()).isEqualTo("EXCLUDE");
      assertThat(overridden.overrides())
          .singleElement()
          .satisfies(
              o ->
                  assertThat(o.reason())
                      .isEqualTo("Självsanering godtagen enligt 13 kap. 5 § LOU"));
    }
    try (var pdf = Loader.loadPDF(third.resolve("report.pdf").toFile())) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("Självsanering godtagen");
    }
  }

  @Test
  void everyEvidenceKeyOfTheSampleFindingsHasASwedishAndAnEnglishLabel() throws Exception {
    run("screen", SAMPLE, "--out", out.toString());
    String runId = onlyRunFolderExcept(List.of()).getFileName().toString();
    Set<String> keys = new TreeSet<>();
    try (Stream<PartyResult> stored = results.results(runId)) {
      stored.forEach(r -> r.findings().forEach(f -> keys.addAll(f.evidence().keySet())));
    }
    assertThat(keys).contains("matched_record", "match_type", "offence_description", "debts");
    for (Locale language : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
      ResourceBundle labels =
          ResourceBundle.getBundle(
              "messages/reporting",
              language,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      assertThat(keys)
          .as("evidence keys without a label in " + language)
          .allMatch(key -> labels.containsKey("reporting.evidence." + key));
    }
    try (var pdf = Loader.loadPDF(out.resolve(runId).resolve("report.pdf").toFile())) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("Träff i registret", "Brottsbeskrivning")
          .doesNotContain("matched record", "match type", "offence description");
    }
  }

  @Test
  void badLanguageIsABadCommandLine() {
    int status = run("screen", SAMPLE, "--out", out.toString(), "--lang", "de");

    assertThat(status).isEqualTo(ExitStatus.USAGE);
  }

  @Test
  void overrideOfAnUnknownRuleIsABadCommandLine() {
    int status =
        cli.execute(
            new PrintWriter(stdout),
            new PrintWriter(stderr),
            "override",
            "--org",
            "5545995457",
            "--rule",
            "NO_SUCH_RULE",
            "--decision",
            "CLEAR",
            "--reason",
            "x",
            "--actor",
            "y");

    assertThat(status).isEqualTo(ExitStatus.USAGE);
    assertThat(stderr.toString()).contains("NO_SUCH_RULE");
  }
}
