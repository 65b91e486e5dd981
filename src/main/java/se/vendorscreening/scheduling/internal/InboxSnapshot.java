package se.vendorscreening.scheduling.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The size and modification time of every file of an inbox at one poll; a file whose entry is the
 * same at two polls in a row is no longer being written.
 *
 * @param files file name to {@code size/modified-millis}
 */
record InboxSnapshot(Map<String, String> files) {

  InboxSnapshot {
    files = Map.copyOf(files);
  }

  static InboxSnapshot empty() {
    return new InboxSnapshot(Map.of());
  }

  static String entry(long size, long modifiedMillis) {
    return size + "/" + modifiedMillis;
  }

  /** Whether the file looks the same in both snapshots. */
  boolean unchangedIn(InboxSnapshot later, String fileName) {
    String entry = files.get(fileName);
    return entry != null && entry.equals(later.files.get(fileName));
  }

  /** One line a file: {@code size/modified-millis/name} (a file name never holds a slash). */
  String format() {
    return new TreeMap<>(files)
        .entrySet().stream()
            .map(e -> e.getValue() + "/" + e.getKey())
            .collect(Collectors.joining("\n"));
  }

  static InboxSnapshot parse(String text) {
    if (text == null || text.isBlank()) {
      return empty();
    }
    Map<String, String> files = new TreeMap<>();
    text.lines()
        .map(line -> line.split("/", 3))
        .filter(parts -> parts.length == 3)
        .forEach(parts -> files.put(parts[2], parts[0] + "/" + parts[1]));
    return new InboxSnapshot(files);
  }
}
