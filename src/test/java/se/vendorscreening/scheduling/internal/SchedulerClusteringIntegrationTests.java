package se.vendorscreening.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.KeyMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.EnabledIf;

/**
 * Two scheduler nodes on one PostgreSQL database, clustered as the postgres profile configures
 * them. Runs only with that profile: H2 is a single-process file database, so there is no cluster
 * to test on it.
 */
@SpringBootTest
@Import({SchedulingTestConfiguration.class, TestSchedulers.class})
@EnabledIf(expression = "#{environment.matchesProfiles('postgres')}", loadContext = true)
class SchedulerClusteringIntegrationTests {

  @Autowired RecordingScreeningJobs screeningJobs;
  @Autowired TestSchedulers schedulers;

  @TempDir Path jobsDir;

  private final List<String> executions = new CopyOnWriteArrayList<>();
  private final List<Scheduler> nodes = new CopyOnWriteArrayList<>();

  @AfterEach
  void shutDownTheNodes() throws Exception {
    schedulers.shutdownAll();
  }

  @Test
  void eachFireTimeRunsOnOneNodeOnly() throws Exception {
    String name = TestSchedulers.uniqueName("cluster");
    TestSchedulers.writeJob(jobsDir, name, "job: recheck", "cron: '* * * * * ?'", "zone: UTC");
    QuartzJobScheduling nodeA = node(name, "node-a");
    QuartzJobScheduling nodeB = node(name, "node-b");

    nodeA.start();
    nodeB.start();

    await().atMost(Duration.ofSeconds(30)).until(() -> executions.size() >= 5);
    nodeA.stop();
    nodeB.stop();
    Map<String, Long> runsPerFireTime =
        executions.stream()
            .map(e -> e.split(" ")[0])
            .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
    assertThat(runsPerFireTime)
        .allSatisfy((fireTime, runs) -> assertThat(runs).as(fireTime).isEqualTo(1));
    assertThat(screeningJobs.rechecksBy("scheduler:" + name)).hasSize(executions.size());
  }

  @Test
  void aJobHeldOnOneNodeIsNotStartedOnTheOther() throws Exception {
    String name = TestSchedulers.uniqueName("cluster-held");
    String actor = "scheduler:" + name;
    TestSchedulers.writeJob(jobsDir, name, "job: recheck", "cron: '* * * * * ?'", "zone: UTC");
    CountDownLatch release = screeningJobs.hold(actor);
    QuartzJobScheduling nodeA = node(name, "node-a");
    QuartzJobScheduling nodeB = node(name, "node-b");
    nodeA.start();
    nodeB.start();

    await().atMost(Duration.ofSeconds(30)).until(() -> screeningJobs.runningNow(actor) == 1);
    // the trigger is blocked in the shared job store while the run is held, for both nodes: the
    // other node cannot acquire it (Quartz blocks only the triggers of a job that disallows
    // concurrent runs)
    TriggerKey trigger = TriggerKey.triggerKey(name, ScheduleSynchronizer.GROUP);
    for (Scheduler node : nodes) {
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> node.getTriggerState(trigger) == Trigger.TriggerState.BLOCKED);
    }
    assertThat(screeningJobs.rechecksBy(actor)).hasSize(1);
    release.countDown();
    await().atMost(Duration.ofSeconds(30)).until(() -> screeningJobs.rechecksBy(actor).size() >= 3);

    assertThat(screeningJobs.mostAtOnce(actor)).isEqualTo(1);
  }

  private QuartzJobScheduling node(String schedulerName, String instanceId) throws Exception {
    Scheduler scheduler = schedulers.create(schedulerName, instanceId);
    nodes.add(scheduler);
    assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
    scheduler
        .getListenerManager()
        .addJobListener(
            new RecordingListener(instanceId),
            KeyMatcher.keyEquals(new JobKey(schedulerName, ScheduleSynchronizer.GROUP)));
    return schedulers.scheduling(scheduler, jobsDir);
  }

  /** Records each run as its scheduled fire time and the node that ran it. */
  private final class RecordingListener implements JobListener {

    private final String node;

    RecordingListener(String node) {
      this.node = node;
    }

    @Override
    public String getName() {
      return "recording-" + node;
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {}

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {}

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException exception) {
      executions.add(context.getScheduledFireTime().toInstant() + " " + node);
    }
  }
}
