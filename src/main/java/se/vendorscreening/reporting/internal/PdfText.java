package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.util.BitSet;
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

  /** The code points of the Basic Multilingual Plane looked up, and those drawable: no boxing. */
  private final BitSet knownBasic = new BitSet();

  private final BitSet drawableBasic = new BitSet();

  private final BitSet characters = new BitSet();
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

  /**
   * Every character of the texts made ready to draw so far: the characters a document drawn with
   * them holds, for its font subsets (see {@link PdfFonts#embed}).
   */
  BitSet characters() {
    return characters;
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
    for (int i = 0; i < masked.length(); ) {
      int codePoint = masked.codePointAt(i);
      i += Character.charCount(codePoint);
      int drawn;
      if (codePoint == '\n' && keepLineBreaks) {
        drawn = '\n';
      } else if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
        drawn = ' ';
      } else if (isDrawable(codePoint)) {
        drawn = codePoint;
      } else {
        drawn = '?';
      }
      clean.appendCodePoint(drawn);
      characters.set(drawn);
    }
    return clean.toString();
  }

  private boolean isDrawable(int codePoint) {
    if (codePoint <= Character.MAX_VALUE) {
      if (!knownBasic.get(codePoint)) {
        knownBasic.set(codePoint);
        drawableBasic.set(codePoint, lookUp(codePoint));
      }
      return drawableBasic.get(codePoint);
    }
    return lookUp(codePoint);
  }

  private boolean lookUp(int codePoint) {
    Boolean known = drawable.get(codePoint);
    if (known != null) {
      return known; // without a capturing lambda made for every character drawn
    }
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
