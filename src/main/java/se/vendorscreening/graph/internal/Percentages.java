package se.vendorscreening.graph.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fractions shown as percentages with at most two decimals, e.g. {@code 54 %}. */
final class Percentages {

  private Percentages() {}

  static String format(double fraction) {
    return number(fraction) + " %";
  }

  static String number(double fraction) {
    return BigDecimal.valueOf(fraction * 100)
        .setScale(2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
