package se.vendorscreening.intake.internal;

/**
 * Picks the field separator from the header line: whichever of tab, {@code ;} and {@code ,} occurs
 * most often outside quotes (Excel with Swedish regional settings writes {@code ;}, its "Unicode
 * text" export and many systems' "tab-separated" exports a tab).
 */
final class CsvDelimiterDetector {

  private CsvDelimiterDetector() {}

  static char detect(String headerLine) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (char c : headerLine.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == '\t') {
        tabs++;
      }
    }
    if (tabs > semicolons && tabs > commas) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }
}
