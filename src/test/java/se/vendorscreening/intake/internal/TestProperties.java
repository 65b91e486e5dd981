package se.vendorscreening.intake.internal;

import java.util.List;
import java.util.Map;
import org.springframework.util.unit.DataSize;

/** Intake settings for tests without Spring. */
final class TestProperties {

  private TestProperties() {}

  static IntakeProperties defaults() {
    return new IntakeProperties(
        DataSize.ofMegabytes(200), 4000, 2_000_000, 1000, Map.of(), Map.of());
  }

  static IntakeProperties withLimits(long maxFileBytes, int maxFieldLength, long maxRows) {
    return new IntakeProperties(
        DataSize.ofBytes(maxFileBytes), maxFieldLength, maxRows, 1000, Map.of(), Map.of());
  }

  static IntakeProperties withVendorColumns(Map<String, List<String>> columns) {
    return new IntakeProperties(
        DataSize.ofMegabytes(200), 4000, 2_000_000, 1000, columns, Map.of());
  }
}
