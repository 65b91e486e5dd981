package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

class BackgroundTaskTests {

  private final ThreadPoolTaskExecutor executor = new ReportingThreads().reportWriterExecutor();

  {
    executor.initialize();
  }

  @AfterEach
  void stop() {
    executor.shutdown();
  }

  @Test
  void returnsWhatTheWorkReturnedOnAThreadOfTheExecutor() throws Exception {
    try (BackgroundTask<String> task =
        BackgroundTask.start(executor, "x", () -> Thread.currentThread().getName())) {
      assertThat(task.await()).startsWith("report-writer-");
    }
  }

  @Test
  void throwsWhatTheWorkThrew() {
    try (BackgroundTask<Void> task =
        BackgroundTask.start(
            executor,
            "report.pdf",
            () -> {
              throw new IOException("disk full");
            })) {
      assertThatThrownBy(task::await).isInstanceOf(IOException.class).hasMessage("disk full");
    }
  }

  @Test
  void closingInterruptsRunningWorkAndReturnsOnlyOnceItHasEnded() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean ended = new AtomicBoolean();
    BackgroundTask<Void> task =
        BackgroundTask.start(
            executor,
            "report.xlsx",
            () -> {
              started.countDown();
              try {
                new CountDownLatch(1).await();
              } finally {
                ended.set(true);
              }
              return null;
            });
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    task.close();

    assertThat(ended).isTrue();
    assertThat(task.isDone()).isTrue();
  }

  @Test
  void workClosedBeforeItStartedNeverRuns() throws Exception {
    ThreadPoolTaskExecutor one = new ThreadPoolTaskExecutor();
    one.setCorePoolSize(1);
    one.setMaxPoolSize(1);
    one.initialize();
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean ran = new AtomicBoolean();
    try (BackgroundTask<Void> busy =
        BackgroundTask.start(
            one,
            "first",
            () -> {
              release.await();
              return null;
            })) {
      BackgroundTask<Void> queued =
          BackgroundTask.start(
              one,
              "second",
              () -> {
                ran.set(true);
                return null;
              });

      queued.close();
      release.countDown();
      busy.await();
    } finally {
      one.shutdown();
      one.getThreadPoolExecutor().awaitTermination(10, TimeUnit.SECONDS);
    }
    assertThat(ran).isFalse();
  }
}
