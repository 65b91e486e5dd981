package se.vendorscreening.reporting.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.vandeseer.easytable.drawing.DrawingContext;
import org.vandeseer.easytable.drawing.PositionedStyledText;
import org.vandeseer.easytable.drawing.cell.TextCellDrawer;
import org.vandeseer.easytable.settings.HorizontalAlignment;
import org.vandeseer.easytable.structure.cell.AbstractTextCell;
import org.vandeseer.easytable.util.PdfUtil;

/**
 * Breaks cell text into lines as easytable 1.0.2 does ({@link PdfUtil#getOptimalTextBreakLines}),
 * with the glyph widths looked up once per font and character and the lines of a text kept for the
 * next time it is drawn (easytable measures every word anew through PDFBox's encoder, which made
 * line breaking the larger part of the PDF's time), and with two differences that keep copied text
 * exact: a line breaks only at a space (easytable also breaks after a dot, comma, hyphen or
 * backslash, splitting "57.7" or "conv-ictions.csv"), and a word wider than the cell is cut where
 * the line is full without adding a hyphen (after a dot or underscore where it has one, so that a
 * long code breaks between its parts), so a hash, file name, amount or legal reference never gains
 * a character it does not have. Amounts and legal references hold no-break spaces inside.
 */
final class PdfLineBreaks {

  private static final Pattern NEW_LINE = Pattern.compile("\\r?\\n");

  /** Where easytable's breaking splits a line into words ({@link #wordsOf} splits it so). */
  static final Pattern AFTER_SEPARATOR = Pattern.compile("(?<= )");

  private static final double EPSILON = 1.0E-4d;
  private static final int CACHED_TEXTS = 4096;

  private final Map<PDFont, FontWidths> widths = new IdentityHashMap<>();

  /** The widths of the fonts bound by {@link #bind}, kept from one document to the next. */
  private final Map<Object, FontWidths> bound = new HashMap<>();

  /** Lines of recent texts; clause texts and labels come again and again. */
  private final Map<Key, List<String>> recent =
      new LinkedHashMap<>(CACHED_TEXTS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<String>> eldest) {
          return size() > CACHED_TEXTS;
        }
      };

  private record Key(String text, FontWidths font, int fontSize, float maxWidth) {}

  /**
   * Starts a document whose {@code font} draws as the font of the earlier documents bound under
   * {@code slot} (the same parsed font file): their glyph widths and broken lines are used again,
   * and widths not measured yet are measured with this document's font. For the many documents one
   * writer makes with the same fonts, one after the other on one thread.
   */
  void bind(Object slot, PDFont font) {
    FontWidths fontWidths = bound.computeIfAbsent(slot, ignored -> new FontWidths(font));
    fontWidths.font = font;
    fontWidths.capHeight = Float.NaN; // read again from this document's font, once
    widths.values().remove(fontWidths);
    widths.put(font, fontWidths);
  }

  /** A drawer for one text cell that breaks its lines here. */
  TextCellDrawer<AbstractTextCell> drawer() {
    return new Drawer();
  }

  /**
   * easytable's drawing of a text cell, line for line, except that a line is measured only where
   * the alignment needs its width (easytable measures every line, and through PDFBox).
   */
  private final class Drawer extends TextCellDrawer<AbstractTextCell> {

    @Override
    protected List<String> calculateAndGetLines(PDFont font, int fontSize, float maxWidth) {
      return cell.isWordBreak()
          ? lines(cell.getText(), font, fontSize, maxWidth)
          : Collections.singletonList(cell.getText());
    }

    @Override
    public void drawContent(DrawingContext context) {
      float startX = context.getStartingPoint().x;
      PDFont font = cell.getFont();
      int fontSize = cell.getFontSize();
      Color color = cell.getTextColor();
      float y = context.getStartingPoint().y + getAdaptionForVerticalAlignment();
      float x = startX + cell.getPaddingLeft();
      List<String> lines = calculateAndGetLines(font, fontSize, cell.getMaxWidth());
      try {
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          y -= lineOffset(font, fontSize, i);
          if (cell.isHorizontallyAligned(HorizontalAlignment.RIGHT)) {
            x = startX + (cell.getWidth() - (width(line, font, fontSize) + cell.getPaddingRight()));
          } else if (cell.isHorizontallyAligned(HorizontalAlignment.CENTER)) {
            x = startX + (cell.getWidth() - width(line, font, fontSize)) / 2;
          } else if (cell.isHorizontallyAligned(HorizontalAlignment.JUSTIFY)
              && i != lines.size() - 1) {
            context.getContentStream().setCharacterSpacing(calculateCharSpacingFor(line));
          }
          drawText(
              context,
              PositionedStyledText.builder()
                  .x(x)
                  .y(y)
                  .text(line)
                  .font(font)
                  .fontSize(fontSize)
                  .color(color)
                  .build());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void drawBorders(DrawingContext context) {
      try {
        PdfCellBorders.draw(context.getContentStream(), cell, context.getStartingPoint());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private float lineOffset(PDFont font, int fontSize, int lineIndex) {
      return PdfUtil.getFontHeight(font, fontSize)
          + (lineIndex > 0 ? PdfUtil.getFontHeight(font, fontSize) * cell.getLineSpacing() : 0);
    }
  }

  /** The lines of {@code text} no wider than {@code maxWidth}, as easytable would break them. */
  List<String> lines(String text, PDFont font, int fontSize, float maxWidth) {
    Key key = new Key(text, widthsOf(font), fontSize, maxWidth);
    List<String> lines = recent.get(key);
    if (lines == null) {
      lines = Collections.unmodifiableList(breakLines(text, font, fontSize, maxWidth));
      recent.put(key, lines);
    }
    return lines;
  }

  private List<String> breakLines(String text, PDFont font, int fontSize, float maxWidth) {
    List<String> result = new ArrayList<>();
    for (String line : linesOf(text)) {
      if (fits(line, font, fontSize, maxWidth)) {
        result.add(line);
      } else {
        result.addAll(wrapLine(line, font, fontSize, maxWidth));
      }
    }
    return result;
  }

  private List<String> wrapLine(String line, PDFont font, int fontSize, float maxWidth) {
    if (fits(line, font, fontSize, maxWidth)) {
      return Collections.singletonList(line);
    }
    List<String> lines = new ArrayList<>();
    // The first word on top, as easytable's stack after its reverse.
    Deque<String> words = wordsOf(line);
    while (!words.isEmpty()) {
      lines.add(buildLine(words, font, fontSize, maxWidth));
    }
    return lines;
  }

  private String buildLine(Deque<String> words, PDFont font, int fontSize, float maxWidth) {
    StringBuilder line = new StringBuilder();
    float width = 0;
    while (!words.isEmpty()) {
      float wordWidth = width(words.peek(), font, fontSize);
      if (line.length() == 0 && words.peek().length() == 1 && wordWidth > maxWidth) {
        return words.pop();
      }
      if (!fits(width + wordWidth, maxWidth)) {
        break;
      }
      line.append(words.pop());
      width += wordWidth;
    }
    if (width == 0 && !words.isEmpty()) {
      List<String> parts = splitBySize(words.pop(), font, fontSize, maxWidth);
      for (int i = parts.size() - 1; i >= 0; i--) {
        words.push(parts.get(i));
      }
      return buildLine(words, font, fontSize, maxWidth);
    }
    return line.toString().trim();
  }

  /**
   * The word cut without adding a character: after its last dot or underscore that leaves a part
   * fitting the line (an ESPD code such as {@code CRITERION.EXCLUSION.CONFLICT_OF_INTEREST…} is cut
   * between its parts, never inside one), else where the line is full; a first character wider than
   * the line goes on a line of its own.
   */
  private List<String> splitBySize(String word, PDFont font, int fontSize, float maxWidth) {
    List<String> parts = new ArrayList<>();
    for (int i = word.length() - 1; i > 1; i--) {
      char before = word.charAt(i - 1);
      if ((before == '.' || before == '_')
          && fits(word.substring(0, i), font, fontSize, maxWidth)) {
        parts.add(word.substring(0, i));
        parts.addAll(wrapLine(word.substring(i), font, fontSize, maxWidth));
        return parts;
      }
    }
    for (int i = word.length() - 1; i > 0; i--) {
      String fitted = word.substring(0, i);
      if (i == 1 || fits(fitted, font, fontSize, maxWidth)) {
        parts.add(fitted);
        parts.addAll(wrapLine(word.substring(i), font, fontSize, maxWidth));
        return parts;
      }
    }
    parts.add(word);
    return parts;
  }

  private boolean fits(String line, PDFont font, int fontSize, float maxWidth) {
    return fits(width(line, font, fontSize), maxWidth);
  }

  private static boolean fits(float width, float maxWidth) {
    if (Math.abs(maxWidth - width) < EPSILON) {
      return true;
    }
    return maxWidth > width;
  }

  /**
   * The text's lines as {@code NEW_LINE.split(text)} gives them; the text itself, without the
   * regular expression, when it has no line feed (nearly every text and every word measured).
   */
  private static String[] linesOf(String text) {
    return text.indexOf('\n') < 0 ? new String[] {text} : NEW_LINE.split(text);
  }

  /**
   * The words of a line as {@code AFTER_SEPARATOR.split(line)} gives them, the first on top: cut
   * after every space, each space kept at the end of the word before the cut, no empty word at the
   * end.
   */
  static Deque<String> wordsOf(String line) {
    Deque<String> words = new ArrayDeque<>();
    int start = 0;
    for (int i = line.indexOf(' '); i >= 0; i = line.indexOf(' ', i + 1)) {
      words.add(line.substring(start, i + 1));
      start = i + 1;
    }
    if (start < line.length() || words.isEmpty()) {
      words.add(line.substring(start));
    }
    return words;
  }

  /** The width of the longest line (by characters) of the text, in points. */
  float width(String text, PDFont font, int fontSize) {
    String[] lines = linesOf(text);
    if (lines.length == 0) {
      throw new IllegalArgumentException("No line to measure in the text");
    }
    String longest = lines[0];
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].length() > longest.length()) {
        longest = lines[i];
      }
    }
    FontWidths fontWidths = widthsOf(font);
    float width = 0f;
    for (int i = 0; i < longest.length(); ) {
      int codePoint = longest.codePointAt(i);
      width += fontWidths.of(codePoint) * fontSize / 1000F;
      i += Character.charCount(codePoint);
    }
    return width;
  }

  /**
   * easytable's height of a line ({@link PdfUtil#getFontHeight}: the cap height scaled to the
   * size), the same float, with the cap height read from the font's descriptor once rather than for
   * every cell.
   */
  float fontHeight(PDFont font, int fontSize) {
    FontWidths fontWidths = widthsOf(font);
    if (Float.isNaN(fontWidths.capHeight)) {
      fontWidths.capHeight = font.getFontDescriptor().getCapHeight();
    }
    return fontWidths.capHeight * fontSize / 1000F;
  }

  private FontWidths widthsOf(PDFont font) {
    return widths.computeIfAbsent(font, FontWidths::new);
  }

  /** One font's glyph widths in text space units, by character; undrawable ones as a dash. */
  private static final class FontWidths {
    private PDFont font;
    private final float[] basic = new float[Character.MAX_VALUE + 1];
    private final Map<Integer, Float> supplementary = new HashMap<>();
    private float capHeight = Float.NaN;

    FontWidths(PDFont font) {
      this.font = font;
      Arrays.fill(basic, Float.NaN);
    }

    float of(int codePoint) {
      if (codePoint <= Character.MAX_VALUE) {
        float width = basic[codePoint];
        if (Float.isNaN(width)) {
          width = measure(codePoint);
          basic[codePoint] = width;
        }
        return width;
      }
      return supplementary.computeIfAbsent(codePoint, this::measure);
    }

    private float measure(int codePoint) {
      try {
        try {
          return font.getStringWidth(new String(new int[] {codePoint}, 0, 1));
        } catch (IllegalArgumentException noGlyph) {
          return font.getStringWidth("–");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
