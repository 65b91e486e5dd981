package se.vendorscreening.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import se.vendorscreening.scheduling.internal.SchedulingTestConfiguration.RecordingEvidenceRetention;
import se.vendorscreening.screening.RecheckRequest;

@SpringBootTest
@Import({SchedulingTestConfiguration.class, TestSchedulers.class})
class QuartzJobSchedulingTests {

  @Autowired RecordingScreeningJobs screeningJobs;
  @Autowired RecordingEvidenceRetention retention;
  @Autowired TestSchedulers schedulers;

  @TempDir Path jobsDir;

  @AfterEach
  void shutDownTheTestSchedulers() throws Exception {
    schedulers.shutdownAll();
  }

  @Test
  void cronTriggerFiresAndRunsTheRecheckInTheJobsLanguage() throws Exception {
    String name = TestSchedulers.uniqueName("recheck-every-second");
    TestSchedulers.writeJob(
        jobsDir, name, "job: recheck", "cron: '* * * * * ?'", "zone: Europe/Stockholm", "lang: en");
    QuartzJobScheduling scheduling =
        schedulers.scheduling(schedulers.create(name, "node-a"), jobsDir);

    scheduling.start();

    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> !screeningJobs.rechecksBy("scheduler:" + name).isEmpty());
    RecheckRequest request = screeningJobs.rechecksBy("scheduler:" + name).get(0);
    assertThat(request.language()).isEqualTo(Locale.ENGLISH);
    assertThat(request.command()).isEqualTo("serve (job " + name + " from " + name + ".yml)");
    assertThat(request.asOf()).isNull();
    assertThat(request.outDir()).isNull();
  }

  @Test
  void purgeJobDeletesEvidenceRetrievedBeforeItsRetentionPeriod() throws Exception {
    String name = TestSchedulers.uniqueName("purge-every-second");
    TestSchedulers.writeJob(
        jobsDir, name, "job: purge", "cron: '* * * * * ?'", "zone: UTC", "older-than: P30D");
    QuartzJobScheduling scheduling =
        schedulers.scheduling(schedulers.create(name, "node-a"), jobsDir);

    scheduling.start();

    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> !retention.by("scheduler:" + name).isEmpty());
    Instant expected = ZonedDateTime.now(ZoneId.of("Europe/Stockholm")).minusDays(30).toInstant();
    assertThat(retention.by("scheduler:" + name).get(0).cutoff())
        .isBetween(expected.minusSeconds(60), expected.plusSeconds(1));
  }

  @Test
  void runMissedWhileTheServiceWasDownFiresOnceAtStartUp() throws Exception {
    // given: a job due at three seconds in a row, stored by the service before them, and the three
    // fire times passed (beyond the misfire threshold) while the service was down: the trigger as
    // the service schedules it, starting before them
    String name = TestSchedulers.uniqueName("missed");
    ZonedDateTime first = TestSchedulers.secondsAgo(30, 3);
    TestSchedulers.writeJob(
        jobsDir,
        name,
        "job: recheck",
        "cron: '" + TestSchedulers.cronAt(first, 3) + "'",
        "zone: UTC");
    JobDefinition definition = new JobDefinitionReader().read(jobsDir).get(0);
    Trigger storedBeforeTheFireTimes =
        ScheduleSynchronizer.trigger(definition)
            .getTriggerBuilder()
            .startAt(Date.from(first.minusMinutes(1).toInstant()))
            .build();
    Scheduler down = schedulers.create(name, "first-start");
    down.scheduleJob(ScheduleSynchronizer.jobDetail(definition), storedBeforeTheFireTimes);
    assertThat(down.getTrigger(storedBeforeTheFireTimes.getKey()).getNextFireTime())
        .isEqualTo(Date.from(first.toInstant()));

    // when the service starts again on the same database with the same definitions
    Scheduler restarted = schedulers.create(name, "second-start");
    QuartzJobScheduling after = schedulers.scheduling(restarted, jobsDir);
    after.start();

    // then the missed run fires once, not once per missed second: once the trigger has fired its
    // last time (its schedule has no time left, so Quartz removes it) and no run is going on,
    // nothing more can fire
    TriggerKey trigger = TriggerKey.triggerKey(name, ScheduleSynchronizer.GROUP);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                restarted.getTrigger(trigger) == null
                    && restarted.getCurrentlyExecutingJobs().isEmpty());
    assertThat(screeningJobs.rechecksBy("scheduler:" + name)).hasSize(1);
  }

  @Test
  void overlappingTriggersNeverRunTheSameJobTwiceAtOnce() throws Exception {
    String name = TestSchedulers.uniqueName("overlapping");
    String actor = "scheduler:" + name;
    TestSchedulers.writeJob(jobsDir, name, "job: recheck", "cron: '* * * * * ?'", "zone: UTC");
    CountDownLatch release = screeningJobs.hold(actor);
    Scheduler scheduler = schedulers.create(name, "node-a");
    QuartzJobScheduling scheduling = schedulers.scheduling(scheduler, jobsDir);

    scheduling.start();

    await().atMost(Duration.ofSeconds(15)).until(() -> screeningJobs.runningNow(actor) == 1);
    // while the first run is held, Quartz blocks the trigger instead of firing it again (it blocks
    // only the triggers of a job that disallows concurrent runs)
    TriggerKey trigger = TriggerKey.triggerKey(name, ScheduleSynchronizer.GROUP);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> scheduler.getTriggerState(trigger) == Trigger.TriggerState.BLOCKED);
    assertThat(screeningJobs.rechecksBy(actor)).hasSize(1);
    release.countDown();
    await().atMost(Duration.ofSeconds(10)).until(() -> screeningJobs.rechecksBy(actor).size() >= 3);
    assertThat(screeningJobs.mostAtOnce(actor)).isEqualTo(1);
  }

  @Test
  void stopWaitsForTheRunningJobToEnd() throws Exception {
    String name = TestSchedulers.uniqueName("stopping");
    String actor = "scheduler:" + name;
    TestSchedulers.writeJob(jobsDir, name, "job: recheck", "cron: '* * * * * ?'", "zone: UTC");
    CountDownLatch release = screeningJobs.hold(actor);
    Scheduler scheduler = schedulers.create(name, "node-a");
    QuartzJobScheduling scheduling = schedulers.scheduling(scheduler, jobsDir);
    scheduling.start();
    await().atMost(Duration.ofSeconds(15)).until(() -> screeningJobs.runningNow(actor) == 1);

    AtomicReference<Thread> stopper = new AtomicReference<>();
    AtomicInteger runningWhenStopped = new AtomicInteger(-1);
    CompletableFuture<Void> stopping =
        CompletableFuture.runAsync(
            () -> {
              stopper.set(Thread.currentThread());
              scheduling.stop();
              runningWhenStopped.set(screeningJobs.runningNow(actor));
            });

    // the stop waits in the scheduler's thread pool for the held run (a stop that does not wait
    // ends instead)
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> stopping.isDone() || waitsInAThreadPoolShutdown(stopper.get()));
    assertThat(stopping).isNotDone();
    release.countDown();
    await().atMost(Duration.ofSeconds(10)).until(stopping::isDone);
    assertThat(runningWhenStopped).hasValue(0);
    assertThat(screeningJobs.runningNow(actor)).isZero();
    assertThat(scheduler.isShutdown()).isTrue();
    assertThat(screeningJobs.rechecksBy(actor)).hasSize(1);
  }

  private static boolean waitsInAThreadPoolShutdown(Thread thread) {
    if (thread == null) {
      return false;
    }
    Thread.State state = thread.getState();
    return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
        && Arrays.stream(thread.getStackTrace())
            .anyMatch(
                frame ->
                    frame.getClassName().endsWith("ThreadPool")
                        && frame.getMethodName().equals("shutdown"));
  }

  @Test
  void inboxJobScreensAVendorListOnceItStoodStillAndMovesIt() throws Exception {
    String name = TestSchedulers.uniqueName("inbox");
    String actor = "scheduler:" + name;
    TestSchedulers.writeJob(jobsDir, name, "job: screen", "inbox: inbox-" + name, "poll: PT0.2S");
    Path inbox = Files.createDirectories(jobsDir.resolve("inbox-" + name));
    Files.writeString(
        inbox.resolve("anbud.csv"), "procurement_id,org_no\nKS-2026/317,555242-9028\n");
    Files.writeString(inbox.resolve("anbud-representatives.csv"), "org_no,name\n");
    QuartzJobScheduling scheduling =
        schedulers.scheduling(schedulers.create(name, "node-a"), jobsDir);

    scheduling.start();

    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> Files.exists(inbox.resolve("processed/anbud.csv")));
    assertThat(inbox.resolve("processed/anbud-representatives.csv")).exists();
    assertThat(inbox.resolve("anbud.csv")).doesNotExist();
    assertThat(screeningJobs.screensBy(actor))
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.vendors()).isEqualTo(inbox.resolve("anbud.csv"));
              assertThat(request.representatives())
                  .isEqualTo(inbox.resolve("anbud-representatives.csv"));
            });
  }
}
