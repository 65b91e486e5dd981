package se.vendorscreening.reporting.internal;

import java.awt.Color;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.NumberFormatUtil;

/**
 * The content of one page of a per-party document, written as operator bytes straight into a
 * growing array: the same bytes, operator for operator, that PDFBox 3.0's {@code
 * PDPageContentStream} writes for the same calls (numbers by {@link NumberFormatUtil} to five
 * decimals, the colour space set once a stream, strings literal when their bytes allow and hex
 * otherwise), without its stream buffers (grown 4 kB at a time, written a byte at a time) and its
 * encoding of every text through the font's encoder.
 *
 * <p>A page's content is one or more <em>segments</em>, each what one {@code PDPageContentStream}
 * wrote before (a table on the page, the page number): {@link #startSegment()} forgets the colour
 * space and font set, as a new stream did, and {@link #endSegment()} ends it with the line end that
 * {@link PdfPageContents} put between the joined streams, so the page's bytes are those the streams
 * joined gave. A glyph's code is looked up once per font and character ({@link Glyphs}).
 */
final class PdfContentBytes implements PdfOperators {

  private static final byte[] DEVICE_RGB_STROKING = ascii("/DeviceRGB CS\n");
  private static final byte[] DEVICE_RGB_NON_STROKING = ascii("/DeviceRGB cs\n");
  private static final byte[] HEX = ascii("0123456789ABCDEF");
  private static final byte[] TRANSLATE_Y = ascii("1 0 0 1 0 ");

  private final PDPage page;
  private final Glyphs glyphs;
  private final Map<PDFont, byte[]> fontNames = new IdentityHashMap<>(4);
  private final byte[] number = new byte[32];
  private byte[] bytes;
  private int length;
  private byte[] encoded = new byte[256];
  private NumberFormat fallback;

  private boolean strokingSpace;
  private boolean nonStrokingSpace;
  private PDFont font;
  private boolean inSegment;

  /** The fonts set in the open segment, in the order first set. */
  private final java.util.List<PDFont> segmentFonts = new java.util.ArrayList<>(2);

  /**
   * @param page the page whose resources name the fonts drawn with
   * @param glyphs the glyph codes of the fonts, kept from one document to the next
   */
  PdfContentBytes(PDPage page, Glyphs glyphs) {
    this.page = page;
    this.glyphs = glyphs;
    byte[] spare = SPARE.get().poll();
    this.bytes = spare != null ? spare : new byte[16 * 1024];
  }

  /**
   * The arrays of pages whose content was handed on ({@link #release}), for the thread's next
   * pages: a page's array was the largest thing a certificate made for itself.
   */
  private static final ThreadLocal<ArrayDeque<byte[]>> SPARE =
      ThreadLocal.withInitial(ArrayDeque::new);

  /** Spare arrays a thread keeps, at most. */
  private static final int SPARES = 8;

  /**
   * Gives this page's array back for the thread's next pages: its bytes were handed on (deflated
   * into the page's stream) and this writer is not used again.
   */
  void release() {
    ArrayDeque<byte[]> spare = SPARE.get();
    if (bytes != null && spare.size() < SPARES && bytes.length <= 256 * 1024) {
      spare.push(bytes);
    }
    bytes = null;
    length = 0;
  }

  PDPage page() {
    return page;
  }

  /** The bytes written so far (the array is the writer's own: read up to {@link #length()}). */
  byte[] bytes() {
    return bytes;
  }

  int length() {
    return length;
  }

  /** Forgets the bytes written (they were handed on as a stream of the page). */
  void reset() {
    length = 0;
  }

  /** Starts what a new content stream on the page would write: no colour space, no font set. */
  void startSegment() {
    if (inSegment) {
      throw new IllegalStateException("A segment is open already");
    }
    inSegment = true;
    strokingSpace = false;
    nonStrokingSpace = false;
    font = null;
    segmentFonts.clear();
  }

  /**
   * The open segment as written from {@code from} on, to be written again as it is ({@link #copy})
   * where the same block is drawn on a page again.
   */
  PdfKeptBlocks.Drawn written(int from) throws IOException {
    PDFont[] fonts = segmentFonts.toArray(new PDFont[0]);
    byte[][] names = new byte[fonts.length][];
    for (int i = 0; i < fonts.length; i++) {
      names[i] = fontName(fonts[i]);
    }
    return new PdfKeptBlocks.Drawn(
        Arrays.copyOfRange(bytes, from, length),
        fonts,
        names,
        font,
        strokingSpace,
        nonStrokingSpace);
  }

  /**
   * Whether the fonts of a block written before ({@link #written}) have the same names on this page
   * as where it was written, adding them to the page's resources in the order drawing the block
   * would add them; a block whose fonts are named otherwise is to be drawn, not copied.
   */
  boolean namesAsWritten(PdfKeptBlocks.Drawn drawn) throws IOException {
    for (int i = 0; i < drawn.fonts().length; i++) {
      if (!Arrays.equals(fontName(drawn.fonts()[i]), drawn.fontNames()[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes a block written before ({@link #written}) into the open segment, which it must open
   * (with nothing but a translation before it), as drawing it would: its bytes, and the state it
   * ends in. The fonts' names are to be checked first ({@link #namesAsWritten}).
   */
  void copy(PdfKeptBlocks.Drawn drawn) {
    if (!inSegment || font != null || strokingSpace || nonStrokingSpace) {
      throw new IllegalStateException("A block is copied at the start of a segment");
    }
    write(drawn.bytes());
    font = drawn.endFont();
    strokingSpace = drawn.strokingSpace();
    nonStrokingSpace = drawn.nonStrokingSpace();
    segmentFonts.addAll(Arrays.asList(drawn.fonts()));
  }

  /**
   * Moves what follows up by {@code ty} points ({@code 1 0 0 1 0 ty cm}); the same with {@code -ty}
   * moves it back, leaving the rest of the graphics state as it was (unlike {@code q} and {@code
   * Q}, which would also restore the line width and colours the page's later parts draw with).
   */
  void translateY(float ty) {
    write(TRANSLATE_Y);
    operand(ty);
    operator('c', 'm');
  }

  /** Ends the segment as the joining of the page's streams did: with a line end. */
  void endSegment() {
    if (!inSegment) {
      throw new IllegalStateException("No segment is open");
    }
    inSegment = false;
    write('\n');
  }

  /**
   * The bytes as the streams they stand for would be before joining: without the last segment's
   * line end, which the joining adds again (see {@link PdfPageContents#merge}).
   */
  int lengthAsStreamPart() {
    return length > 0 && bytes[length - 1] == '\n' ? length - 1 : length;
  }

  @Override
  public void beginText() {
    write('B');
    write('T');
    write('\n');
  }

  @Override
  public void endText() {
    write('E');
    write('T');
    write('\n');
  }

  @Override
  public void setFont(PDFont value, float fontSize) throws IOException {
    font = value;
    if (!segmentFonts.contains(value)) {
      segmentFonts.add(value);
    }
    write(fontName(value));
    write(' ');
    operand(fontSize);
    operator('T', 'f');
  }

  @Override
  public void newLineAtOffset(float tx, float ty) {
    operand(tx);
    operand(ty);
    operator('T', 'd');
  }

  /** The text in the font set last, as PDFBox writes it: its codes as a string, then {@code Tj}. */
  @Override
  public void showText(String text) throws IOException {
    if (font == null) {
      throw new IllegalStateException("Must call setFont() before showText()");
    }
    int count = glyphs.encode(font, text, this);
    writeString(encoded, count);
    write(' ');
    operator('T', 'j');
  }

  void setCharacterSpacing(float spacing) {
    operand(spacing);
    operator('T', 'c');
  }

  @Override
  public void setNonStrokingColor(Color color) {
    if (!nonStrokingSpace) {
      write(DEVICE_RGB_NON_STROKING);
      nonStrokingSpace = true;
    }
    write(glyphs.components(color));
    operator('s', 'c');
  }

  @Override
  public void setStrokingColor(Color color) {
    if (!strokingSpace) {
      write(DEVICE_RGB_STROKING);
      strokingSpace = true;
    }
    write(glyphs.components(color));
    operator('S', 'C');
  }

  @Override
  public void setLineWidth(float width) {
    operand(width);
    write('w');
    write('\n');
  }

  @Override
  public void moveTo(float x, float y) {
    operand(x);
    operand(y);
    write('m');
    write('\n');
  }

  @Override
  public void lineTo(float x, float y) {
    operand(x);
    operand(y);
    write('l');
    write('\n');
  }

  @Override
  public void stroke() {
    write('S');
    write('\n');
  }

  @Override
  public void setLineDashPattern(float[] pattern, float phase) {
    write('[');
    for (float value : pattern) {
      operand(value);
    }
    write(']');
    write(' ');
    operand(phase);
    write('d');
    write('\n');
  }

  void addRect(float x, float y, float width, float height) {
    operand(x);
    operand(y);
    operand(width);
    operand(height);
    operator('r', 'e');
  }

  void fill() {
    write('f');
    write('\n');
  }

  void closePath() {
    write('h');
    write('\n');
  }

  /** The name of the font in the page's resources, added on first use as PDFBox adds it. */
  private byte[] fontName(PDFont value) throws IOException {
    byte[] name = fontNames.get(value);
    if (name == null) {
      PDResources resources = page.getResources();
      if (resources == null) {
        resources = new PDResources();
        page.setResources(resources);
      }
      COSName key = resources.add(value);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(8);
      key.writePDF(out);
      name = out.toByteArray();
      fontNames.put(value, name);
    }
    return name;
  }

  /** Room for {@code count} more bytes of encoded text. */
  byte[] encodedBuffer(int count) {
    if (encoded.length < count) {
      encoded = Arrays.copyOf(encoded, Math.max(count, encoded.length * 2));
    }
    return encoded;
  }

  /**
   * As PDFBox's {@code COSWriter.writeString}: literal when every byte is ASCII and no line end.
   */
  private void writeString(byte[] string, int count) {
    boolean literal = true;
    for (int i = 0; i < count; i++) {
      byte b = string[i];
      if (b < 0 || b == 0x0d || b == 0x0a) {
        literal = false;
        break;
      }
    }
    if (literal) {
      // room for every byte escaped made once, then the bytes stored without a call each
      ensure(2 * count + 2);
      byte[] out = bytes;
      int at = length;
      out[at++] = '(';
      for (int i = 0; i < count; i++) {
        byte b = string[i];
        if (b == '(' || b == ')' || b == '\\') {
          out[at++] = '\\';
        }
        out[at++] = b;
      }
      out[at++] = ')';
      length = at;
    } else {
      ensure(2 * count + 2);
      bytes[length++] = '<';
      for (int i = 0; i < count; i++) {
        int b = string[i] & 0xff;
        bytes[length++] = HEX[b >>> 4];
        bytes[length++] = HEX[b & 0x0f];
      }
      bytes[length++] = '>';
    }
  }

  private void operand(float value) {
    if (!Float.isFinite(value)) {
      throw new IllegalArgumentException(value + " is not a finite number");
    }
    int count = NumberFormatUtil.formatFloatFast(value, 5, number);
    if (count == -1) {
      write(ascii(fallback().format(value)));
    } else {
      write(number, 0, count);
    }
    write(' ');
  }

  /** PDFBox's own format where its fast one gives up: five decimals at most, no grouping. */
  private NumberFormat fallback() {
    if (fallback == null) {
      fallback = NumberFormat.getNumberInstance(Locale.US);
      fallback.setMaximumFractionDigits(5);
      fallback.setGroupingUsed(false);
    }
    return fallback;
  }

  private void operator(char first, char second) {
    ensure(3);
    bytes[length++] = (byte) first;
    bytes[length++] = (byte) second;
    bytes[length++] = '\n';
  }

  private void write(int b) {
    ensure(1);
    bytes[length++] = (byte) b;
  }

  private void write(byte[] data) {
    write(data, 0, data.length);
  }

  private void write(byte[] data, int offset, int count) {
    ensure(count);
    System.arraycopy(data, offset, bytes, length, count);
    length += count;
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  /**
   * The codes of the glyphs of the fonts drawn with, looked up once per font and character through
   * the font's own encoder (for the Type 0 fonts of these documents, two bytes a character: the
   * glyph id), and the colours' operands as PDFBox writes them. One writer's fonts are the same
   * objects from one document to the next, so the codes carry over; not thread-safe.
   */
  static final class Glyphs {
    private final Map<PDFont, char[]> codes = new IdentityHashMap<>(4);
    private final Map<Color, byte[]> colours = new HashMap<>();

    /** The code point's two-byte code plus one, 0 where not looked up yet. */
    private char[] codesOf(PDFont font) {
      return codes.computeIfAbsent(font, ignored -> new char[Character.MAX_VALUE + 1]);
    }

    /** Encodes the text into the writer's buffer; returns the number of bytes. */
    int encode(PDFont font, String text, PdfContentBytes into) throws IOException {
      char[] known = codesOf(font);
      byte[] out = into.encodedBuffer(4 * text.length());
      int count = 0;
      for (int i = 0; i < text.length(); ) {
        int codePoint = text.codePointAt(i);
        i += Character.charCount(codePoint);
        char code = codePoint <= Character.MAX_VALUE ? known[codePoint] : 0;
        if (code == 0) {
          byte[] encodedPoint = font.encode(new String(Character.toChars(codePoint)));
          if (encodedPoint.length == 2
              && codePoint <= Character.MAX_VALUE
              && ((encodedPoint[0] & 0xff) << 8 | (encodedPoint[1] & 0xff)) < 0xFFFF) {
            code = (char) (((encodedPoint[0] & 0xff) << 8 | (encodedPoint[1] & 0xff)) + 1);
            known[codePoint] = code;
          } else {
            out = into.encodedBuffer(count + encodedPoint.length + 4 * (text.length() - i));
            System.arraycopy(encodedPoint, 0, out, count, encodedPoint.length);
            count += encodedPoint.length;
            continue;
          }
        }
        int glyph = code - 1;
        out[count++] = (byte) (glyph >>> 8);
        out[count++] = (byte) glyph;
      }
      return count;
    }

    /** "r g b " as PDFBox writes an AWT colour's components. */
    byte[] components(Color color) {
      byte[] operands = colours.get(color);
      if (operands == null) {
        byte[] number = new byte[32];
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(24);
        for (float value :
            new float[] {color.getRed() / 255f, color.getGreen() / 255f, color.getBlue() / 255f}) {
          int count = NumberFormatUtil.formatFloatFast(value, 5, number);
          if (count == -1) {
            NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
            format.setMaximumFractionDigits(5);
            format.setGroupingUsed(false);
            out.writeBytes(ascii(format.format(value)));
          } else {
            out.write(number, 0, count);
          }
          out.write(' ');
        }
        operands = out.toByteArray();
        colours.put(color, operands);
      }
      return operands;
    }
  }
}
