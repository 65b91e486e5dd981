package se.vendorscreening.reporting.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import se.vendorscreening.VendorScreeningApplication;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.RunReportWriter;
import se.vendorscreening.screening.ScreeningResults;

/**
 * Writes the run folder of the newest run in an existing database again, a few times, and prints
 * wall and CPU seconds of each pass (not a test): with {@code SCREENING_DATA_DIR} pointing at the
 * database a {@code bench/benchmark.sh N --keep} left, {@code java -Xmx1g -cp <test classpath>
 * ...RunFolderRewriteBenchmark <out dir> [passes]}.
 */
final class RunFolderRewriteBenchmark {

  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "target/rewrite");
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    SpringApplication application = new SpringApplication(VendorScreeningApplication.class);
    application.setDefaultProperties(java.util.Map.of("screening.cli.enabled", "false"));
    try (ConfigurableApplicationContext context = application.run()) {
      ScreeningResults results = context.getBean(ScreeningResults.class);
      RunReportWriter writer = context.getBean(RunReportWriter.class);
      RunInfo run = results.runs().get(0);
      var os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      for (int pass = 1; pass <= passes; pass++) {
        long wall = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        writer.writeRunFolder(run, out.resolve("pass" + pass + "-" + System.currentTimeMillis()));
        System.out.printf(
            "pass=%d run=%s seconds=%.2f cpu_seconds=%.2f%n",
            pass,
            run.runId(),
            (System.nanoTime() - wall) / 1e9,
            (os.getProcessCpuTime() - cpu) / 1e9);
      }
    }
  }

  private RunFolderRewriteBenchmark() {}
}
