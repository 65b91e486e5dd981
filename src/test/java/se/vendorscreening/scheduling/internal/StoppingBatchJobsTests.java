package se.vendorscreening.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Stopping the scheduler while a Spring Batch job runs: the job stops after its current chunk, ends
 * STOPPED and a restart continues where it stopped.
 */
@SpringBootTest
@Import({SchedulingTestConfiguration.class, TestSchedulers.class})
class StoppingBatchJobsTests {

  private static final int ITEMS = 100;
  private static final int CHUNK = 10;

  @Autowired RecordingScreeningJobs screeningJobs;
  @Autowired TestSchedulers schedulers;
  @Autowired JobRepository jobRepository;
  @Autowired JobOperator jobOperator;
  @Autowired PlatformTransactionManager transactionManager;

  @TempDir Path jobsDir;

  private final List<Integer> written = new CopyOnWriteArrayList<>();
  private final CountDownLatch firstChunkWriting = new CountDownLatch(1);
  private final CountDownLatch firstChunkMayFinish = new CountDownLatch(1);

  @AfterEach
  void shutDownTheTestSchedulers() throws Exception {
    schedulers.shutdownAll();
  }

  @Test
  void stoppingTheSchedulerStopsTheRunningBatchJobBetweenChunksAndItCanBeRestarted()
      throws Exception {
    // given a scheduled job whose run is a chunk-oriented batch job, held in its first chunk
    String name = TestSchedulers.uniqueName("batch-stop");
    Job job = countingJob(name);
    JobParameters parameters = new JobParametersBuilder().addString("run", name).toJobParameters();
    AtomicReference<JobExecution> execution = new AtomicReference<>();
    screeningJobs.doWork("scheduler:" + name, () -> execution.set(start(job, parameters)));
    TestSchedulers.writeJob(jobsDir, name, "job: recheck", "cron: '* * * * * ?'", "zone: UTC");
    QuartzJobScheduling scheduling =
        schedulers.scheduling(schedulers.create(name, "node-a"), jobsDir);
    scheduling.start();
    assertThat(firstChunkWriting.await(20, TimeUnit.SECONDS)).isTrue();

    // when the service is told to stop while the first chunk is being written (Batch 6 stores
    // the stop request as STOPPING, or STOPPED with an end time, before the step notices it)
    CompletableFuture<Void> stopping = CompletableFuture.runAsync(scheduling::stop);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              BatchStatus stored = jobRepository.getLastJobExecution(name, parameters).getStatus();
              return stored == BatchStatus.STOPPING || stored == BatchStatus.STOPPED;
            });
    firstChunkMayFinish.countDown();
    stopping.get(30, TimeUnit.SECONDS);

    // then the chunk in progress was committed, no further chunk ran, and the run is STOPPED
    assertThat(execution.get().getStatus()).isEqualTo(BatchStatus.STOPPED);
    assertThat(written).hasSize(CHUNK);

    // and a restart continues after the last committed chunk
    JobExecution restarted = start(job, parameters);
    assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(restarted.getJobInstance().getInstanceId())
        .isEqualTo(execution.get().getJobInstance().getInstanceId());
    assertThat(written).hasSize(ITEMS).doesNotHaveDuplicates();
  }

  private JobExecution start(Job job, JobParameters parameters) {
    try {
      return jobOperator.start(job, parameters);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Job countingJob(String name) {
    var step =
        new StepBuilder(name + "Step", jobRepository)
            .<Integer, Integer>chunk(CHUNK)
            .transactionManager(transactionManager)
            .reader(new CountingReader())
            .writer(
                chunk -> {
                  if (firstChunkWriting.getCount() > 0) {
                    firstChunkWriting.countDown();
                    firstChunkMayFinish.await(30, TimeUnit.SECONDS);
                  }
                  written.addAll(chunk.getItems());
                })
            .build();
    return new JobBuilder(name, jobRepository).start(step).build();
  }

  /** Reads 1 to ITEMS, its position saved with each chunk so a restart resumes. */
  private static final class CountingReader
      extends AbstractItemCountingItemStreamItemReader<Integer> {

    CountingReader() {
      setName("countingReader");
      setMaxItemCount(ITEMS);
    }

    @Override
    protected Integer doRead() {
      return getCurrentItemCount();
    }

    @Override
    protected void doOpen() {}

    @Override
    protected void doClose() {}
  }
}
