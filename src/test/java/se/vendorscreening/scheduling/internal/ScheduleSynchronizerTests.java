package se.vendorscreening.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import se.vendorscreening.scheduling.ScheduledJob;

@SpringBootTest
@Import({SchedulingTestConfiguration.class, TestSchedulers.class})
class ScheduleSynchronizerTests {

  @Autowired TestSchedulers schedulers;

  @TempDir Path jobsDir;

  private final JobDefinitionReader reader = new JobDefinitionReader();
  private final ScheduleSynchronizer synchronizer = new ScheduleSynchronizer();

  @AfterEach
  void shutDownTheTestSchedulers() throws Exception {
    schedulers.shutdownAll();
  }

  @Test
  void storesEachDefinitionAsAJobWithACronTriggerThatFiresOnceAfterAMisfire() throws Exception {
    Scheduler scheduler = schedulers.create(TestSchedulers.uniqueName("store"), "node-a");
    TestSchedulers.writeJob(
        jobsDir, "nightly", "job: recheck", "cron: 0 0 2 * * ?", "zone: Europe/Stockholm");
    TestSchedulers.writeJob(jobsDir, "drop", "job: screen", "inbox: in", "poll: PT45S");

    var scheduled = synchronizer.synchronize(scheduler, reader.read(jobsDir));

    assertThat(scheduled)
        .extracting(ScheduledJob::name, ScheduledJob::job)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("drop", "screen"),
            org.assertj.core.groups.Tuple.tuple("nightly", "recheck"));
    CronTrigger cron =
        (CronTrigger) scheduler.getTrigger(new TriggerKey("nightly", ScheduleSynchronizer.GROUP));
    assertThat(cron.getCronExpression()).isEqualTo("0 0 2 * * ?");
    assertThat(cron.getTimeZone().getID()).isEqualTo("Europe/Stockholm");
    assertThat(cron.getMisfireInstruction())
        .isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
    assertThat(
            scheduler.getJobDetail(new JobKey("nightly", ScheduleSynchronizer.GROUP)).getJobClass())
        .isEqualTo(RecheckQuartzJob.class);
    SimpleTrigger poll =
        (SimpleTrigger) scheduler.getTrigger(new TriggerKey("drop", ScheduleSynchronizer.GROUP));
    assertThat(poll.getRepeatInterval()).isEqualTo(45_000);
    assertThat(poll.getRepeatCount()).isEqualTo(SimpleTrigger.REPEAT_INDEFINITELY);
    assertThat(scheduler.getJobDetail(new JobKey("drop", ScheduleSynchronizer.GROUP)).getJobClass())
        .isEqualTo(InboxQuartzJob.class);
  }

  @Test
  void aChangedDefinitionReachesTheStoredRowsAndAnUnchangedTriggerIsKept() throws Exception {
    String name = TestSchedulers.uniqueName("change");
    Scheduler first = schedulers.create(name, "first-start");
    TestSchedulers.writeJob(
        jobsDir, "nightly", "job: recheck", "cron: 0 0 2 * * ?", "zone: Europe/Stockholm");
    TestSchedulers.writeJob(
        jobsDir, "purge", "job: purge", "cron: 0 30 3 * * ?", "zone: Europe/Stockholm");
    synchronizer.synchronize(first, reader.read(jobsDir));
    TriggerKey purgeKey = new TriggerKey("purge", ScheduleSynchronizer.GROUP);
    var purgeStartTime = first.getTrigger(purgeKey).getStartTime();
    first.shutdown();

    TestSchedulers.writeJob(jobsDir, "nightly", "job: recheck", "cron: 0 15 1 * * ?", "zone: UTC");
    TestSchedulers.writeJob(
        jobsDir,
        "purge",
        "job: purge",
        "cron: 0 30 3 * * ?",
        "zone: Europe/Stockholm",
        "older-than: P30D");
    Scheduler second = schedulers.create(name, "second-start");
    synchronizer.synchronize(second, reader.read(jobsDir));

    CronTrigger nightly =
        (CronTrigger) second.getTrigger(new TriggerKey("nightly", ScheduleSynchronizer.GROUP));
    assertThat(nightly.getCronExpression()).isEqualTo("0 15 1 * * ?");
    assertThat(nightly.getTimeZone().getID()).isEqualTo("UTC");
    assertThat(second.getTrigger(purgeKey).getStartTime()).isEqualTo(purgeStartTime);
    assertThat(
            second
                .getJobDetail(new JobKey("purge", ScheduleSynchronizer.GROUP))
                .getJobDataMap()
                .getString("olderThan"))
        .isEqualTo("P30D");
  }

  @Test
  void aDeletedDefinitionLosesItsJobAndTrigger() throws Exception {
    Scheduler scheduler = schedulers.create(TestSchedulers.uniqueName("delete"), "node-a");
    TestSchedulers.writeJob(
        jobsDir, "nightly", "job: recheck", "cron: 0 0 2 * * ?", "zone: Europe/Stockholm");
    TestSchedulers.writeJob(
        jobsDir, "purge", "job: purge", "cron: 0 30 3 * * ?", "zone: Europe/Stockholm");
    synchronizer.synchronize(scheduler, reader.read(jobsDir));

    Files.delete(jobsDir.resolve("purge.yml"));
    synchronizer.synchronize(scheduler, reader.read(jobsDir));

    assertThat(scheduler.checkExists(new JobKey("purge", ScheduleSynchronizer.GROUP))).isFalse();
    assertThat(scheduler.checkExists(new TriggerKey("purge", ScheduleSynchronizer.GROUP)))
        .isFalse();
    assertThat(scheduler.checkExists(new TriggerKey("nightly", ScheduleSynchronizer.GROUP)))
        .isTrue();
  }
}
