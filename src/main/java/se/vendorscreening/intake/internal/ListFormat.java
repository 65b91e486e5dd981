package se.vendorscreening.intake.internal;

/** The file formats a vendor list may come in. */
enum ListFormat {
  CSV,
  XLSX
}
