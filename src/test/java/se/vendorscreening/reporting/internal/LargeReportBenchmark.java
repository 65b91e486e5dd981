package se.vendorscreening.reporting.internal;

import static se.vendorscreening.reporting.internal.FindingBuilder.aFinding;
import static se.vendorscreening.reporting.internal.PartyResultBuilder.aPartyResult;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import se.vendorscreening.intake.RejectedRow;
import se.vendorscreening.screening.OutputFile;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;

/**
 * Writes the run folder of N flagged parties whose results are generated on the fly, as a database
 * cursor would stream them, to show that the reports need bounded memory (not a test): {@code java
 * -Xmx512m -cp <test classpath> ...LargeReportBenchmark /tmp/bench 10000}.
 */
final class LargeReportBenchmark {

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/large-report");
    int parties = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    List<String> maskedNumbers = maskedTestNumbers(parties);
    RunInfo run =
        SampleRun.run(
            "20261128-030000-screen-" + parties,
            "screen",
            Locale.forLanguageTag("sv-SE"),
            List.of());
    run =
        new RunInfo(
            run.runId(),
            run.job(),
            run.startedAt(),
            run.finishedAt(),
            run.asOf(),
            run.actor(),
            run.language(),
            run.rulesVersion(),
            run.organisedCrimeProfile(),
            run.procurementIds(),
            run.inputs(),
            run.registryMode(),
            run.registrySources(),
            java.util.Map.of(
                Decision.EXCLUDE,
                (long) (parties + 2) / 3,
                Decision.REVIEW,
                (long) parties - (parties + 2) / 3,
                Decision.INCOMPLETE,
                0L,
                Decision.CLEAR,
                0L),
            run.status());
    ScreeningResults results = new Generated(run, parties, maskedNumbers);

    long started = System.nanoTime();
    List<OutputFile> outputs = SampleRun.writer(results).writeRunFolder(run, out);
    long millis = (System.nanoTime() - started) / 1_000_000;

    System.out.printf(
        "%d flagged parties written in %.1f s, max heap %d MB, sum of heap pool peaks %d MB%n",
        parties, millis / 1000.0, Runtime.getRuntime().maxMemory() >> 20, peakHeapUsed() >> 20);
    for (OutputFile output : outputs) {
      System.out.printf("  %-18s %,12d bytes%n", output.name(), output.bytes());
    }
    try (var document =
        org.apache.pdfbox.Loader.loadPDF(out.resolve(run.runId()).resolve("report.pdf").toFile())) {
      System.out.printf("  report.pdf pages: %,d%n", document.getNumberOfPages());
    }
  }

  private static long peakHeapUsed() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** YYMMDD-**** of Skatteverket's test personnummer, as many as needed (repeating). */
  private static List<String> maskedTestNumbers(int count) throws IOException {
    String json =
        Files.readString(Path.of("src/test/resources/skatteverket-test-ids/testpersonnummer.json"));
    Matcher matcher = Pattern.compile("\"[0-9]{2}([0-9]{6})[0-9]{4}\"").matcher(json);
    List<String> masked = new java.util.ArrayList<>();
    while (matcher.find() && masked.size() < count) {
      masked.add(matcher.group(1) + "-****");
    }
    return masked;
  }

  /** Results made up on demand, the same each time they are streamed. */
  private record Generated(RunInfo run, int parties, List<String> masked)
      implements ScreeningResults {

    @Override
    public Optional<RunInfo> run(String runId) {
      return Optional.of(run);
    }

    @Override
    public List<RunInfo> runs() {
      return List.of(run);
    }

    @Override
    public Stream<PartyResult> results(String runId) {
      return IntStream.range(0, parties).mapToObj(this::party);
    }

    private PartyResult party(int i) {
      String orgNo = String.format("55%04d-%04d", i / 10_000, i % 10_000);
      String person = masked.get(i % masked.size());
      PartyResultBuilder party =
          aPartyResult()
              .withOrgNo(orgNo)
              .named("Vårby Bygg & Städ " + i + " AB")
              .withContract("AVT-2026-" + (10_000 + i), "2026-03-01");
      return switch (i % 3) {
        case 0 ->
            party
                .withFinding(
                    aFinding("CONVICTION_MANDATORY")
                        .basis("LOU 13 kap. 1 §")
                        .deciding(Decision.EXCLUDE)
                        .about("Örjan Åberg " + i, "CEO", person)
                        .saying("Lagakraftvunnen dom för bestickning (BRIBERY)")
                        .evidence("case_number", "B " + i + "-23")
                        .evidence("court", "Södertörns tingsrätt")
                        .evidence("final_date", "2023-04-14")
                        .groundedOn("2023-04-14"))
                .build();
        case 1 ->
            party
                .withFinding(
                    aFinding("TAX_UNPAID")
                        .basis("LOU 13 kap. 2 § andra st.")
                        .saying("Skatteskuld, ej fastställd")
                        .evidence("debt_type", "TAX")
                        .evidence("amount_sek", Integer.toString(5_000 + i)))
                .build();
        default ->
            party
                .withFinding(
                    aFinding("ORGANISED_CRIME_LINK")
                        .basis("Kommunens handlingsplan")
                        .about("Åsa Öberg " + i, "BENEFICIAL_OWNER", person)
                        .saying("Nätverksbedömning uppfyller kriterierna 1, 2, 4")
                        .evidence("criteria", "1, 2, 4"))
                .withFinding(
                    aFinding("CREDIT_RISK")
                        .basis("Ekonomisk ställning")
                        .saying("Riskklass 2")
                        .evidence("risk_class", "2"))
                .build();
      };
    }

    @Override
    public Stream<PartyChange> changes(String runId) {
      return Stream.empty();
    }

    @Override
    public List<RejectedRow> rejectedRows(String runId) {
      return List.of();
    }
  }

  private LargeReportBenchmark() {}
}
