package se.vendorscreening.scheduling;

import java.time.Instant;

/**
 * A job of the jobs folder as the scheduler holds it.
 *
 * @param name the job's name
 * @param job {@code screen}, {@code recheck} or {@code purge}
 * @param schedule the cron expression and zone, or the inbox and poll interval
 * @param nextFireTime when it runs next, or null when it will not
 */
public record ScheduledJob(String name, String job, String schedule, Instant nextFireTime) {}
