package se.vendorscreening.web.internal;

import java.time.Duration;
import java.time.Instant;
import se.vendorscreening.screening.RunOutcome;

/**
 * A screen started in the console, as its progress page shows it.
 *
 * @param id the console's id of it (not the run id, which the job gives)
 * @param actor who started it
 * @param vendorsFile the uploaded vendor list's name
 * @param startedAt when it was started
 * @param outcome how it ended, or null while it runs
 * @param failure why it could not run, or null
 */
record ConsoleScreening(
    String id,
    String actor,
    String vendorsFile,
    Instant startedAt,
    RunOutcome outcome,
    String failure) {

  public boolean running() {
    return outcome == null && failure == null;
  }

  /** How long it has been running at the given time. */
  public long secondsRunning(Instant now) {
    return Duration.between(startedAt, now).toSeconds();
  }

  ConsoleScreening endedWith(RunOutcome ended) {
    return new ConsoleScreening(id, actor, vendorsFile, startedAt, ended, null);
  }

  ConsoleScreening failedWith(String why) {
    return new ConsoleScreening(id, actor, vendorsFile, startedAt, null, why);
  }
}
