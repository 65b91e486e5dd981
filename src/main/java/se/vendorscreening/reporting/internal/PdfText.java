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
  private final CoverageCheck coveredAsWhole;
  private final Map<Integer, Boolean> drawable = new HashMap<>();
  private boolean missedGlyph;

  PdfText(PDFont font) {
    this(font, codePoint -> true);
  }

  /**
   * @param coveredAsWhole whether the font draws a code point it has no glyph for as the whole font
   *     would (see {@link PdfFonts#coversAll}); when not, {@link #missedGlyph()} says so
   */
  PdfText(PDFont font, CoverageCheck coveredAsWhole) {
    this.font = font;
    this.coveredAsWhole = coveredAsWhole;
  }

  /** Whether a text had a letter the whole font has but this cut of it has not. */
  boolean missedGlyph() {
    return missedGlyph;
  }

  /** Whether a code point is drawn as the whole font would draw it. */
  @FunctionalInterface
  interface CoverageCheck {
    boolean covers(int codePoint) throws IOException;
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
            try {
              missedGlyph |= !coveredAsWhole.covers(cp);
            } catch (IOException unreadable) {
              missedGlyph = true;
            }
            return false;
          }
        });
  }
}
