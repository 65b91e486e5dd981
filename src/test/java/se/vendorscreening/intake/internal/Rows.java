package se.vendorscreening.intake.internal;

import java.util.EnumMap;
import java.util.Map;

/** Builds list rows for validator tests. */
final class Rows {

  private Rows() {}

  /** A valid vendor row of the sample; {@code changes} are column header = value pairs. */
  static ListRow<VendorColumn> vendor(String... changes) {
    Map<VendorColumn, String> values = new EnumMap<>(VendorColumn.class);
    for (VendorColumn column : VendorColumn.values()) {
      values.put(column, "");
    }
    values.put(VendorColumn.PROCUREMENT_ID, "KS-2026/317");
    values.put(VendorColumn.PROCUREMENT_TYPE, "LOU");
    values.put(VendorColumn.ORG_NO, "555242-9028");
    values.put(VendorColumn.NAME, "Huddinge Bygg & Mark AB");
    values.put(VendorColumn.CONTRACT_ID, "AVT-2026-101");
    values.put(VendorColumn.CONTRACT_STATUS, "ACTIVE");
    values.put(VendorColumn.CONTRACT_START, "2026-03-01");
    values.put(VendorColumn.CONTRACT_END, "2028-02-29");
    values.put(VendorColumn.ANNUAL_VALUE_SEK, "800000");
    apply(values, VendorColumn.values(), changes);
    return new ListRow<>(7, values);
  }

  /** A valid representative row of the sample. */
  static ListRow<RepresentativeColumn> representative(String... changes) {
    Map<RepresentativeColumn, String> values = new EnumMap<>(RepresentativeColumn.class);
    for (RepresentativeColumn column : RepresentativeColumn.values()) {
      values.put(column, "");
    }
    values.put(RepresentativeColumn.ORG_NO, "555242-9028");
    values.put(RepresentativeColumn.PERSON_ID, "801028-2393");
    values.put(RepresentativeColumn.NAME, "Mikael Olsson");
    values.put(RepresentativeColumn.ROLE, "CEO");
    apply(values, RepresentativeColumn.values(), changes);
    return new ListRow<>(9, values);
  }

  private static <C extends ListColumn> void apply(
      Map<C, String> values, C[] columns, String[] changes) {
    for (int i = 0; i < changes.length; i += 2) {
      String header = changes[i];
      C column =
          java.util.Arrays.stream(columns)
              .filter(c -> c.header().equals(header))
              .findFirst()
              .orElseThrow();
      values.put(column, changes[i + 1] == null ? "" : changes[i + 1]);
    }
  }
}
