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
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The relationship graph's findings in a screen run's results.csv, and a bad ownership file. A
 * database of its own: the register keeps the ownership file's rows, and a re-check of another test
 * would find the sample's vendor owned from Russia.
 */
@SpringBootTest(
    properties = {
      "screening.graph.person-signals=true",
      "screening.data-dir=target/test-data/screen-owners-${random.uuid}",
      "vs.test.schema-suffix=_screenowners"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ScreenOwnersIntegrationTests {

  private static final String HEADER =
      "procurement_id,procurement_type,procurement_title,org_no,name,country,foreign_id,role,"
          + "parent_org_no,contract_id,contract_status,contract_start,contract_end,annual_value_sek\n";

  @Autowired Cli cli;

  @TempDir Path out;

  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  private int screen(String... options) {
    String[] args =
        Stream.of(
                new String[] {
                  "screen",
                  "--registries",
                  "sample-data/registries",
                  "--as-of",
                  "2026-11-28",
                  "--out",
                  out.toString()
                },
                options)
            .flatMap(Stream::of)
            .toArray(String[]::new);
    return cli.execute(new PrintWriter(stdout), new PrintWriter(stderr), args);
  }

  private Map<String, String[]> results() throws Exception {
    Path folder;
    try (Stream<Path> folders = Files.list(out)) {
      folder = folders.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    Map<String, String[]> rows = new LinkedHashMap<>();
    try (Reader reader = Files.newBufferedReader(folder.resolve("results.csv"));
        CSVReader csv = new CSVReader(reader)) {
      List<String[]> all = csv.readAll();
      all.stream().skip(1).forEach(row -> rows.put(row[1], row));
    }
    return rows;
  }

  @Test
  void excludesTheSampleVendorThatRussianOwnersHoldFiftyFourPercentOfThroughAHolding()
      throws Exception {
    int status =
        screen(
            "--vendors", "sample-data/lou-vendors.csv",
            "--representatives", "sample-data/lou-representatives.csv",
            "--owners", "sample-data/owners.csv");

    assertThat(status)
        .as(stdout + "\n" + stderr)
        .isIn(ExitStatus.OK, ExitStatus.COMPLETED_WITH_PROBLEMS);
    String[] vendor = results().get("559229-0083");
    assertThat(vendor[5]).isEqualTo("EXCLUDE");
    assertThat(vendor[6]).isEqualTo("SANCTIONED_OWNERSHIP");
    assertThat(vendor[9])
        .contains("Rådets förordning (EU) nr 833/2014 art. 5k")
        .contains(
            "Volga Invest OOO (RU-1027700132195), RU –40 %→ Myrstuguberget Holding AB"
                + " (559412-7309), SE –60 %→ Myrstuguberget Kakel & Klinker AB (559229-0083) = 24 %")
        .contains("54");
    // the Swedish-owned vendor of the same file gets no ownership finding
    assertThat(results().get("555589-0655")[6]).doesNotContain("SANCTIONED_OWNERSHIP");
  }

  @Test
  void putsBothTenderersUnderReviewWhenTheSamePersonSitsOnTheirBoards() throws Exception {
    Path vendors = out.resolve("vendors.csv");
    Files.writeString(
        vendors,
        HEADER
            + "KS-2026/900,LOU,Test,555242-9028,Huddinge Bygg & Mark AB,SE,,VENDOR,,A-1,PLANNED,,,\n"
            + "KS-2026/900,LOU,Test,555589-0655,Stensättra Entreprenad AB,SE,,VENDOR,,A-2,PLANNED,,,\n");
    Path representatives = out.resolve("representatives.csv");
    Files.writeString(
        representatives,
        "org_no,person_id,name,birth_date,role\n"
            + "555242-9028,801028-2393,Mikael Olsson,,CEO\n"
            + "555589-0655,801028-2393,Mikael Olsson,,BOARD\n");
    Path runs = Files.createDirectory(out.resolve("runs"));

    int status =
        cli.execute(
            new PrintWriter(stdout),
            new PrintWriter(stderr),
            "screen",
            "--vendors",
            vendors.toString(),
            "--representatives",
            representatives.toString(),
            "--registries",
            "sample-data/registries",
            "--as-of",
            "2026-11-28",
            "--out",
            runs.toString());

    assertThat(status)
        .as(stdout + "\n" + stderr)
        .isIn(ExitStatus.OK, ExitStatus.COMPLETED_WITH_PROBLEMS);
    Path folder;
    try (Stream<Path> folders = Files.list(runs)) {
      folder = folders.findFirst().orElseThrow();
    }
    String results = Files.readString(folder.resolve("results.csv"));
    assertThat(results.lines().filter(line -> line.contains("SHARED_PERSONS"))).hasSize(2);
    assertThat(results)
        .contains(
            "Huddinge Bygg & Mark AB (555242-9028) ←CEO– Mikael Olsson (801028-****) –BOARD→"
                + " Stensättra Entreprenad AB (555589-0655)")
        .doesNotContain("801028-2393");
  }

  @Test
  void stopsBeforeTheImportWithOneSwedishMessageOnABadShare() throws Exception {
    Path owners = out.resolve("agare.csv");
    Files.writeString(
        owners, "ägare;ägt_organisationsnummer;andel;land\nVolga;559229-0083;120;RU\n");

    int status =
        screen(
            "--vendors", "sample-data/lou-vendors.csv",
            "--representatives", "sample-data/lou-representatives.csv",
            "--owners", owners.toString());

    assertThat(status).isEqualTo(ExitStatus.FAILED);
    assertThat(stderr.toString())
        .contains(
            "Ägarfilen agare.csv, rad 2, kolumn share_percent, värdet '120': andelen ska vara ett"
                + " tal över 0 och högst 100.")
        .doesNotContain("Exception");
  }
}
