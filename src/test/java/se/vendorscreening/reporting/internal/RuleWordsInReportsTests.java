package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import se.vendorscreening.cli.Cli;
import se.vendorscreening.screening.RuleIds;

/**
 * A run of the sample procurement made to fire the rules added last, as an officer reads it: with
 * the ownership file (SANCTIONED_OWNERSHIP), the person signals on and one person on the boards of
 * five tenderers (SHARED_PERSONS, FRONT_PERSON), a vendor whose representatives are left out
 * (REPRESENTATIVES_MISSING) and a foreign board member named by surname with a convicted person's
 * birth date (POSSIBLE_MATCH on name and birth date). No rule id of the catalogue, nor its id put
 * in lower case, is user text in the Swedish PDF, hearing letters, workbook or console.
 */
@SpringBootTest(
    properties = {
      "screening.graph.person-signals=true",
      "screening.data-dir=target/test-data/rulewords-${random.uuid}",
      "vs.test.schema-suffix=_rulewords"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleWordsInReportsTests {

  /**
   * Mikael Olsson, CEO of Huddinge Bygg & Mark AB, put on five more tenderers' boards: six parties,
   * more than the front-person limit of five.
   */
  private static final List<String> MORE_BOARDS =
      List.of("555589-0655", "552755-1393", "553447-8523", "556938-2160", "554756-4699");

  /** The vendor whose representatives are left out. */
  private static final String WITHOUT_REPRESENTATIVES = "555007-5898";

  @Autowired Cli cli;

  @TempDir static Path out;

  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();
  private Path folder;
  private List<String[]> results;

  @BeforeAll
  void screenTheSampleSoThatTheNewRulesFire() throws Exception {
    Path representatives = out.resolve("representatives.csv");
    List<String> lines =
        Files.readAllLines(Path.of("sample-data/lou-representatives.csv")).stream()
            .filter(line -> !line.startsWith(WITHOUT_REPRESENTATIVES + ","))
            .collect(Collectors.toCollection(ArrayList::new));
    MORE_BOARDS.forEach(org -> lines.add(org + ",801028-2393,Mikael Olsson,,BOARD"));
    lines.add("DE:DE287654321,,Nowak,1980-02-29,BOARD");
    Files.write(representatives, lines);
    Path runs = Files.createDirectory(out.resolve("runs"));

    int status =
        cli.execute(
            new PrintWriter(stdout),
            new PrintWriter(stderr),
            "screen",
            "--vendors",
            "sample-data/lou-vendors.csv",
            "--representatives",
            representatives.toString(),
            "--owners",
            "sample-data/owners.csv",
            "--registries",
            "sample-data/registries",
            "--as-of",
            "2026-11-28",
            "--actor",
            "Eva Upphandlare",
            "--out",
            runs.toString());

    assertThat(status).as(stdout + "\n" + stderr).isIn(0, 2);
    try (Stream<Path> folders = Files.list(runs)) {
      folder = folders.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    try (Reader reader = Files.newBufferedReader(folder.resolve("results.csv"));
        CSVReader csv = new CSVReader(reader)) {
      results = csv.readAll().stream().skip(1).toList();
    }
  }

  @Test
  void theRunFiresTheRulesAddedLast() {
    String ruleIds = results.stream().map(row -> row[6]).collect(Collectors.joining("|"));
    assertThat(ruleIds)
        .contains(
            "SANCTIONED_OWNERSHIP",
            "SHARED_PERSONS",
            "FRONT_PERSON",
            "REPRESENTATIVES_MISSING",
            "POSSIBLE_MATCH");
    assertThat(results)
        .anySatisfy(
            row -> {
              assertThat(row[1]).isEqualTo("DE:DE287654321");
              assertThat(row[6]).contains("POSSIBLE_MATCH");
              assertThat(row[9]).contains("Nowak");
            });
  }

  @Test
  void noRuleIdIsUserTextInTheSwedishPdfsOrHearingLetters() throws Exception {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path pdf : files.filter(file -> file.toString().endsWith(".pdf")).toList()) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
          text.append(new PDFTextStripper().getText(document));
        }
      }
    }
    String pdfs = text.toString();

    assertThat(ruleIdsIn(pdfs)).isEmpty();
    assertThat(SampleReportsTests.codesIn(pdfs)).isEmpty();
    assertThat(pdfs.replace('\u00a0', ' ').replaceAll("\\s+", " "))
        .contains("Ägaren Volga Invest OOO")
        .contains("från Ryssland äger direkt eller indirekt 54 % av företaget")
        .contains("(vd) finns också i personkretsen hos 5 andra anbudsgivare i samma upphandling")
        .contains("personen kan vara en målvakt")
        .contains("En person med liknande namn och födelsedatum")
        .contains("Ingen av de personer som ska kontrolleras för Sjödalens Låssmed AB");
  }

  @Test
  void noRuleIdIsUserTextInTheSwedishWorkbook() throws Exception {
    String text = SampleReportsTests.stringCells(folder.resolve("report.xlsx"));
    assertThat(ruleIdsIn(text)).isEmpty();
    assertThat(SampleReportsTests.codesIn(text)).isEmpty();
  }

  @Test
  void noRuleIdIsUserTextOnTheSwedishConsole() {
    assertThat(ruleIdsIn(stdout.toString())).isEmpty();
    assertThat(SampleReportsTests.codesIn(stdout.toString())).isEmpty();
  }

  /**
   * Each rule id of the catalogue found in the text, as the id or as the id in lower case with
   * spaces (what a report shows of a rule it has no words for), with its surroundings.
   */
  static List<String> ruleIdsIn(String text) {
    List<String> found = new ArrayList<>();
    for (String rule : RuleIds.ALL) {
      for (String form : List.of(rule, rule.replace('_', ' ').toLowerCase(Locale.ROOT))) {
        Matcher matcher =
            Pattern.compile("(?<![\\p{L}\\d_])" + Pattern.quote(form) + "(?![\\p{L}\\d_])")
                .matcher(text);
        if (matcher.find()) {
          int from = Math.max(0, matcher.start() - 40);
          int to = Math.min(text.length(), matcher.end() + 40);
          found.add(form + " in …" + text.substring(from, to).replace('\n', ' ') + "…");
        }
      }
    }
    return found;
  }
}
