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
}
