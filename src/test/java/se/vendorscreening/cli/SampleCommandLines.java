package se.vendorscreening.cli;

import java.nio.file.Path;

/** Command lines over the sample procurement that several tests run. */
final class SampleCommandLines {

  private SampleCommandLines() {}

  /** {@code screen} of the CSV sample lists and registries as of 2026-11-28, by actor "test". */
  static String[] screenSample(Path out) {
    return new String[] {
      "screen",
      "--vendors",
      "sample-data/lou-vendors.csv",
      "--representatives",
      "sample-data/lou-representatives.csv",
      "--registries",
      "sample-data/registries",
      "--as-of",
      "2026-11-28",
      "--out",
      out.toString(),
      "--actor",
      "test"
    };
  }

  /** {@code recheck} against the sample registries as of the given day, by actor "scheduler". */
  static String[] recheckSample(Path out, String asOf) {
    return new String[] {
      "recheck",
      "--registries",
      "sample-data/registries",
      "--as-of",
      asOf,
      "--out",
      out.toString(),
      "--actor",
      "scheduler"
    };
  }

  /**
   * {@code screen} of a generated folder ({@code generate}): its lists and registries, as of its
   * day, by actor "benchmark-test".
   */
  static String[] screenGenerated(Path generated, String asOf, Path out) {
    return new String[] {
      "screen",
      "--vendors",
      generated.resolve("vendors.csv").toString(),
      "--representatives",
      generated.resolve("representatives.csv").toString(),
      "--registries",
      generated.resolve("registries").toString(),
      "--as-of",
      asOf,
      "--out",
      out.toString(),
      "--actor",
      "benchmark-test"
    };
  }
}
