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
  private final Known known;

  private BitSet characters = new BitSet();
  private boolean missedGlyph;

  PdfText(PDFont font) {
    this(font, codePoint -> true, new Known());
  }

  /**
   * @param coveredAsWhole whether the font draws a code point it has no glyph for as the whole font
   *     would (see {@link PdfFonts#coversAll}); when not, {@link #missedGlyph()} says so
   * @param known what is known of the font's code points: kept from one document to the next when
   *     the documents draw with the same font (the working cut)
   */
  PdfText(PDFont font, CoverageCheck coveredAsWhole, Known known) {
    this.font = font;
    this.coveredAsWhole = coveredAsWhole;
    this.known = known;
  }

  /**
   * The code points of a font looked up so far: whether it draws them and, of those it does not,
   * which the whole font has (a document holding one is drawn again with the whole fonts). The
   * Basic Multilingual Plane in bit sets, without boxing. Not thread-safe, as the fonts.
   */
  static final class Known {
    private final BitSet knownBasic = new BitSet();
    private final BitSet drawableBasic = new BitSet();
    private final BitSet missedBasic = new BitSet();
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private final Map<Integer, Boolean> missed = new HashMap<>();

    /**
     * Texts that the regular expression of {@link PersonalNumbers} was run on, masked: the run id
     * every page shows at its foot, dates and numbers that come again in many documents.
     */
    private final Map<String, String> masked =
        new java.util.LinkedHashMap<>(MASKED * 2, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MASKED;
          }
        };

    /** The texts masked by the regular expression kept, the most recently used. */
    private static final int MASKED = 256;

    String mask(String text) {
      if (!PersonalNumbers.mayHoldOne(text)) {
        return text;
      }
      String done = masked.get(text);
      if (done == null) {
        done = PersonalNumbers.maskMatched(text);
        masked.put(text, done);
      }
      return done;
    }
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

  /**
   * Collects the characters of the texts made ready from now on into {@code into}; returns the set
   * they were collected into so far.
   */
  BitSet collectInto(BitSet into) {
    BitSet before = characters;
    characters = into;
    return before;
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
    String masked = known.mask(text);
    // most texts are drawn as they are: no copy made of them
    int length = masked.length();
    for (int i = 0; i < length; i++) {
      char c = masked.charAt(i);
      if (Character.isSurrogate(c) || drawn(c, keepLineBreaks) != c) {
        return clean(masked, i, keepLineBreaks);
      }
      characters.set(c);
    }
    return masked;
  }

  /** The text from {@code from} on made ready to draw, the characters before it as they are. */
  private String clean(String masked, int from, boolean keepLineBreaks) {
    StringBuilder clean = new StringBuilder(masked.length());
    clean.append(masked, 0, from);
    for (int i = from; i < masked.length(); ) {
      int codePoint = masked.codePointAt(i);
      i += Character.charCount(codePoint);
      int drawn = drawn(codePoint, keepLineBreaks);
      clean.appendCodePoint(drawn);
      characters.set(drawn);
    }
    return clean.toString();
  }

  /** The code point drawn for this one. */
  private int drawn(int codePoint, boolean keepLineBreaks) {
    if (codePoint == '\n' && keepLineBreaks) {
      return '\n';
    } else if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
      return ' ';
    } else if (isDrawable(codePoint)) {
      return codePoint;
    }
    return '?';
  }

  private boolean isDrawable(int codePoint) {
    if (codePoint <= Character.MAX_VALUE) {
      if (!known.knownBasic.get(codePoint)) {
        known.knownBasic.set(codePoint);
        boolean drawable = drawable(codePoint);
        known.drawableBasic.set(codePoint, drawable);
        known.missedBasic.set(codePoint, !drawable && missed(codePoint));
      }
      if (known.drawableBasic.get(codePoint)) {
        return true;
      }
      missedGlyph |= known.missedBasic.get(codePoint);
      return false;
    }
    Boolean drawable = known.drawable.get(codePoint);
    if (drawable == null) {
      drawable = drawable(codePoint);
      known.drawable.put(codePoint, drawable);
      known.missed.put(codePoint, !drawable && missed(codePoint));
    }
    missedGlyph |= known.missed.get(codePoint);
    return drawable;
  }

  private boolean drawable(int codePoint) {
    try {
      font.encode(new String(Character.toChars(codePoint)));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  /** Whether the whole font has a glyph for a code point this font lacks. */
  private boolean missed(int codePoint) {
    try {
      return !coveredAsWhole.covers(codePoint);
    } catch (IOException unreadable) {
      return true;
    }
  }
}
