package se.vendorscreening.scheduling.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a scheduled job does: the value of the {@code job} key of a job definition. */
enum JobKind {
  SCREEN,
  RECHECK,
  PURGE;

  /** As written in a job definition: lower case. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<JobKind> fromLabel(String label) {
    return Arrays.stream(values()).filter(kind -> kind.label().equals(label)).findFirst();
  }
}
