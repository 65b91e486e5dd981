package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes any text drawable with the embedded font: control characters become spaces, characters the
 * font has no glyph for become {@code ?}, and personal numbers are masked. Vendor names come from
 * input files and may hold anything.
 */
final class PdfText {

  private final PDFont font;
  private final Map<Integer, Boolean> drawable = new HashMap<>();

  PdfText(PDFont font) {
    this.font = font;
  }

  /** The text, ready to draw; line breaks kept when {@code keepLineBreaks}. */
  String clean(String text, boolean keepLineBreaks) {
    if (text == null) {
      return "";
    }
    String masked = PersonalNumbers.mask(text);
    StringBuilder clean = new StringBuilder(masked.length());
    masked
        .codePoints()
        .forEach(
            codePoint -> {
              if (codePoint == '\n' && keepLineBreaks) {
                clean.append('\n');
              } else if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
                clean.append(' ');
              } else if (isDrawable(codePoint)) {
                clean.appendCodePoint(codePoint);
              } else {
                clean.append('?');
              }
            });
    return clean.toString();
  }

  private boolean isDrawable(int codePoint) {
    return drawable.computeIfAbsent(
        codePoint,
        cp -> {
          try {
            font.encode(new String(Character.toChars(cp)));
            return true;
          } catch (IllegalArgumentException | IOException e) {
            return false;
          }
        });
  }
}
