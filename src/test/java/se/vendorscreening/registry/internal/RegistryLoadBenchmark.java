package se.vendorscreening.registry.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import se.vendorscreening.shared.BoundedThreads;

/**
 * Times the load of a registries folder (bench/README.md), on one thread and on a pool of one
 * thread a core as the application's {@code registryLoadExecutor}; run by hand, not by the build:
 * {@code java -Xmx1g -cp ... RegistryLoadBenchmark DIR [rounds] [threads]}, e.g. with the folder
 * {@code generate --vendors 100000 --seed 42 --out DIR} writes. Prints, for each extract, the wall
 * seconds, the CPU seconds of the Java threads (the caller's and the pool's; no collector or
 * compiler), the process's CPU seconds, the bytes the Java threads allocated, and the heap the
 * loaded extracts keep (used heap after a full collection, before and after).
 */
final class RegistryLoadBenchmark {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int cores =
        args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    ThreadPoolTaskExecutor pool = BoundedThreads.pool("registry-load-", cores);
    pool.setAllowCoreThreadTimeOut(false); // threads that end would take their CPU time along
    pool.setPrestartAllCoreThreads(true);
    pool.initialize();
    try {
      for (int round = 1; round <= rounds; round++) {
        List<Object> kept = new ArrayList<>();
        long before = ConvictionExtractBenchmark.usedHeapAfterGc();
        Clock clock = Clock.systemUTC();
        kept.add(
            time(
                round,
                cores + " threads",
                "convictions",
                () ->
                    CsvConvictionRegistry.load(
                            ExtractFiles.find(dir, CsvConvictionRegistry.FILE), clock, pool)
                        .extract()));
        long convictions = ConvictionExtractBenchmark.usedHeapAfterGc();
        kept.add(
            time(
                round,
                cores + " threads",
                "tax-arrears",
                () ->
                    CsvTaxArrearsRegistry.load(
                            ExtractFiles.find(dir, CsvTaxArrearsRegistry.FILE), clock, pool)
                        .extract()));
        kept.add(
            time(
                round,
                cores + " threads",
                "financial",
                () ->
                    CsvFinancialStandingRegistry.load(
                            ExtractFiles.find(dir, CsvFinancialStandingRegistry.FILE), clock, pool)
                        .extract()));
        long after = ConvictionExtractBenchmark.usedHeapAfterGc();
        System.out.printf(
            Locale.ROOT,
            "round %d retained_mb convictions=%.1f all_three=%.1f%n",
            round,
            (convictions - before) / 1048576.0,
            (after - before) / 1048576.0);
        if (kept.isEmpty()) {
          throw new AssertionError();
        }
      }
      if (args.length > 3) {
        time(
            rounds + 1,
            "one thread",
            "convictions",
            () ->
                CsvConvictionRegistry.load(
                        ExtractFiles.find(dir, CsvConvictionRegistry.FILE),
                        Clock.systemUTC(),
                        (Executor) Runnable::run)
                    .extract());
      }
    } finally {
      pool.shutdown();
    }
  }

  private static Object time(int round, String how, String what, Supplier<LoadedExtract<?>> load) {
    long[] ids = THREADS.getAllThreadIds();
    long threadCpu = sum(THREADS.getThreadCpuTime(ids));
    long allocated = sum(THREADS.getThreadAllocatedBytes(ids));
    long cpu = OS.getProcessCpuTime();
    long start = System.nanoTime();
    LoadedExtract<?> extract = load.get();
    double wall = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "round %d %-10s %-12s records=%d wall_s=%.2f thread_cpu_s=%.2f process_cpu_s=%.2f"
            + " allocated_mb=%.0f load=%.1f%n",
        round,
        how,
        what,
        extract.size(),
        wall,
        (sum(THREADS.getThreadCpuTime(ids)) - threadCpu) / 1e9,
        (OS.getProcessCpuTime() - cpu) / 1e9,
        (sum(THREADS.getThreadAllocatedBytes(ids)) - allocated) / 1048576.0,
        OS.getSystemLoadAverage());
    return extract;
  }

  private static long sum(long[] values) {
    long sum = 0;
    for (long value : values) {
      sum += Math.max(0, value);
    }
    return sum;
  }
}
