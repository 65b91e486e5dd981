package se.vendorscreening.generator.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The most requests a WireMock stub held at once, from its request journal ({@code GET
 * /__admin/requests}): each request is in flight from its {@code loggedDate} for its {@code
 * timing.totalTime}.
 *
 * <p>{@code InFlightPeak JOURNAL_JSON} prints {@code http requests=N peak_in_flight=P
 * first_to_last_seconds=S}.
 */
public final class InFlightPeak {

  private InFlightPeak() {}

  /** The peak number of overlapping requests, and the request count. */
  public record Peak(int requests, int inFlight, double seconds) {}

  public static Peak of(Path journal) throws IOException {
    JsonNode root = JsonMapper.builder().build().readTree(journal.toFile());
    List<long[]> events = new ArrayList<>();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (JsonNode request : root.path("requests")) {
      long start = request.path("request").path("loggedDate").asLong();
      long end = start + Math.max(1, request.path("timing").path("totalTime").asLong());
      events.add(new long[] {start, 1});
      events.add(new long[] {end, -1});
      first = Math.min(first, start);
      last = Math.max(last, end);
    }
    events.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    int current = 0;
    int peak = 0;
    for (long[] event : events) {
      current += (int) event[1];
      peak = Math.max(peak, current);
    }
    return new Peak(events.size() / 2, peak, events.isEmpty() ? 0 : (last - first) / 1000.0);
  }

  public static void main(String[] args) throws IOException {
    Peak peak = of(Path.of(args[0]));
    System.out.printf(
        java.util.Locale.ROOT,
        "http requests=%d peak_in_flight=%d first_to_last_seconds=%.2f%n",
        peak.requests(),
        peak.inFlight(),
        peak.seconds());
  }
}
