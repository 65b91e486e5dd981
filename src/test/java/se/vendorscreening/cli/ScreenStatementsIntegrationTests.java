package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The sample screened with its sworn statements and vendor documents (sample-data/PLANTED.md):
 * results.csv's trailing columns exclusion_grounds and evidence_kinds, sorted and |-separated. A
 * database of its own, so that no other test's imports or statements count.
 */
@SpringBootTest(
    properties = {
      "screening.data-dir=target/test-data/statements-${random.uuid}",
      "vs.test.schema-suffix=_statements"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ScreenStatementsIntegrationTests {

  private static final String FLEMINGSBERG = "558161-2586";
  private static final String BALTIC = "DE:DE287654321";
  private static final String SEGELTORP = "557346-0838";

  @Autowired Cli cli;

  @TempDir Path out;

  /** Screens the sample with its statements file; the run folder. */
  private Path screenWithStatements(Path into, String... more) throws Exception {
    List<String> args =
        new java.util.ArrayList<>(Arrays.asList(SampleCommandLines.screenSample(into)));
    args.addAll(List.of("--statements", "sample-data/lou-sanningsforsakran.csv"));
    args.addAll(List.of(more));
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();

    int exit =
        cli.execute(new PrintWriter(stdout), new PrintWriter(stderr), args.toArray(String[]::new));

    assertThat(exit).as(stderr.toString()).isZero();
    try (Stream<Path> all = Files.list(into)) {
      return all.filter(Files::isDirectory).findFirst().orElseThrow();
    }
  }

  private static List<String[]> rows(Path folder) throws Exception {
    try (Reader reader = Files.newBufferedReader(folder.resolve("results.csv"));
        CSVReader csv = new CSVReader(reader)) {
      return csv.readAll();
    }
  }

  /** The PDF's text as drawn, cell by cell, with every run of white space as one space. */
  private static String pdfText(Path folder) throws Exception {
    try (PDDocument pdf = Loader.loadPDF(folder.resolve("report.pdf").toFile())) {
      return new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u00a0]+", " ");
    }
  }

  @Test
  void resultsCarryTheGroundsAndEvidenceKindsOfEachParty() throws Exception {
    Path folder = screenWithStatements(out);
    List<String[]> rows = rows(folder);
    List<String> header = List.of(rows.get(0));
    assertThat(header.subList(header.size() - 3, header.size()))
        .containsExactly("overrides", "exclusion_grounds", "evidence_kinds");
    int decision = header.indexOf("decision");
    int ruleIds = header.indexOf("rule_ids");
    int grounds = header.indexOf("exclusion_grounds");
    int kinds = header.indexOf("evidence_kinds");
    Map<String, String[]> byOrg = new LinkedHashMap<>();
    rows.stream().skip(1).forEach(row -> byOrg.put(row[header.indexOf("org_no")], row));

    // the statements change no counts (PLANTED.md): 6 EXCLUDE, 14 REVIEW, 0 INCOMPLETE, 7 CLEAR
    assertThat(
            byOrg.values().stream()
                .collect(Collectors.groupingBy(r -> r[decision], Collectors.counting())))
        .containsEntry("EXCLUDE", 6L)
        .containsEntry("REVIEW", 14L)
        .containsEntry("CLEAR", 7L)
        .doesNotContainKey("INCOMPLETE");

    // a sworn statement declaring every ground absent against a final tax debt
    String[] flemingsberg = byOrg.get(FLEMINGSBERG);
    assertThat(flemingsberg[ruleIds]).contains("FALSE_DECLARATION").contains("TAX_UNPAID_FINAL");
    assertThat(flemingsberg[grounds])
        .isEqualTo(
            "CRITERION.EXCLUSION.CONFLICT_OF_INTEREST.MISINTERPRETATION"
                + "|CRITERION.EXCLUSION.CONTRIBUTIONS.PAYMENT_OF_TAXES");
    assertThat(flemingsberg[kinds]).isEqualTo("REGISTRY|SWORN_STATEMENT");

    // a foreign vendor: its own documents satisfy four grounds, its expired statement nothing
    String[] baltic = byOrg.get(BALTIC);
    assertThat(baltic[ruleIds]).contains("EVIDENCE_MISSING");
    // FINANCIAL_NO_DATA (no Swedish credit record) would name bankruptcy and insolvency, but the
    // Amtsgericht's document answers both: it stands for the economic standing alone
    // (NATIONAL.OTHER, evidence.md)
    assertThat(baltic[ruleIds]).contains("FINANCIAL_NO_DATA");
    assertThat(baltic[grounds])
        .as(String.join(",", baltic))
        .isEqualTo(
            String.join(
                "|",
                "CRITERION.EXCLUSION.CONVICTIONS.CHILD_LABOUR-HUMAN_TRAFFICKING",
                "CRITERION.EXCLUSION.CONVICTIONS.CORRUPTION",
                "CRITERION.EXCLUSION.CONVICTIONS.FRAUD",
                "CRITERION.EXCLUSION.CONVICTIONS.MONEY_LAUNDERING",
                "CRITERION.EXCLUSION.CONVICTIONS.PARTICIPATION_IN_CRIMINAL_ORGANISATION",
                "CRITERION.EXCLUSION.CONVICTIONS.TERRORIST_OFFENCES",
                "CRITERION.EXCLUSION.MISCONDUCT.MC_PROFESSIONAL",
                "CRITERION.EXCLUSION.NATIONAL.OTHER"));
    assertThat(baltic[grounds]).doesNotContain("BUSINESS.");
    // VENDOR_DOCUMENT from the EVIDENCE_ACCEPTED of its own documents and the answered
    // FINANCIAL_NO_DATA
    assertThat(baltic[kinds])
        .as(String.join(",", baltic))
        .isEqualTo("REGISTRY|SWORN_STATEMENT|VENDOR_DOCUMENT");
    assertThat(baltic[grounds]).doesNotContain("PAYMENT_OF_");

    // each new outcome on exactly one party (PLANTED.md)
    int findings = header.indexOf("findings");
    Map<String, Long> parties = new LinkedHashMap<>();
    for (String outcome :
        List.of(
            "FALSE_DECLARATION (",
            "EVIDENCE_MISSING (",
            "EVIDENCE_ACCEPTED (",
            "GROUND_REPORTED (",
            "För gammalt underlag: ")) {
      parties.put(
          outcome, byOrg.values().stream().filter(r -> r[findings].contains(outcome)).count());
    }
    assertThat(parties).allSatisfy((outcome, count) -> assertThat(count).as(outcome).isEqualTo(1));
    assertThat(byOrg.get(SEGELTORP)[ruleIds]).contains("GROUND_REPORTED");
    assertThat(byOrg.get(SEGELTORP)[grounds]).isEqualTo("CRITERION.EXCLUSION.BUSINESS.INSOLVENCY");
    assertThat(byOrg.get(SEGELTORP)[kinds]).isEqualTo("REGISTRY|VENDOR_DOCUMENT");
    // a foreign vendor's own document: on one party, the foreign one
    assertThat(
            byOrg.entrySet().stream()
                .filter(e -> e.getKey().contains(":"))
                .filter(e -> e.getValue()[kinds].contains("VENDOR_DOCUMENT"))
                .map(Map.Entry::getKey))
        .containsExactly(BALTIC);
    // the amount a false declaration is contradicted by, grouped as the reports group it
    assertThat(flemingsberg[findings]).contains("184\u00a0000 kr").doesNotContain("184000 kr");

    // the PDF names per finding the ground with its ESPD code and the evidence it rests on,
    // registry answers dated by the extracts' extract_date
    String pdf = pdfText(folder);
    assertThat(pdf)
        .contains(
            "Uteslutningsgrund (ESPD): insolvens eller likvidation"
                + " (CRITERION.EXCLUSION.BUSINESS.INSOLVENCY)")
        .contains(
            "Underlag: Leverantörens dokument (utfärdad av Bolagsverket, Registreringsbevis"
                + " 2026-11-20 (likvidation), daterad 2026-11-20)")
        .contains("Sanningsförsäkran (undertecknad av Anders Eriksson (vd)")
        .contains("Motsägs av: Flemingsbergs Städservice AB har obetalda skatter");
    // a code too long for its cell breaks after a dot or underscore, adding nothing
    assertThat(pdf.replace(" ", ""))
        .contains("oriktigauppgifter(CRITERION.EXCLUSION.CONFLICT_OF_INTEREST.MISINTERPRETATION)");
    java.util.regex.Matcher extracts =
        java.util.regex.Pattern.compile("uttag (\\d{4}-\\d{2}-\\d{2})").matcher(pdf);
    List<String> dates = new java.util.ArrayList<>();
    while (extracts.find()) {
      dates.add(extracts.group(1));
    }
    assertThat(dates).isNotEmpty().containsOnly("2026-11-27");
  }

  @Test
  void inEnglishTheNewFindingsReadInEnglish() throws Exception {
    Path folder = screenWithStatements(out.resolve("en"), "--lang", "en");

    String pdf = pdfText(folder);
    assertThat(pdf)
        // FALSE_DECLARATION
        .contains(
            "Flemingsbergs Städservice AB: the sworn statement signed by Anders Eriksson (vd) on"
                + " 2026-10-15 declares that unpaid taxes does not apply, but the registry or a"
                + " document contradicts it.")
        .contains("Contradicted by: Flemingsbergs Städservice AB owes taxes")
        .contains("SEK 184,000")
        .contains("Legal basis: LOU Chapter 13 Section 3 first paragraph point 8")
        .contains("Legal basis: LOU Chapter 14 Section 5 (economic standing cannot be assessed)")
        // EVIDENCE_MISSING, EVIDENCE_ACCEPTED
        .contains("Baltic Facade Systems GmbH: there is no acceptable evidence that")
        .contains("Baltic Facade Systems GmbH: the evidence shows that")
        // GROUND_REPORTED
        .contains("Segeltorps Transport AB: the evidence shows that")
        .contains("Exclusion ground (ESPD)")
        .contains("Evidence: Vendor document (issued by Bolagsverket")
        .contains("Sworn statement (signed by Anders Eriksson (vd)")
        .contains("extract of 2026-11-27")
        .doesNotContain("sanningsförsäkran")
        .doesNotContain("Sanningsförsäkran")
        .doesNotContain("Uteslutningsgrund")
        .doesNotContain("Underlag:")
        .doesNotContain("uttag ");
    List<String[]> rows = rows(folder);
    int findings = List.of(rows.get(0)).indexOf("findings");
    String all = rows.stream().skip(1).map(r -> r[findings]).collect(Collectors.joining("\n"));
    assertThat(all)
        .contains("The sworn statement for Flemingsbergs Städservice AB, signed by Anders Eriksson")
        .contains("SEK 184,000")
        .contains("no acceptable evidence")
        .doesNotContain("Sanningsförsäkran för")
        .doesNotContain("inget godtagbart underlag");
  }
}
