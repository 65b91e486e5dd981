package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import se.vendorscreening.screening.OutputFile;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.BoundedThreads;

/**
 * What one certificate and one hearing letter cost, without the database or the rest of the run
 * (not a test): the sample's 27 parties repeated, written round after round into one folder, the
 * first rounds to warm the JIT up, then timed by the CPU of this thread, the whole process and the
 * wall clock. {@code java -cp <test classpath> ...PerPartyDocumentsBenchmark target/ppd 40 10}
 * (copies of the sample a round, rounds; a fourth argument {@code keep} keeps the documents of
 * every round and warms nothing up); add {@code -XX:StartFlightRecording=...} for a profile. With
 * {@code -Dthreads=N} the documents are written on a pool of N threads as a run writes them, and
 * the CPU is that of the pool's threads while they wrote; without, on this thread.
 */
final class PerPartyDocumentsBenchmark {

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/per-party-documents");
    int copies = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    boolean keep = args.length > 3 && "keep".equals(args[3]);
    int warmUp = keep ? 0 : Math.max(1, rounds / 2);
    List<PartyResult> sample = SampleRun.parties();
    List<PartyResult> parties = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      parties.addAll(sample);
    }
    RunInfo run =
        SampleRun.run(
            "20261128-030000-screen-ppd", "screen", Locale.forLanguageTag("sv-SE"), parties);
    ScreeningResults results = new InMemoryScreeningResults(run, parties, List.of(), List.of());
    ReportTexts texts = new ReportTexts(SampleRun.messages(), run.language());
    ApplicableClauses clauses =
        new ApplicableClauses(
            new ClauseCatalogues(Path.of("config/clauses")).forLanguage(run.language()));
    ReportSources sources = new ReportSources(new SampleRegister());
    Files.createDirectories(out);
    int threads = Integer.getInteger("threads", 0);
    TaskExecutor executor;
    if (threads > 0) {
      ThreadPoolTaskExecutor pool = BoundedThreads.pool("ppd-", threads);
      pool.initialize();
      executor = pool;
    } else {
      executor = new SyncTaskExecutor();
    }

    for (int round = 0; round < warmUp + rounds; round++) {
      Path folder = Files.createTempDirectory(out, "round");
      boolean timed = round >= warmUp;
      Measure certificates = new Measure();
      List<OutputFile> written;
      try (ParallelDocuments documents =
          new ParallelDocuments(executor, 2 * Math.max(1, threads))) {
        written =
            new CertificateFolderWriter(results, texts, clauses, sources)
                .write(run, folder, documents);
        certificates.stop(written.size(), documents.cpuNanos());
      }
      Measure letters = new Measure();
      List<OutputFile> lettersWritten;
      try (ParallelDocuments documents =
          new ParallelDocuments(executor, 2 * Math.max(1, threads))) {
        lettersWritten =
            new HearingLetterWriter(results, texts, sources, 14, "").write(run, folder, documents);
        letters.stop(lettersWritten.size(), documents.cpuNanos());
      }
      long bytes = 0;
      for (OutputFile file : written) {
        bytes += file.bytes();
      }
      System.out.printf(
          Locale.ROOT,
          "%s round %d: certificates %s, %d bytes each; letters %s%n",
          timed ? "timed" : "warm-up",
          round,
          certificates,
          bytes / Math.max(1, written.size()),
          letters);
      if (keep) {
        System.out.println("kept " + folder);
      } else {
        deleteRecursively(folder);
      }
    }
  }

  /** Thread CPU, process CPU and wall time since it was made, per document. */
  private static final class Measure {
    private final long wall = System.nanoTime();
    private final long process = processCpu();
    private String text;

    /** {@code cpu}: the CPU of the threads that wrote the documents. */
    void stop(int documents, long cpu) {
      double n = Math.max(1, documents);
      text =
          String.format(
              Locale.ROOT,
              "%d: thread cpu %.2f ms, process cpu %.2f ms, wall %.2f ms a document",
              documents,
              cpu / 1e6 / n,
              (processCpu() - process) / 1e6 / n,
              (System.nanoTime() - wall) / 1e6 / n);
    }

    @Override
    public String toString() {
      return text;
    }

    private static long processCpu() {
      return ManagementFactory.getOperatingSystemMXBean()
              instanceof com.sun.management.OperatingSystemMXBean os
          ? os.getProcessCpuTime()
          : 0;
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (var files = Files.walk(folder)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  private PerPartyDocumentsBenchmark() {}
}
