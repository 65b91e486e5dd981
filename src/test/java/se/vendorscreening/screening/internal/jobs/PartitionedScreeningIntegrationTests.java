package se.vendorscreening.screening.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.Message;
import org.springframework.test.context.junit.jupiter.EnabledIf;
import se.vendorscreening.VendorScreeningApplication;
import se.vendorscreening.screening.ChangeClass;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RecheckRequest;
import se.vendorscreening.screening.RunOutcome;
import se.vendorscreening.screening.ScreenRequest;
import se.vendorscreening.screening.ScreeningJobs;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;

/**
 * The screening step (of the screen and the re-check job) partitioned over two processes on one
 * PostgreSQL database: this JVM runs the job (and works on partitions too), a second JVM runs
 * {@code vendor-screening worker}. Runs only with the postgres profile: an H2 file database cannot
 * be shared by two processes.
 */
@SpringBootTest(
    properties = {
      "screening.screening.partitioning.partitions=2",
      "screening.screening.partitioning.poll-interval=1s",
      "screening.screening.partitioning.timeout=10s"
    })
@EnabledIf(expression = "#{environment.matchesProfiles('postgres')}", loadContext = true)
class PartitionedScreeningIntegrationTests {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
  private static final Path VENDORS = Path.of("sample-data/lou-vendors.xlsx");
  private static final Path REGISTRIES = Path.of("sample-data/registries");

  @TempDir static Path reference;

  private static byte[] unpartitionedResults;
  private static WorkerProcess worker;

  @Autowired ScreeningJobs jobs;
  @Autowired ScreeningResults results;
  @Autowired JobRepository jobRepository;
  @Autowired JobOperator jobOperator;

  @Autowired
  @Qualifier("screenJob")
  Job screenJob;

  @Autowired JdbcTemplate jdbc;
  @Autowired JdbcChannelMessageStore requests;
  @Autowired Environment environment;

  @TempDir Path out;

  /**
   * The sample screened as a plain step, in a context of its own on the same database, while the
   * worker JVM starts.
   */
  @BeforeAll
  static void startAWorkerAndScreenTheSampleWithoutPartitions() throws Exception {
    try (ConfigurableApplicationContext plain =
        new SpringApplicationBuilder(VendorScreeningApplication.class)
            .properties("screening.screening.partitioning.partitions=1")
            .run()) {
      CompletableFuture<WorkerProcess> starting =
          CompletableFuture.supplyAsync(
              () -> WorkerProcess.start(plain.getEnvironment(), reference.resolve("worker-data")));
      RunOutcome outcome = plain.getBean(ScreeningJobs.class).screen(request(reference));
      assertThat(outcome.failed()).isFalse();
      unpartitionedResults = Files.readAllBytes(outcome.folder().resolve("results.csv"));
      worker = starting.get(180, TimeUnit.SECONDS);
    }
  }

  @AfterAll
  static void stopTheWorker() throws InterruptedException {
    if (worker != null) {
      worker.close();
    }
  }

  @Test
  void screensThePartitionsInBothProcessesWithTheResultsOfAnUnpartitionedRun() {
    RunOutcome outcome = jobs.screen(request(out));

    assertThat(outcome.failed()).as(worker.output()).isFalse();
    List<StepExecution> partitions = partitionsOf(outcome.run().runId());
    assertThat(partitions)
        .extracting(StepExecution::getStepName)
        .containsExactlyInAnyOrder(
            "screenPartitionStep:partition0", "screenPartitionStep:partition1");
    assertThat(partitions)
        .allSatisfy(p -> assertThat(p.getStatus()).isEqualTo(BatchStatus.COMPLETED));
    assertThat(partitions.stream().mapToLong(StepExecution::getWriteCount).sum()).isEqualTo(27);
    assertThat(partitions.stream().map(PartitionedScreeningIntegrationTests::node))
        .as(worker.output())
        .containsExactlyInAnyOrder(thisNode(), nodeOf(worker.pid()));
    assertThat(outcome.folder().resolve("results.csv")).hasBinaryContent(unpartitionedResults);
  }

  /**
   * The re-check is partitioned the same way: its parties (those of ACTIVE contracts, other tests'
   * too) are checked in both processes, each once, and those of the sample unchanged from the
   * screen on the same day.
   */
  @Test
  void rechecksTheActiveContractsInBothProcessesEachPartyOnce() {
    RunOutcome screen = jobs.screen(request(out));
    assertThat(screen.failed()).as(worker.output()).isFalse();

    RunOutcome recheck =
        jobs.recheck(
            new RecheckRequest(
                REGISTRIES, AS_OF, out, Locale.forLanguageTag("sv-SE"), "scheduler", "recheck"));

    assertThat(recheck.failed()).as(worker.output()).isFalse();
    String runId = recheck.run().runId();
    List<StepExecution> partitions = partitionsOf(runId);
    assertThat(partitions.stream().map(PartitionedScreeningIntegrationTests::node))
        .as(worker.output())
        .containsExactlyInAnyOrder(thisNode(), nodeOf(worker.pid()));
    List<PartyChange> changes;
    try (Stream<PartyChange> stream = results.changes(runId)) {
      changes = stream.toList();
    }
    assertThat(partitions.stream().mapToLong(StepExecution::getWriteCount).sum())
        .isEqualTo(changes.size())
        .isEqualTo(
            jdbc.queryForObject(
                "select count(*) from intake_party p where exists (select 1 from intake_contract c"
                    + " where c.procurement_id = p.procurement_id and c.status = 'ACTIVE' and"
                    + " (c.party_key = p.party_key or (p.role = 'SUBCONTRACTOR' and c.party_key ="
                    + " p.parent_key)))",
                Long.class));
    Map<String, Decision> screened;
    try (Stream<PartyResult> stream = results.results(screen.run().runId())) {
      screened = stream.collect(Collectors.toMap(PartyResult::partyKey, PartyResult::decision));
    }
    assertThat(changes.stream().filter(c -> c.result().procurementId().equals("KS-2026/317")))
        .hasSizeGreaterThan(10)
        .allSatisfy(
            change -> {
              assertThat(change.change()).isEqualTo(ChangeClass.UNCHANGED);
              assertThat(change.result().decision())
                  .isEqualTo(screened.get(change.result().partyKey()));
            });
  }

  /**
   * A request taken by a worker that dies before it ends its partition: the run fails at the
   * timeout instead of waiting for ever, the partition is marked FAILED, and a restart (the job
   * started again with the run's parameters) screens it here and completes the run with the same
   * results. The test takes the request as a worker would, polling every 5 ms against the nodes'
   * poll interval of a second (both JVMs), so it takes one before they have both even on a loaded
   * machine (at 200 ms the nodes took both once, at a load of 30).
   */
  @Test
  void failsAtTheTimeoutWhenAWorkerDiesAndCompletesTheRunOnRestart() throws Exception {
    CompletableFuture<RunOutcome> run =
        CompletableFuture.supplyAsync(() -> jobs.screen(request(out)));
    AtomicReference<Message<?>> taken = new AtomicReference<>();
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(5))
        .until(
            () -> {
              taken.set(requests.pollMessageFromGroup(ScreenPartitioningConfiguration.REQUESTS));
              return taken.get() != null || run.isDone();
            });
    assertThat(taken.get()).as("a partition request to take").isNotNull();

    RunOutcome failed = run.get();

    assertThat(failed.failed()).isTrue();
    String runId = failed.run().runId();
    List<StepExecution> partitions = partitionsOf(runId);
    assertThat(partitions)
        .extracting(StepExecution::getStatus)
        .containsExactlyInAnyOrder(BatchStatus.COMPLETED, BatchStatus.FAILED);

    JobExecution restarted = jobOperator.start(screenJob, jobExecutionOf(runId).getJobParameters());

    assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(out.resolve(runId).resolve("results.csv")).hasBinaryContent(unpartitionedResults);
  }

  private static ScreenRequest request(Path outDir) {
    return new ScreenRequest(
        VENDORS, null, REGISTRIES, AS_OF, outDir, Locale.forLanguageTag("sv-SE"), "test", "screen");
  }

  private List<StepExecution> partitionsOf(String runId) {
    return jobRepository.getJobExecution(jobExecutionOf(runId).getId()).getStepExecutions().stream()
        .filter(step -> step.getStepName().startsWith("screenPartitionStep:"))
        .collect(Collectors.toList());
  }

  private JobExecution jobExecutionOf(String runId) {
    Long id =
        jdbc.queryForObject(
            "select max(job_execution_id) from batch_job_execution_params"
                + " where parameter_name = 'runId' and parameter_value = ?",
            Long.class,
            runId);
    return jobRepository.getJobExecution(id);
  }

  private static String node(StepExecution partition) {
    return partition.getExecutionContext().containsKey(PartitionWorker.NODE)
        ? partition.getExecutionContext().getString(PartitionWorker.NODE)
        : "none";
  }

  private static String thisNode() {
    return nodeOf(ManagementFactory.getRuntimeMXBean().getPid());
  }

  private static String nodeOf(long pid) {
    try {
      return java.net.InetAddress.getLocalHost().getHostName() + "/" + pid;
    } catch (java.net.UnknownHostException e) {
      return "unknown-host/" + pid;
    }
  }
}
