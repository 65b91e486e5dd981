package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Every broken and hostile input file of {@code src/test/resources/intake-corpus} screened through
 * the command line: a file that cannot be read ends with exit status 1 and one message naming the
 * file and why, before any registry is opened (the runs point at a registry folder that does not
 * exist); a file with row problems is screened with exactly the expected lines in {@code
 * rejected-rows.csv} and every party that its identifying fields allow; real exports are read
 * whole. No run prints a stack trace.
 */
@SpringBootTest(properties = "screening.intake.max-file-size=64KB")
@ExtendWith(OutputCaptureExtension.class)
class BrokenInputCorpusTests {

  static final String CORPUS = "src/test/resources/intake-corpus/";
  static final String REPRESENTATIVES = CORPUS + "representatives.csv";
  static final String NO_REGISTRIES = CORPUS + "no-registries-here";
  static final String LOG = "Detaljer finns i loggfilen ";

  static final String HUDDINGE = "555242-9028";
  static final String STENSATTRA = "555589-0655";
  static final String GLOMSTA = "552755-1393";
  static final List<String> BASE = List.of(HUDDINGE, STENSATTRA, GLOMSTA);

  static final String IGNORED = "Fältet ignorerat, parten kontrolleras ändå: ";
  static final String NOT_A_NUMBER =
      "Varken ett giltigt organisationsnummer eller ett giltigt personnummer";

  /**
   * One corpus case.
   *
   * @param vendors the vendor list, relative to the corpus
   * @param representatives the representatives file, relative to the corpus
   * @param exitStatus the expected exit status
   * @param why for exit status 1: the reason after "Filen X kan inte läsas: "
   * @param rejected the expected lines of rejected-rows.csv after the header, as {@code
   *     file|line|column|value|reason}; the reason compared by its start
   * @param screened organisation numbers that results.csv must hold
   */
  record Case(
      String vendors,
      String representatives,
      int exitStatus,
      String why,
      List<String> rejected,
      List<String> screened) {

    /** Whether a file-level error names the representatives file rather than the vendor list. */
    boolean representativesAtFault() {
      return exitStatus == ExitStatus.FAILED && vendors.equals("tab-separated.tsv");
    }

    @Override
    public String toString() {
      return vendors
          + (representatives.equals("representatives.csv") ? "" : " + " + representatives);
    }
  }

  static Case unreadable(String vendors, String why) {
    return new Case(vendors, "representatives.csv", ExitStatus.FAILED, why, List.of(), List.of());
  }

  static Case unreadableRepresentatives(String representatives, String why) {
    return new Case(
        "tab-separated.tsv", representatives, ExitStatus.FAILED, why, List.of(), List.of());
  }

  static Case screened(String vendors, List<String> screened, String... rejected) {
    return screened(vendors, "representatives.csv", screened, rejected);
  }

  static Case screened(
      String vendors, String representatives, List<String> screened, String... rejected) {
    return new Case(
        vendors,
        representatives,
        rejected.length == 0 ? ExitStatus.OK : ExitStatus.COMPLETED_WITH_PROBLEMS,
        null,
        List.of(rejected),
        screened);
  }

  static List<String> baseAnd(String... more) {
    List<String> all = new ArrayList<>(BASE);
    all.addAll(List.of(more));
    return all;
  }

  static Stream<Arguments> corpus() {
    return Stream.of(
            // the file itself cannot be read
            unreadable("no-such-file.csv", "filen finns inte"),
            unreadable("a-folder.csv", "sökvägen är en mapp, inte en fil"),
            unreadable("empty.csv", "filen är tom"),
            unreadable("only-blank-lines.csv", "filen är tom"),
            unreadable(
                "no-header-row.csv",
                "rubrikrad saknas: första raden ska innehålla kolumnnamn som org_no och name, men"
                    + " den är \"KS-2026/317 | LOU | Bygg- och fastighetsservice Huddinge 2026 |"
                    + " 555242-9028 | Hu…\""),
            unreadable("header-only.csv", "filen har en rubrikrad men inga leverantörsrader"),
            unreadable("without-name-column.csv", "obligatorisk kolumn saknas: name (leverantör)"),
            unreadable(
                "a-pdf-named.xlsx",
                "filen är en PDF, inte en CSV-fil eller Excel-arbetsbok: exportera listan som CSV"
                    + " eller XLSX"),
            unreadable(
                "leverantorer.pdf.csv",
                "filen är en PDF, inte en CSV-fil eller Excel-arbetsbok: exportera listan som CSV"
                    + " eller XLSX"),
            unreadable(
                "binary-garbage.csv",
                "filen är varken en CSV-fil eller en Excel-arbetsbok (XLSX) utan innehåller binära"
                    + " data"),
            unreadable(
                "a-picture.csv",
                "filen är varken en CSV-fil eller en Excel-arbetsbok (XLSX) utan innehåller binära"
                    + " data"),
            unreadable(
                "csv-text-named.xlsx",
                "filen heter som en Excel-arbetsbok men innehåller text: spara den som .csv, eller"
                    + " exportera den som XLSX igen"),
            unreadable(
                "zipped-csv-named.xlsx", "filen är ett zip-arkiv men ingen Excel-arbetsbok (XLSX)"),
            unreadable("cut-off-download.xlsx", "filen är ingen giltig Excel-arbetsbok (XLSX)"),
            unreadable(
                "zip-bomb.xlsx",
                "arbetsboken packas upp till orimligt mycket data (misstänkt zip-bomb)"),
            unreadable(
                "external-entity.xlsx",
                "arbetsboken innehåller otillåtna XML-deklarationer (DTD eller externa"
                    + " entiteter)"),
            unreadable(
                "old-excel-format.xls",
                "gamla Excel-formatet (.xls) stöds inte: spara filen som .xlsx eller CSV"),
            unreadable(
                "password-protected.xlsx",
                "arbetsboken är krypterad (lösenordsskyddad): spara den utan lösenord"),
            unreadable(
                "unbalanced-quote.csv",
                "ett citattecken (\") som öppnar ett fält på rad 3 stängs aldrig: varje fält som"
                    + " börjar med \" måste sluta med \""),
            unreadable(
                "larger-than-the-limit.csv",
                "filen är större än den tillåtna gränsen på 64 KB"
                    + " (screening.intake.max-file-size)"),
            unreadableRepresentatives("no-such-representatives.csv", "filen finns inte"),
            unreadableRepresentatives(
                "representatives-as-pdf.csv",
                "filen är en PDF, inte en CSV-fil eller Excel-arbetsbok: exportera listan som CSV"
                    + " eller XLSX"),
            unreadableRepresentatives(
                "unbalanced-quote-in-representatives.csv",
                "ett citattecken (\") som öppnar ett fält på rad 3 stängs aldrig: varje fält som"
                    + " börjar med \" måste sluta med \""),
            // a row's identifying field rejects the row; the other rows are screened
            screened(
                "identity-numbers.csv",
                BASE,
                "identity-numbers.csv|5|org_no|554756-4698|Fel kontrollsiffra",
                "identity-numbers.csv|6|org_no|559229 0083|" + NOT_A_NUMBER,
                "identity-numbers.csv|7|org_no|900101-****|" + NOT_A_NUMBER,
                "identity-numbers.csv|8|org_no|801028-****|Personnummer angivet där ett"
                    + " organisationsnummer krävs",
                "identity-numbers.csv|9|org_no||Obligatoriskt värde saknas (org_no)"),
            screened(
                "identifying-fields.csv",
                BASE,
                "identifying-fields.csv|5|name||Obligatoriskt värde saknas (name)",
                "identifying-fields.csv|6|procurement_id||Obligatoriskt värde saknas"
                    + " (procurement_id)",
                "identifying-fields.csv|7|procurement_type|LOU20|Okänd upphandlingsform",
                "identifying-fields.csv|8|role|SUPPLIER|Okänd roll",
                "identifying-fields.csv|9|parent_org_no|555427-0008|Huvudleverantören finns inte",
                "identifying-fields.csv|10|foreign_id||Utländsk leverantör (DE) saknar utländskt"
                    + " id",
                "identifying-fields.csv|11|country|XX|Ogiltig landkod"),
            screened(
                "truncated-rows.csv",
                BASE,
                "truncated-rows.csv|5|||Raden har bara 5 av rubrikradens 14 kolumner",
                "truncated-rows.csv|6|||Raden har bara 1 av rubrikradens 14 kolumner"),
            screened(
                "long-values-and-control-characters.csv",
                baseAnd("559784-8091"),
                "long-values-and-control-characters.csv|5|name|Huddinge Bygg och Mark Bygg och"
                    + " Mark Bygg och Mark…|Värdet är för långt (högst 1000 tecken)",
                "long-values-and-control-characters.csv|6|name|Myrstuguberget[U+0007] Kakel"
                    + " AB|Värdet innehåller ett styrtecken (U+0007)",
                "long-values-and-control-characters.csv|7|contract_id|AVT-[U+001B][31m|"
                    + IGNORED
                    + "Värdet innehåller ett styrtecken (U+001B)"),
            // a contract field is ignored: the party is screened all the same
            screened(
                "contract-fields.csv",
                baseAnd("554756-4699"),
                "contract-fields.csv|2|contract_start|2027-02-30|" + IGNORED + "Ogiltigt datum",
                "contract-fields.csv|3|annual_value_sek|650 000 kronor per år|"
                    + IGNORED
                    + "Ogiltigt belopp",
                "contract-fields.csv|3|contract_status|SIGNERAT|" + IGNORED + "Okänd avtalsstatus",
                "contract-fields.csv|4|contract_id||"
                    + IGNORED
                    + "Avtalsnummer saknas, avtalet registreras som KS-2026/317/552755-1393",
                "contract-fields.csv|5|contract_end|2026-12-31|"
                    + IGNORED
                    + "Avtalsslut ligger före avtalsstart"),
            screened(
                "framework-agreement-without-numbers.csv",
                BASE,
                "framework-agreement-without-numbers.csv|2|contract_id||"
                    + IGNORED
                    + "Avtalsnummer saknas, avtalet registreras som KS-2026/317/555242-9028",
                "framework-agreement-without-numbers.csv|3|contract_id||"
                    + IGNORED
                    + "Avtalsnummer saknas, avtalet registreras som KS-2026/317/555589-0655",
                "framework-agreement-without-numbers.csv|4|contract_id||"
                    + IGNORED
                    + "Avtalsnummer saknas, avtalet registreras som KS-2026/317/552755-1393"),
            screened(
                "tab-separated.tsv",
                "representatives-with-problems.csv",
                BASE,
                "representatives-with-problems.csv|3|birth_date|1988-13-07|"
                    + IGNORED
                    + "Ogiltigt datum",
                "representatives-with-problems.csv|4|person_id|840808-****|Inget giltigt"
                    + " personnummer",
                "representatives-with-problems.csv|7|person_id|780101-****|Inget giltigt"
                    + " personnummer",
                "representatives-with-problems.csv|8|person_id|781022-****|Inget giltigt"
                    + " personnummer",
                "representatives-with-problems.csv|9|||Raden har bara 2 av rubrikradens 5"
                    + " kolumner"),
            // what real exports look like, read whole
            screened("excel-swedish-semicolons.csv", BASE),
            screened("excel-unicode-text.txt", BASE),
            screened("tab-separated.tsv", BASE),
            screened("excel-date-cells.xlsx", BASE))
        .map(Arguments::of);
  }

  @Autowired Cli cli;

  @TempDir Path out;

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachBrokenOrHostileFileEndsAsExpectedWithoutAStackTrace(Case expected, CapturedOutput output)
      throws Exception {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    String vendors = CORPUS + expected.vendors();
    String representatives = CORPUS + expected.representatives();

    int status =
        cli.execute(
            new PrintWriter(stdout, true),
            new PrintWriter(stderr, true),
            "screen",
            "--vendors",
            vendors,
            "--representatives",
            representatives,
            "--registries",
            expected.exitStatus() == ExitStatus.FAILED ? NO_REGISTRIES : "sample-data/registries",
            "--as-of",
            "2026-11-28",
            "--out",
            out.toString(),
            "--actor",
            "test",
            "--lang",
            "sv");

    String terminal = stdout + "\n" + stderr + "\n" + output;
    assertThat(status).as(terminal).isEqualTo(expected.exitStatus());
    assertThat(terminal).doesNotContain("\tat ", "Exception", "Caused by");
    if (expected.exitStatus() == ExitStatus.FAILED) {
      assertThat(output.toString())
          .as("the failure is said once, in words; its log line is for the file")
          .doesNotContain("Command screen failed");
      String file = expected.representativesAtFault() ? representatives : vendors;
      assertThat(stderr.toString())
          .startsWith("Filen " + file + " kan inte läsas: " + expected.why() + ". " + LOG)
          .contains("vendor-screening.log");
      assertThat(stderr.toString().lines()).hasSize(1);
      String logFile = stderr.toString().strip();
      logFile = logFile.substring(logFile.indexOf(LOG) + LOG.length(), logFile.length() - 1);
      assertThat(Path.of(logFile))
          .as("the log file the message names holds the details")
          .content()
          .contains("Filen " + file + " kan inte läsas", "\tat ");
      assertThat(output.toString()).doesNotContain("Registry").doesNotContain(NO_REGISTRIES);
      return;
    }
    Path folder = onlyRunFolder();
    assertThat(rejectedRows(folder)).hasSameSizeAs(expected.rejected());
    List<String[]> rejected = rejectedRows(folder);
    for (int i = 0; i < rejected.size(); i++) {
      String[] want = expected.rejected().get(i).split("\\|", -1);
      String[] got = rejected.get(i);
      assertThat(got[0]).as("file").isEqualTo(CORPUS + want[0]);
      assertThat(got[1]).as("line").isEqualTo(want[1]);
      assertThat(got[2]).as("column").isEqualTo(want[2]);
      assertThat(got[3]).as("value").isEqualTo(want[3]);
      assertThat(got[4]).as("reason").startsWith(want[4]);
    }
    assertThat(screenedOrgNos(folder)).containsAll(expected.screened());
  }

  @Test
  void tellsWhyAFileCannotBeReadInEnglishWithLangEn() {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();

    int status =
        cli.execute(
            new PrintWriter(stdout, true),
            new PrintWriter(stderr, true),
            "screen",
            "--vendors",
            CORPUS + "unbalanced-quote.csv",
            "--registries",
            NO_REGISTRIES,
            "--lang",
            "en");

    assertThat(status).isEqualTo(ExitStatus.FAILED);
    assertThat(stderr.toString())
        .startsWith(
            "File "
                + CORPUS
                + "unbalanced-quote.csv cannot be read: a quote (\") that opens a field on line 3"
                + " is never closed: every field that starts with \" must end with \". Details are"
                + " in the log file ");
  }

  @Test
  void aRegistryExtractThatCannotBeReadStopsTheRunWithOneMessageNamingFileAndLine(
      CapturedOutput output, @TempDir Path registries) throws Exception {
    copySampleRegistries(registries);
    Path convictions = registries.resolve("convictions.csv");
    long lines = Files.readAllLines(convictions).size();
    Files.writeString(
        convictions, "910509-2382,\"Lars Ström,,FRAUD\n", java.nio.file.StandardOpenOption.APPEND);
    StringWriter stderr = new StringWriter();

    int status = screenSample(registries.toString(), "sv", stderr);

    assertThat(status).isEqualTo(ExitStatus.FAILED);
    assertThat(stderr.toString())
        .startsWith(
            "Registeruttaget "
                + convictions
                + " kan inte läsas: ett citattecken (\") som öppnar ett fält på rad "
                + (lines + 1)
                + " stängs aldrig: varje fält som börjar med \" måste sluta med \". Körningen"
                + " avbröts och inga rapporter skrevs: rätta eller byt ut filen och kör igen. "
                + LOG);
    assertThat(stderr.toString().lines()).hasSize(1);
    assertThat(output.toString())
        .doesNotContain("ERROR", "Exception", "Encountered an error executing step");
    try (Stream<Path> folders = Files.list(out)) {
      assertThat(folders.filter(Files::isDirectory)).as("no run folder").isEmpty();
    }
  }

  @Test
  void aRegistriesFolderThatDoesNotExistStopsTheRunWithOneMessage(CapturedOutput output) {
    StringWriter stderr = new StringWriter();

    int status = screenSample(NO_REGISTRIES, "sv", stderr);

    assertThat(status).isEqualTo(ExitStatus.FAILED);
    assertThat(stderr.toString())
        .startsWith(
            "Mappen med registeruttag "
                + NO_REGISTRIES
                + " kan inte läsas: mappen finns inte. Körningen avbröts och inga rapporter"
                + " skrevs: ange rätt mapp med --registries (eller SCREENING_REGISTRIES_DIR) och"
                + " kör igen. "
                + LOG);
    assertThat(output.toString()).doesNotContain("ERROR", "Exception");
  }

  @Test
  void saysWhichColumnARegistryExtractLacksInEnglishWithLangEn(@TempDir Path registries)
      throws Exception {
    copySampleRegistries(registries);
    Path arrears = registries.resolve("tax-arrears.csv");
    List<String> rows = new ArrayList<>(Files.readAllLines(arrears));
    rows.set(0, rows.get(0).replace("final_decision", "decision"));
    Files.write(arrears, rows);
    StringWriter stderr = new StringWriter();

    int status = screenSample(registries.toString(), "en", stderr);

    assertThat(status).isEqualTo(ExitStatus.FAILED);
    assertThat(stderr.toString())
        .startsWith(
            "The registry extract "
                + arrears
                + " cannot be read: a required column is missing: final_decision. The run was"
                + " stopped and no reports were written");
  }

  @Test
  void aMissingRegistryExtractIsToldInTheSummaryAndNotAsALogLine(
      CapturedOutput output, @TempDir Path registries) throws Exception {
    copySampleRegistries(registries);
    Files.delete(registries.resolve("tax-arrears.csv"));
    StringWriter stdout = new StringWriter();

    int status = screenSample(registries.toString(), "sv", stdout, new StringWriter());

    assertThat(status).isEqualTo(ExitStatus.COMPLETED_WITH_PROBLEMS);
    List<String> summary = stdout.toString().lines().toList();
    assertThat(summary.get(0))
        .isEqualTo(
            "OBS: registeruttaget "
                + registries.resolve("tax-arrears.csv")
                + " saknas. Kontrollen ”skulder hos Kronofogden” kunde därför inte göras, och"
                + " alla parter är Ofullständig för den. Lägg filen i registermappen och kör"
                + " kontrollen igen.");
    assertThat(summary).filteredOn(line -> line.startsWith("OBS: registeruttaget")).hasSize(1);
    assertThat(summary).contains("  Inga anmärkningar: 0");
    assertThat(output.toString()).doesNotContain("WARN", "is missing in");
  }

  @Test
  void aMissingRegistryExtractIsToldInEnglishWithLangEn(@TempDir Path registries) throws Exception {
    copySampleRegistries(registries);
    Files.delete(registries.resolve("convictions.csv"));
    StringWriter stdout = new StringWriter();

    screenSample(registries.toString(), "en", stdout, new StringWriter());

    assertThat(stdout.toString().lines().findFirst())
        .contains(
            "NOTE: the registry extract "
                + registries.resolve("convictions.csv")
                + " is missing. The check “convictions” could therefore not be done, and every"
                + " party is Incomplete for it. Put the file in the registries folder and screen"
                + " again.");
  }

  /** Screens the README sample against the registries folder; returns the exit status. */
  private int screenSample(String registries, String lang, StringWriter stderr) {
    return screenSample(registries, lang, new StringWriter(), stderr);
  }

  private int screenSample(
      String registries, String lang, StringWriter stdout, StringWriter stderr) {
    return cli.execute(
        new PrintWriter(stdout, true),
        new PrintWriter(stderr, true),
        "screen",
        "--vendors",
        "sample-data/lou-vendors.xlsx",
        "--registries",
        registries,
        "--as-of",
        "2026-12-01",
        "--out",
        out.toString(),
        "--lang",
        lang);
  }

  private static void copySampleRegistries(Path into) throws Exception {
    try (Stream<Path> extracts = Files.list(Path.of("sample-data/registries"))) {
      for (Path extract : extracts.toList()) {
        Files.copy(extract, into.resolve(extract.getFileName()));
      }
    }
  }

  private Path onlyRunFolder() throws Exception {
    try (Stream<Path> folders = Files.list(out)) {
      return folders.filter(Files::isDirectory).findFirst().orElseThrow();
    }
  }

  static List<String[]> rejectedRows(Path folder) throws Exception {
    try (Reader reader = Files.newBufferedReader(folder.resolve("rejected-rows.csv"));
        CSVReader csv = new CSVReader(reader)) {
      List<String[]> all = csv.readAll();
      assertThat(all.get(0)).containsExactly("file", "line", "column", "value", "reason");
      return all.subList(1, all.size());
    }
  }

  static Map<String, String[]> resultsByOrgNo(Path folder) throws Exception {
    Map<String, String[]> rows = new LinkedHashMap<>();
    try (Reader reader = Files.newBufferedReader(folder.resolve("results.csv"));
        CSVReader csv = new CSVReader(reader)) {
      csv.readAll().stream().skip(1).forEach(row -> rows.put(row[1], row));
    }
    return rows;
  }

  private static List<String> screenedOrgNos(Path folder) throws Exception {
    return List.copyOf(resultsByOrgNo(folder).keySet());
  }
}
