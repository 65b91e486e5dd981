package se.vendorscreening.registry.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Times the load of a registries folder (bench/README.md), on one thread and with a pool of one
 * thread a core; run by hand, not by the build: {@code java -Xmx1g -cp ... RegistryLoadBenchmark
 * DIR [rounds]}, e.g. with the folder {@code bench/benchmark.sh 100000 --keep} leaves. Prints the
 * wall and process CPU seconds of each load.
 */
final class RegistryLoadBenchmark {

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int cores = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(cores);
    try {
      for (int round = 1; round <= rounds; round++) {
        time("one thread", round, dir, Runnable::run);
        time(cores + " threads", round, dir, pool);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void time(
      String how, int round, Path dir, java.util.concurrent.Executor executor) {
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    Clock clock = Clock.systemUTC();
    long records =
        CsvConvictionRegistry.load(
                    ExtractFiles.find(dir, CsvConvictionRegistry.FILE), clock, executor)
                .extract()
                .size()
            + CsvTaxArrearsRegistry.load(
                    ExtractFiles.find(dir, CsvTaxArrearsRegistry.FILE), clock, executor)
                .extract()
                .size()
            + CsvFinancialStandingRegistry.load(
                    ExtractFiles.find(dir, CsvFinancialStandingRegistry.FILE), clock, executor)
                .extract()
                .size()
            + CsvNetworkAssessments.load(
                    ExtractFiles.find(dir, CsvNetworkAssessments.FILE), clock, executor)
                .extract()
                .size();
    System.out.printf(
        "round %d %-10s records=%d wall_seconds=%.2f cpu_seconds=%.2f load=%s%n",
        round,
        how,
        records,
        (System.nanoTime() - start) / 1e9,
        (os.getProcessCpuTime() - cpu) / 1e9,
        String.format("%.1f", os.getSystemLoadAverage()));
  }
}
