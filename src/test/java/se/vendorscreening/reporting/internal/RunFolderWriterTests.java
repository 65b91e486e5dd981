package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import se.vendorscreening.screening.OutputFile;
import se.vendorscreening.screening.ScreeningResults;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RunFolderWriterTests {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  @TempDir Path out;

  @Test
  void writesEveryFileOfTheRunFolderWithTheManifestAndItsSignatureLast() {
    List<OutputFile> outputs = write(SampleRun.screening(SWEDISH));

    List<String> names = outputs.stream().map(OutputFile::name).toList();
    assertThat(names.stream().filter(name -> !name.startsWith("kommunicering-")))
        .containsExactly(
            "results.csv",
            "rejected-rows.csv",
            "report.pdf",
            "report.xlsx",
            "manifest.json",
            "manifest.sig");
    // a hearing letter per excluded (4) or reviewed (4) party, most severe first
    assertThat(names.stream().filter(name -> name.startsWith("kommunicering-")))
        .hasSize(8)
        .startsWith("kommunicering-001-553051-9478.pdf")
        .contains("kommunicering-004-920712-xxxx.pdf");
    // the letters follow the tables, numbered in the order listed (the reviewed parties' after the
    // excluded parties', although one pass over the results meets them mixed)
    for (int letter = 1; letter <= 8; letter++) {
      assertThat(names.get(1 + letter))
          .startsWith(String.format(Locale.ROOT, "kommunicering-%03d-", letter));
    }
    assertThat(folder()).isDirectoryContaining("glob:**/report.pdf");
  }

  @Test
  void writesOneResultsRowPerPartyWithSortedIdsAndClauses() throws Exception {
    write(SampleRun.screening(SWEDISH));

    List<String[]> rows = readCsv(folder().resolve("results.csv"));
    assertThat(rows.get(0)).containsExactly(ResultsCsvWriter.HEADER);
    assertThat(rows).hasSize(1 + SampleRun.parties().size());
    String[] sodertorn = row(rows, "554599-5457");
    assertThat(sodertorn[2]).isEqualTo("Södertörns Fasad och Tak AB");
    assertThat(sodertorn[3]).isEqualTo("VENDOR");
    assertThat(sodertorn[5]).isEqualTo("EXCLUDE");
    assertThat(sodertorn[6]).isEqualTo("CONVICTION_MANDATORY");
    assertThat(sodertorn[7]).isEqualTo("CRIME_LINK|STATUTORY_17_17");
    assertThat(sodertorn[8]).isEqualTo("AVT-2026-102");
    assertThat(sodertorn[9])
        .contains("CONVICTION_MANDATORY (LOU 13 kap. 1 § 1 st. 2 p.)")
        .contains("Lars Ström, VD, 910509-****")
        .contains("Målnummer: B 4711-22")
        .contains("[Identitetsnummer, 1,00]");
    String[] subcontractor = row(rows, "553051-9478");
    assertThat(subcontractor[3]).isEqualTo("SUBCONTRACTOR");
    assertThat(subcontractor[4]).isEqualTo("555427-0008");
    assertThat(subcontractor[7]).isEqualTo("CRIME_LINK|STATUTORY_17_17|SUBCONTRACTOR");
    assertThat(row(rows, "555427-0008")[7]).isEqualTo("SUBCONTRACTOR");
    assertThat(row(rows, "555136-7112")[5]).isEqualTo("CLEAR");
    assertThat(row(rows, "555136-7112")[7]).as("overridden to CLEAR: no clause").isEmpty();
    assertThat(row(rows, "556938-2160")[6]).as("information only fires no rule").isEmpty();
    assertThat(row(rows, "920712-****")[5]).isEqualTo("EXCLUDE");
  }

  @Test
  void writesByteIdenticalResultsForTheSameResults() throws Exception {
    write(SampleRun.screening(SWEDISH));
    byte[] first = Files.readAllBytes(folder().resolve("results.csv"));

    write(SampleRun.screening(SWEDISH));
    byte[] second = Files.readAllBytes(folder().resolve("results.csv"));

    assertThat(second).isEqualTo(first);
    assertThat(new String(first, StandardCharsets.UTF_8))
        .startsWith(String.join(",", ResultsCsvWriter.HEADER) + "\r\n");
  }

  @Test
  void keepsEveryFullPersonalNumberOutOfTheCsvFiles() throws Exception {
    write(SampleRun.screening(SWEDISH));

    String csv =
        Files.readString(folder().resolve("results.csv"))
            + Files.readString(folder().resolve("rejected-rows.csv"));
    assertThat(csv).contains("920712-****").contains("910509-****");
    for (String number : SampleRun.FULL_PERSONAL_NUMBERS) {
      assertThat(csv).doesNotContain(number);
    }
  }

  @Test
  void writesRejectedRowsAndOnlyTheHeaderWhenNoneWereRejected() throws Exception {
    write(SampleRun.screening(SWEDISH));
    assertThat(readCsv(folder().resolve("rejected-rows.csv")))
        .hasSize(2)
        .last()
        .satisfies(
            row ->
                assertThat(row)
                    .containsExactly(
                        "lou-vendors.csv",
                        "29",
                        "org_no",
                        "556677-1234",
                        "Fel kontrollsiffra i organisationsnummer"));

    write(SampleRun.recheck("20261129-020000-recheck-8"));
    assertThat(Files.readString(out.resolve("20261129-020000-recheck-8/rejected-rows.csv")))
        .isEqualTo("file,line,column,value,reason\r\n");
  }

  @Test
  void listsChangesFirstInTheChangesFileOfARecheck() throws Exception {
    List<OutputFile> outputs = write(SampleRun.recheck("20261129-020000-recheck-9"));

    assertThat(outputs).extracting(OutputFile::name).contains("changes.csv");
    List<String[]> rows = readCsv(out.resolve("20261129-020000-recheck-9/changes.csv"));
    assertThat(rows.get(0)).containsExactly(ChangesCsvWriter.HEADER);
    assertThat(rows.get(1)[1]).isEqualTo("554599-5457");
    assertThat(rows.get(1)[3]).isEqualTo("CLEAR");
    assertThat(rows.get(1)[4]).isEqualTo("EXCLUDE");
    assertThat(rows.get(1)[5]).isEqualTo("ESCALATED");
    assertThat(rows.get(2)[5]).isEqualTo("RESOLVED");
    assertThat(rows.subList(3, rows.size()))
        .allSatisfy(row -> assertThat(row[5]).isEqualTo("UNCHANGED"));
  }

  @Test
  void recordsTheHashOfEveryFileInTheManifest() throws Exception {
    List<OutputFile> outputs = write(SampleRun.screening(SWEDISH));

    JsonNode manifest =
        JsonMapper.builder().build().readTree(folder().resolve("manifest.json").toFile());
    assertThat(manifest.get("run_id").asString()).isEqualTo(SampleRun.RUN_ID);
    assertThat(manifest.get("as_of").asString()).isEqualTo("2026-11-28");
    assertThat(manifest.get("actor").asString()).isEqualTo("Maria Lindqvist");
    assertThat(manifest.get("rules_version").asString()).isEqualTo("sha256:4f1c0d9a2e7b");
    assertThat(manifest.get("organised_crime_profile").asString()).isEqualTo("plan");
    assertThat(manifest.get("counts").get("EXCLUDE").asLong()).isEqualTo(4);
    assertThat(manifest.get("counts").get("INCOMPLETE").asLong()).isEqualTo(1);
    assertThat(manifest.get("inputs").get(0).get("rows_rejected").asLong()).isEqualTo(1);
    assertThat(manifest.get("registries").get("mode").asString()).isEqualTo("file");
    JsonNode files = manifest.get("outputs");
    assertThat(files).hasSize(4 + 8);
    for (JsonNode file : files) {
      Path written = folder().resolve(file.get("name").asString());
      assertThat(file.get("sha256").asString()).isEqualTo(OwnerOnlyFiles.sha256(written));
      assertThat(file.get("bytes").asLong()).isEqualTo(Files.size(written));
    }
    assertThat(outputs.get(outputs.size() - 2).sha256())
        .isEqualTo(OwnerOnlyFiles.sha256(folder().resolve("manifest.json")));
  }

  @Test
  void theManifestCountsThePartiesOfEachGroundAndEvidenceKindAsResultsCsvNamesThem()
      throws Exception {
    write(SampleRun.screening(SWEDISH));

    List<String[]> rows = readCsv(folder().resolve("results.csv"));
    List<String> header = List.of(rows.get(0));
    int decision = header.indexOf("decision");
    // recounted from results.csv: per code of a column, the parties naming it, by decision
    Map<String, Map<String, Long>> grounds = new java.util.TreeMap<>();
    Map<String, Map<String, Long>> kinds = new java.util.TreeMap<>();
    for (String[] row : rows.subList(1, rows.size())) {
      recount(grounds, row[header.indexOf("exclusion_grounds")], row[decision]);
      recount(kinds, row[header.indexOf("evidence_kinds")], row[decision]);
    }
    JsonNode manifest =
        JsonMapper.builder().build().readTree(folder().resolve("manifest.json").toFile());

    assertThat(grounds).isNotEmpty();
    assertThat(grounds.keySet()).allMatch(code -> code.startsWith("CRITERION.EXCLUSION."));
    assertThat(kinds).containsKey("REGISTRY");
    assertThat(tallied(manifest.get("exclusion_grounds"))).isEqualTo(grounds);
    assertThat(tallied(manifest.get("evidence_kinds"))).isEqualTo(kinds);
    // sorted, as the columns are, so that equal runs give equal manifests
    assertThat(manifest.get("exclusion_grounds").propertyNames())
        .containsExactlyElementsOf(grounds.keySet());
    JsonNode first = manifest.get("exclusion_grounds").get(grounds.keySet().iterator().next());
    assertThat(first.propertyNames())
        .containsExactly("parties", "EXCLUDE", "INCOMPLETE", "REVIEW", "CLEAR");
  }

  private static void recount(Map<String, Map<String, Long>> tally, String cell, String decision) {
    if (cell.isEmpty()) {
      return;
    }
    for (String code : cell.split("\\|")) {
      Map<String, Long> counts = tally.computeIfAbsent(code, c -> new java.util.TreeMap<>());
      counts.merge("parties", 1L, Long::sum);
      counts.merge(decision, 1L, Long::sum);
    }
  }

  /** The manifest's counts per code, without the decisions no party had. */
  private static Map<String, Map<String, Long>> tallied(JsonNode node) {
    Map<String, Map<String, Long>> tally = new java.util.TreeMap<>();
    for (String code : node.propertyNames()) {
      Map<String, Long> counts = new java.util.TreeMap<>();
      for (String key : node.get(code).propertyNames()) {
        long count = node.get(code).get(key).asLong();
        if (count > 0) {
          counts.put(key, count);
        }
      }
      tally.put(code, counts);
    }
    return tally;
  }

  @Test
  void signsTheManifestAsWrittenAndNamesTheKeyInIt() throws Exception {
    // given
    InMemoryManifestSigning signing = new InMemoryManifestSigning();
    ScreeningResults results = SampleRun.screening(SWEDISH);
    RunFolderWriter writer =
        new RunFolderWriter(
            new StaticListableBeanFactory(Map.of("results", results))
                .getBeanProvider(ScreeningResults.class),
            new StaticListableBeanFactory(Map.of("register", new SampleRegister()))
                .getBeanProvider(se.vendorscreening.intake.ContractRegister.class),
            SampleRun.messages(),
            new ReportingProperties(
                Path.of("config/clauses"), 100, new ReportingProperties.Pdf(10), null, null),
            signing,
            SampleRun.writers());

    // when
    List<OutputFile> outputs = writer.writeRunFolder(results.runs().get(0), out);

    // then
    byte[] manifest = Files.readAllBytes(folder().resolve("manifest.json"));
    byte[] signature =
        Base64.getDecoder().decode(Files.readString(folder().resolve("manifest.sig")).strip());
    Signature ed25519 = Signature.getInstance("Ed25519");
    ed25519.initVerify(signing.publicKey());
    ed25519.update(manifest);
    assertThat(ed25519.verify(signature)).isTrue();
    JsonNode named = JsonMapper.builder().build().readTree(manifest).get("signature");
    assertThat(named.get("algorithm").asString()).isEqualTo("Ed25519");
    assertThat(named.get("public_key_sha256").asString())
        .isEqualTo(signing.key().publicKeySha256())
        .hasSize(64);
    assertThat(named.get("file").asString()).isEqualTo("manifest.sig");
    assertThat(outputs.get(outputs.size() - 1).sha256())
        .isEqualTo(OwnerOnlyFiles.sha256(folder().resolve("manifest.sig")));
  }

  @Test
  void makesTheRunFolderReadableByItsOwnerOnly() throws Exception {
    write(SampleRun.screening(SWEDISH));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder())))
        .isEqualTo("rwx------");
    try (var files = Files.list(folder())) {
      assertThat(files)
          .allSatisfy(
              file ->
                  assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                      .isEqualTo("rw-------"));
    }
  }

  @Test
  @org.junit.jupiter.api.Timeout(120)
  void aPassThatStopsFailsTheRunFolderWithoutReportPdfAndFreesTheThreadsForTheNextRun()
      throws Exception {
    // given: the pass over the results stops at its fifth party (report.pdf's first pages, which
    // read the flagged parties by decision, are drawn)
    ScreeningResults sample = SampleRun.screening(SWEDISH);
    ScreeningResults stopping = new StoppingResults(sample, 5);

    // when
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> write(stopping))
        .hasMessageContaining("the database went away");

    // then: report.pdf waited for the pass's clusters and was neither finished nor saved, no
    // manifest; the reporting's threads are free: the same run's folder is then written whole
    assertThat(folder().resolve("report.pdf")).doesNotExist();
    assertThat(folder().resolve("manifest.json")).doesNotExist();
    List<String> names = write(sample).stream().map(OutputFile::name).toList();
    assertThat(names).contains("report.pdf", "report.xlsx", "manifest.json");
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(folder().resolve("report.pdf").toFile())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
    }
  }

  /** Results whose full pass fails after {@code parties} parties; the reads by decision do not. */
  private record StoppingResults(ScreeningResults results, int parties)
      implements ScreeningResults {

    @Override
    public java.util.Optional<se.vendorscreening.screening.RunInfo> run(String runId) {
      return results.run(runId);
    }

    @Override
    public List<se.vendorscreening.screening.RunInfo> runs() {
      return results.runs();
    }

    @Override
    public java.util.stream.Stream<se.vendorscreening.screening.PartyResult> results(String runId) {
      java.util.concurrent.atomic.AtomicInteger read =
          new java.util.concurrent.atomic.AtomicInteger();
      return results
          .results(runId)
          .peek(
              party -> {
                if (read.incrementAndGet() > parties) {
                  throw new IllegalStateException("the database went away");
                }
              });
    }

    @Override
    public java.util.stream.Stream<se.vendorscreening.screening.PartyResult> results(
        String runId, se.vendorscreening.shared.Decision decision) {
      return results.results(runId, decision);
    }

    @Override
    public java.util.stream.Stream<se.vendorscreening.screening.PartyChange> changes(String runId) {
      return results.changes(runId);
    }

    @Override
    public List<se.vendorscreening.intake.RejectedRow> rejectedRows(String runId) {
      return results.rejectedRows(runId);
    }
  }

  private List<OutputFile> write(ScreeningResults results) {
    var run = results.runs().get(0);
    return SampleRun.writer(results).writeRunFolder(run, out);
  }

  private Path folder() {
    return out.resolve(SampleRun.RUN_ID);
  }

  private static List<String[]> readCsv(Path file) throws Exception {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVReader csv = new CSVReader(reader)) {
      return csv.readAll();
    }
  }

  private static String[] row(List<String[]> rows, String orgNo) {
    return rows.stream().filter(row -> row[1].equals(orgNo)).findFirst().orElseThrow();
  }
}
