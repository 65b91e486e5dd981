package se.vendorscreening.intake.internal;

/**
 * Picks the field separator from the header line: whichever of {@code ,} and {@code ;} occurs more
 * often outside quotes (Excel with Swedish regional settings writes {@code ;}).
 */
final class CsvDelimiterDetector {

  private CsvDelimiterDetector() {}

  static char detect(String headerLine) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (char c : headerLine.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }
}
