package se.vendorscreening.screening.internal.jobs;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.core.env.Environment;
import se.vendorscreening.VendorScreeningApplication;

/**
 * A {@code vendor-screening worker} in a second JVM on the test's PostgreSQL schema, with the test
 * JVM's class path: a real second node.
 */
final class WorkerProcess implements AutoCloseable {

  private final Process process;
  private final List<String> output = new CopyOnWriteArrayList<>();

  private WorkerProcess(Process process) {
    this.process = process;
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  output.add(line);
                }
              } catch (IOException e) {
                output.add("(output closed: " + e + ")");
              }
            },
            "worker-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts a worker on the database the test context uses and waits until it takes requests. */
  static WorkerProcess start(Environment test, Path dataDir) {
    try {
      return start(test, dataDir, Duration.ofSeconds(150));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static WorkerProcess start(Environment test, Path dataDir, Duration startup)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx384m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Dspring.profiles.active=postgres");
    command.add("-Dspring.datasource.url=" + test.getProperty("spring.datasource.url"));
    command.add("-Dspring.datasource.username=" + test.getProperty("spring.datasource.username"));
    command.add("-Dspring.datasource.password=" + test.getProperty("spring.datasource.password"));
    command.add("-Dspring.flyway.schemas=" + test.getProperty("spring.flyway.schemas"));
    command.add("-Dscreening.data-dir=" + dataDir);
    command.add("-Dscreening.screening.partitioning.poll-interval=1s");
    // the test waits for the worker's log line, which the terminal shows only when asked
    command.add("-Dlogging.threshold.console=INFO");
    command.add(VendorScreeningApplication.class.getName());
    command.add("worker");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    WorkerProcess worker = new WorkerProcess(process);
    try {
      await()
          .atMost(startup)
          .pollInterval(Duration.ofMillis(100))
          .until(() -> worker.saw("waiting for screening partitions") || !process.isAlive());
    } catch (ConditionTimeoutException notStarted) {
      // reported below with the worker's output
    }
    if (!worker.saw("waiting for screening partitions")) {
      worker.close();
      throw new IllegalStateException(
          "the worker did not start:\n" + String.join("\n", worker.output));
    }
    return worker;
  }

  long pid() {
    return process.pid();
  }

  boolean saw(String text) {
    return output.stream().anyMatch(line -> line.contains(text));
  }

  String output() {
    return String.join("\n", output);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }
}
