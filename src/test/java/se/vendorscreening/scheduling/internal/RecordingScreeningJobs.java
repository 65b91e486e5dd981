package se.vendorscreening.scheduling.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import se.vendorscreening.intake.UnreadableInputException;
import se.vendorscreening.screening.RecheckRequest;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.RunOutcome;
import se.vendorscreening.screening.ScreenRequest;
import se.vendorscreening.screening.ScreeningJobs;
import se.vendorscreening.shared.Decision;

/**
 * A stand-in for the screening module's jobs: records every call, writes a run folder with a small
 * report.pdf, fails on vendor lists named {@code broken*}, and can hold the calls of one actor
 * until a latch opens.
 */
class RecordingScreeningJobs implements ScreeningJobs {

  private final Path reportsDir;
  private final List<ScreenRequest> screens = new CopyOnWriteArrayList<>();
  private final List<RecheckRequest> rechecks = new CopyOnWriteArrayList<>();
  private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> mostAtOnce = new ConcurrentHashMap<>();
  private final AtomicInteger runNumber = new AtomicInteger();
  private final Map<String, Runnable> work = new ConcurrentHashMap<>();

  RecordingScreeningJobs(Path reportsDir) {
    this.reportsDir = reportsDir;
  }

  @Override
  public RunOutcome screen(ScreenRequest request) {
    screens.add(request);
    String name = request.vendors().getFileName().toString();
    if (name.startsWith("broken")) {
      throw new UnreadableInputException(name + ": kolumnen org_no saknas i rubrikraden");
    }
    return run("screen", request.actor());
  }

  @Override
  public RunOutcome recheck(RecheckRequest request) {
    rechecks.add(request);
    return run("recheck", request.actor());
  }

  @Override
  public RunOutcome restart(String runId, boolean abandonRunning, String command) {
    throw new UnsupportedOperationException("the scheduler never restarts runs");
  }

  private RunOutcome run(String job, String actor) {
    int now = running.computeIfAbsent(actor, a -> new AtomicInteger()).incrementAndGet();
    mostAtOnce.computeIfAbsent(actor, a -> new AtomicInteger()).accumulateAndGet(now, Math::max);
    try {
      work.getOrDefault(actor, () -> {}).run();
      CountDownLatch hold = holds.get(actor);
      if (hold != null && !hold.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released " + actor);
      }
      String runId =
          "20261128-020000-" + job + "-" + runNumber.incrementAndGet() + "-" + System.nanoTime();
      Path folder = Files.createDirectories(reportsDir.resolve(runId));
      Files.writeString(folder.resolve("report.pdf"), "%PDF-1.7 test report " + runId);
      Map<Decision, Long> counts = new EnumMap<>(Decision.class);
      for (Decision decision : Decision.values()) {
        counts.put(decision, 0L);
      }
      RunInfo run =
          new RunInfo(
              runId,
              job,
              Instant.now(),
              Instant.now(),
              LocalDate.of(2026, 11, 28),
              actor,
              null,
              "rules-test",
              "plan",
              List.of(),
              List.of(),
              "file",
              List.of(),
              counts,
              "COMPLETED");
      return new RunOutcome(run, folder, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      running.get(actor).decrementAndGet();
    }
  }

  /** Holds every later call of the actor until the returned latch is counted down. */
  CountDownLatch hold(String actor) {
    CountDownLatch latch = new CountDownLatch(1);
    holds.put(actor, latch);
    return latch;
  }

  /** Runs the work (e.g. a real batch job) inside every later call of the actor. */
  void doWork(String actor, Runnable runnable) {
    work.put(actor, runnable);
  }

  List<RecheckRequest> rechecksBy(String actor) {
    return rechecks.stream().filter(r -> actor.equals(r.actor())).toList();
  }

  List<ScreenRequest> screensBy(String actor) {
    return screens.stream().filter(r -> actor.equals(r.actor())).toList();
  }

  int runningNow(String actor) {
    AtomicInteger count = running.get(actor);
    return count == null ? 0 : count.get();
  }

  int mostAtOnce(String actor) {
    AtomicInteger count = mostAtOnce.get(actor);
    return count == null ? 0 : count.get();
  }
}
