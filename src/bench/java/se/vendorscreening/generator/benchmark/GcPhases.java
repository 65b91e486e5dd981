package se.vendorscreening.generator.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.vendorscreening.shared.SwedishTime;

/**
 * Splits a screening run's GC log by the phases its log names: for each {@code phase=} line, the
 * largest heap before a collection and the largest heap left after a young, mixed or full
 * collection while the phase ran. The heap left after a collection bounds what the phase keeps live
 * (old regions not yet collected count too), so it shows what grows with N and in which phase.
 *
 * <p>Needs the GC log written with wall-clock times: {@code -Xlog:gc:file=gc.log:time,uptime}. The
 * GC log gives each time with the JVM's UTC offset, the screen log ({@code
 * logging.pattern.console}) in Swedish time without one, so a collection's time is turned into
 * Swedish time before it is matched to a phase. {@code GcPhases SCREEN_LOG GC_LOG}, run as the
 * package says.
 */
public final class GcPhases {

  private static final Pattern PHASE =
      Pattern.compile(
          "^(\\d{2}:\\d{2}:\\d{2}\\.\\d{3}) .*phase=(\\S+) rows=\\d+ seconds=([\\d.]+)");
  private static final Pattern COLLECTION =
      Pattern.compile(
          "^\\[(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4})].*"
              + "Pause (?:Young|Full).* (\\d+)M->(\\d+)M\\(\\d+M\\)");

  /** The GC log's {@code time} decoration: {@code 2026-12-02T20:37:43.975+0000}. */
  private static final DateTimeFormatter GC_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");

  /** The zone of the screen log's times (application.yml, {@code logging.pattern.console}). */
  static final ZoneId SCREEN_LOG_ZONE = SwedishTime.ZONE;

  record Phase(String name, LocalTime start, LocalTime end) {

    /** Whether the time falls in the phase, also when the phase runs over midnight. */
    boolean contains(LocalTime time) {
      return start.isAfter(end)
          ? !time.isBefore(start) || !time.isAfter(end)
          : !time.isBefore(start) && !time.isAfter(end);
    }
  }

  record Collection(LocalTime time, long beforeMb, long afterMb) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: GcPhases SCREEN_LOG GC_LOG");
      System.exit(64);
    }
    print(
        phases(Files.readAllLines(Path.of(args[0]))),
        collections(Files.readAllLines(Path.of(args[1]))),
        System.out);
  }

  static List<Phase> phases(List<String> screenLog) {
    List<Phase> phases = new ArrayList<>();
    for (String line : screenLog) {
      Matcher m = PHASE.matcher(line);
      if (m.find()) {
        LocalTime end = LocalTime.parse(m.group(1));
        long millis = Math.round(Double.parseDouble(m.group(3)) * 1000);
        phases.add(new Phase(m.group(2), end.minusNanos(millis * 1_000_000), end));
      }
    }
    return phases;
  }

  static List<Collection> collections(List<String> gcLog) {
    List<Collection> collections = new ArrayList<>();
    for (String line : gcLog) {
      Matcher m = COLLECTION.matcher(line);
      if (m.find()) {
        collections.add(
            new Collection(
                OffsetDateTime.parse(m.group(1), GC_TIME)
                    .atZoneSameInstant(SCREEN_LOG_ZONE)
                    .toLocalTime(),
                Long.parseLong(m.group(2)),
                Long.parseLong(m.group(3))));
      }
    }
    return collections;
  }

  static void print(List<Phase> phases, List<Collection> collections, PrintStream out) {
    for (Phase phase : phases) {
      long before = 0;
      long after = 0;
      int count = 0;
      for (Collection c : collections) {
        if (phase.contains(c.time())) {
          before = Math.max(before, c.beforeMb());
          after = Math.max(after, c.afterMb());
          count++;
        }
      }
      out.printf(
          Locale.ROOT,
          "memory phase=%s collections=%d heap_before_gc_max_mb=%d heap_after_gc_max_mb=%d%n",
          phase.name(),
          count,
          before,
          after);
    }
  }
}
