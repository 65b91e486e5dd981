package se.vendorscreening.scheduling.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * One job of the jobs folder, validated: either a cron schedule in a time zone, or an inbox folder
 * polled at an interval.
 *
 * @param name unique name, also the Quartz job and trigger name
 * @param kind what it runs
 * @param cron Quartz cron expression, or null for an inbox job
 * @param zone the cron's time zone, or null for an inbox job
 * @param inbox the inbox folder (resolved against the jobs folder), or null
 * @param poll how often the inbox is looked at, or null
 * @param language the reports' and e-mails' language
 * @param olderThan for {@code purge}: evidence retrieved longer ago than this is deleted
 * @param source the file it was read from
 */
record JobDefinition(
    String name,
    JobKind kind,
    String cron,
    ZoneId zone,
    Path inbox,
    Duration poll,
    Locale language,
    Period olderThan,
    Path source) {

  JobDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(language, "language");
    if ((cron == null) == (inbox == null)) {
      throw new IllegalArgumentException("a job has either a cron schedule or an inbox");
    }
  }

  boolean isInbox() {
    return inbox != null;
  }

  /** The schedule in words for the serve command's listing. */
  String scheduleDescription() {
    return isInbox() ? "inbox " + inbox + " every " + poll : cron + " " + zone.getId();
  }
}
