package se.vendorscreening.reporting.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.shared.Decision;

/**
 * Counts, over a run's results.csv rows, the parties per exclusion ground and per evidence kind,
 * each by the party's decision: the manifest's {@code exclusion_grounds} and {@code evidence_kinds}
 * (docs/run-folder.md). A party counts once under every code of its {@code exclusion_grounds} and
 * every kind of its {@code evidence_kinds} column, so the figures can be recounted from
 * results.csv.
 */
final class GroundTally {

  private final SortedMap<String, Map<Decision, Long>> grounds = new TreeMap<>();
  private final SortedMap<String, Map<Decision, Long>> kinds = new TreeMap<>();

  /** Counts one party's row. */
  void add(PartyResult party) {
    party.exclusionGrounds().forEach(code -> count(grounds, code, party.decision()));
    party.evidenceKinds().forEach(kind -> count(kinds, kind, party.decision()));
  }

  private static void count(
      SortedMap<String, Map<Decision, Long>> tally, String key, Decision decision) {
    tally.computeIfAbsent(key, k -> new EnumMap<>(Decision.class)).merge(decision, 1L, Long::sum);
  }

  /** Parties per ground code (sorted), by decision. */
  SortedMap<String, Map<Decision, Long>> grounds() {
    return grounds;
  }

  /** Parties per evidence kind (sorted), by decision. */
  SortedMap<String, Map<Decision, Long>> kinds() {
    return kinds;
  }
}
