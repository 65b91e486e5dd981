package se.vendorscreening.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Amounts of Swedish kronor as people read them, shared by the findings' texts and the reports:
 * digits grouped as the language groups them ("184 000" in Swedish, "184,000" in English), at most
 * two decimals, and the grouping space a no-break space, so that a line never breaks inside an
 * amount. The currency ("kr", "SEK") is the message's to add.
 */
public final class Kronor {

  private Kronor() {}

  /** The amount's digits grouped for the language; empty for null. */
  public static String grouped(BigDecimal amount, Locale locale) {
    if (amount == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    return format.format(amount).replace(' ', '\u00a0').replace('\u202f', '\u00a0');
  }
}
