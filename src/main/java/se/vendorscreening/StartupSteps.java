package se.vendorscreening;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;

/**
 * Where the application context's start went, for measuring (docs/launcher.md): with the
 * environment variable {@code SCREENING_STARTUP_STEPS} set, Spring records its start-up steps
 * (reading configuration classes, creating each bean, …) and the log file gets the longest ones and
 * the total per kind of step once the command has run. Nested steps are each counted in their
 * parents too.
 */
final class StartupSteps {

  private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);
  private static final int LONGEST = 40;

  private final BufferingApplicationStartup startup;

  private StartupSteps(BufferingApplicationStartup startup) {
    this.startup = startup;
  }

  /** Records the steps of the given application when the environment asks for it. */
  static StartupSteps recordIfAsked(SpringApplication application, String setting) {
    if (setting == null || setting.isBlank() || "0".equals(setting) || "off".equals(setting)) {
      return new StartupSteps(null);
    }
    BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
    application.setApplicationStartup(startup);
    return new StartupSteps(startup);
  }

  /** Logs the longest steps and the time per kind of step. */
  void logSteps() {
    if (startup == null) {
      return;
    }
    List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
    Map<String, Duration> perName = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (TimelineEvent event : events) {
      perName.merge(event.getStartupStep().getName(), event.getDuration(), Duration::plus);
      counts.merge(event.getStartupStep().getName(), 1, Integer::sum);
    }
    StringBuilder text = new StringBuilder("Start-up steps (ms, nested steps counted in parents):");
    perName.entrySet().stream()
        .sorted(Map.Entry.<String, Duration>comparingByValue().reversed())
        .forEach(
            entry ->
                text.append(
                    "%n  %7d %s (%d)"
                        .formatted(
                            entry.getValue().toMillis(),
                            entry.getKey(),
                            counts.get(entry.getKey()))));
    Map<Long, Duration> children = new HashMap<>();
    for (TimelineEvent event : events) {
      Long parent = event.getStartupStep().getParentId();
      if (parent != null) {
        children.merge(parent, event.getDuration(), Duration::plus);
      }
    }
    text.append("%nLongest steps by their own time (without nested steps):".formatted());
    Function<TimelineEvent, Duration> own =
        event ->
            event
                .getDuration()
                .minus(children.getOrDefault(event.getStartupStep().getId(), Duration.ZERO));
    events.stream()
        .sorted(Comparator.comparing(own).reversed())
        .limit(LONGEST)
        .forEach(
            event ->
                text.append(
                    "%n  %7d %s %s"
                        .formatted(
                            own.apply(event).toMillis(),
                            event.getStartupStep().getName(),
                            tags(event))));
    log.info(text.toString());
  }

  private static String tags(TimelineEvent event) {
    return StreamSupport.stream(event.getStartupStep().getTags().spliterator(), false)
        .map(tag -> tag.getKey() + "=" + tag.getValue())
        .collect(Collectors.joining(", "));
  }
}
