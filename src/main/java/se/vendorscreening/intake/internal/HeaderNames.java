package se.vendorscreening.intake.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Compares header names the way people write them: case, spaces, underscores, dashes, dots and
 * Unicode composition do not matter ({@code Org.nr}, {@code ORG_NR} and {@code org nr} are equal).
 */
final class HeaderNames {

  private HeaderNames() {}

  static String normalize(String header) {
    return Normalizer.normalize(header, Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
