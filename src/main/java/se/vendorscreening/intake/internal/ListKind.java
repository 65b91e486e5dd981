package se.vendorscreening.intake.internal;

import java.util.List;

/** The kinds of list an import reads: vendors, representatives, statements. */
enum ListKind {
  VENDORS(List.of(VendorColumn.values()), List.of("vendors", "leverantörer")),
  REPRESENTATIVES(
      List.of(RepresentativeColumn.values()), List.of("representatives", "företrädare")),
  STATEMENTS(
      List.of(StatementColumn.values()),
      List.of("statements", "sanningsförsäkran", "sanningsforsakran", "sanningsförsäkringar"));

  private final List<ListColumn> columns;
  private final List<String> sheetNames;

  ListKind(List<ListColumn> columns, List<String> sheetNames) {
    this.columns = columns;
    this.sheetNames = sheetNames;
  }

  List<ListColumn> columns() {
    return columns;
  }

  /** The worksheet names that hold this list in a workbook. */
  boolean isSheetName(String sheetName) {
    return sheetNames.stream().anyMatch(name -> name.equalsIgnoreCase(sheetName.strip()));
  }
}
