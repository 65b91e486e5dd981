package se.vendorscreening.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans and DejaVu Sans Bold, parsed once for all the documents one writer makes. A run of
 * many parties writes a certificate and a hearing letter per party; per document, parsing the two
 * font files was over half of its time, and PDFBox's embedding of a font works through every glyph
 * of it (a width table built and read back) before the subset the document uses is cut out.
 *
 * <p>So the per-party documents draw with a <em>working</em> cut of each font: the glyphs of Latin
 * script (Basic Latin, Latin-1, Latin Extended-A) and the punctuation, arrows and signs the texts
 * use, some 400 of DejaVu's 5,900. Its PDFBox fonts are made once per instance and drawn with in
 * every document; a finished document then embeds, in their place, a copy of a subset made once per
 * JVM for the characters it holds ({@link #embed}, {@link PdfFontSubsets}), with the same glyph ids
 * and metrics, so it is laid out, extracted and copied exactly as with PDFBox's own subsetting at
 * every save, which was a fifth of a document's time. A text with a letter outside the cut (Greek,
 * Cyrillic, …) that the whole font has is said by {@link #coversAll}: the writer then draws that
 * document again with {@link #whole()}, which PDFBox subsets as before.
 *
 * <p>Not thread-safe: FontBox reads glyphs from the parsed file as a subset is written. One writer
 * uses one instance, from one thread at a time.
 */
final class PdfFonts {

  private static final String REGULAR = "DejaVuSans.ttf";
  private static final String BOLD = "DejaVuSans-Bold.ttf";

  /** The code points of the working cut, as ranges (first, last). */
  private static final int[][] WORKING_RANGES = {
    {0x0020, 0x007E}, // Basic Latin
    {0x00A0, 0x017F}, // Latin-1 Supplement, Latin Extended-A
    {0x0218, 0x021B}, // Romanian s and t with comma below
    {0x2010, 0x2027}, // dashes, quotation marks, bullet, ellipsis
    {0x2030, 0x203A}, // per mille, primes, angle quotation marks
    {0x20AC, 0x20AC}, // euro sign
    {0x2116, 0x2116}, // numero sign
    {0x2122, 0x2122}, // trade mark sign
    {0x2190, 0x2195}, // arrows (the chains of the relationship graph)
    {0x2212, 0x2212}, // minus sign
    {0x2248, 0x2248}, // almost equal to
    {0x2260, 0x2265}, // not equal to, less and greater than or equal to
  };

  /** The font files' bytes, read from the class path once (the jar's entries verified anew). */
  private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

  /** The working cuts' bytes, made once from the font files. */
  private static final Map<String, byte[]> WORKING_FILES = new ConcurrentHashMap<>();

  /** The code points the whole regular font has a glyph for. */
  private static volatile BitSet wholeCoverage;

  private final TrueTypeFont regular;
  private final TrueTypeFont bold;
  private final boolean working;

  /**
   * The working cuts as PDFBox fonts, made once and drawn with in every document; each document
   * embeds a copy of a subset of them instead ({@link #embed}). Their own font objects, the whole
   * working cut, live in a document of their own that is never written.
   */
  private final PDDocument holder;

  private final PDType0Font regularWorking;
  private final PDType0Font boldWorking;

  private PdfFonts(TrueTypeFont regular, TrueTypeFont bold, boolean working) throws IOException {
    this.regular = regular;
    this.bold = bold;
    this.working = working;
    if (working) {
      holder = new PDDocument(IOUtils.createMemoryOnlyStreamCache());
      // not subset by PDFBox when a document is saved: embed() puts a cached subset in its place
      regularWorking = PDType0Font.load(holder, regular, false);
      boldWorking = PDType0Font.load(holder, bold, false);
    } else {
      holder = null;
      regularWorking = null;
      boldWorking = null;
    }
  }

  /** The whole fonts, for a document of its own (report.pdf) or one the working cut cannot draw. */
  static PdfFonts whole() throws IOException {
    return new PdfFonts(parse(fontFile(REGULAR)), parse(fontFile(BOLD)), false);
  }

  /** The working cuts, for the many small documents of a run. */
  static PdfFonts working() throws IOException {
    return new PdfFonts(parse(workingFile(REGULAR)), parse(workingFile(BOLD)), true);
  }

  /** Whether these are the working cuts, drawn with in the many small documents of a run. */
  boolean forManyDocuments() {
    return working;
  }

  /** The glyph codes of this instance's fonts, for the documents written as bytes. */
  private final PdfContentBytes.Glyphs glyphs = new PdfContentBytes.Glyphs();

  PdfContentBytes.Glyphs glyphs() {
    return glyphs;
  }

  /** The blocks kept from one document to the next (the working cuts only). */
  private final PdfKeptBlocks kept = new PdfKeptBlocks();

  /**
   * The blocks kept from one document to the next: for the working cuts, whose font objects every
   * document of these fonts draws with; null for the whole fonts, loaded into each document.
   */
  PdfKeptBlocks kept() {
    return working ? kept : null;
  }

  /** What is known of the working cut's code points, from one document to the next. */
  private final PdfText.Known known = new PdfText.Known();

  /**
   * What is known of the regular font's code points: kept for the working cut, which every document
   * of these fonts draws with; anew for the whole fonts, loaded into each document.
   */
  PdfText.Known known() {
    return working ? known : new PdfText.Known();
  }

  /** Measures and breaks the lines of this instance's documents, one after the other. */
  private final PdfLineBreaks lineBreaks = new PdfLineBreaks();

  /**
   * The line breaker for a document drawn with these fonts (as embedded into it): the glyph widths
   * and the lines of recurring texts (labels, clauses) carry over from the documents before it.
   */
  PdfLineBreaks lineBreaks(PDFont regularOfDocument, PDFont boldOfDocument) {
    lineBreaks.bind(REGULAR, regularOfDocument);
    lineBreaks.bind(BOLD, boldOfDocument);
    return lineBreaks;
  }

  /**
   * The regular font for drawing into the document: the whole font embedded as a subset by PDFBox,
   * or the working cut, embedded by {@link #embed}.
   */
  PDFont regular(PDDocument document) throws IOException {
    return working ? regularWorking : PDType0Font.load(document, regular, true);
  }

  /** The bold font for drawing into the document, as {@link #regular}. */
  PDFont bold(PDDocument document) throws IOException {
    return working ? boldWorking : PDType0Font.load(document, bold, true);
  }

  /**
   * Embeds the working cuts into a finished document: every page's font resource that names one of
   * them is given a copy of its subset to {@code characters} (and {@link PdfFontSubsets#BASE}).
   * Nothing to do for the whole fonts, which PDFBox subsets itself when the document is saved.
   *
   * @param characters every character of the texts drawn into the document
   * @param prewritten for a document written by {@link PdfDocumentBytes}: the subsets as objects
   *     serialised once ({@link PdfPrewritten}) rather than copied into the document's objects
   */
  void embed(PDDocument document, BitSet characters, boolean prewritten) throws IOException {
    if (!working) {
      return;
    }
    COSBase regularCopy = null;
    COSBase boldCopy = null;
    for (PDPage page : document.getPages()) {
      COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
      COSDictionary fonts = resources == null ? null : resources.getCOSDictionary(COSName.FONT);
      if (fonts == null) {
        continue;
      }
      for (COSName name : List.copyOf(fonts.keySet())) {
        COSBase font = fonts.getDictionaryObject(name);
        if (font == regularWorking.getCOSObject()) {
          if (regularCopy == null) {
            regularCopy = subset(REGULAR, characters, document, prewritten);
          }
          fonts.setItem(name, regularCopy);
        } else if (font == boldWorking.getCOSObject()) {
          if (boldCopy == null) {
            boldCopy = subset(BOLD, characters, document, prewritten);
          }
          fonts.setItem(name, boldCopy);
        }
      }
    }
  }

  private static COSBase subset(
      String file, BitSet characters, PDDocument document, boolean prewritten) throws IOException {
    return prewritten
        ? PdfFontSubsets.prewritten(file, workingFile(file), characters, PdfFonts::parse)
        : PdfFontSubsets.embed(file, workingFile(file), characters, document, PdfFonts::parse);
  }

  /**
   * Whether these fonts draw the code point as the whole font would: false for a letter only the
   * whole font has (the text would show {@code ?} instead), true for one neither has.
   */
  boolean coversAll(int codePoint) throws IOException {
    return !working
        || regular.getUnicodeCmapLookup().getGlyphId(codePoint) != 0
        || !wholeCoverage().get(codePoint);
  }

  private static TrueTypeFont parse(byte[] bytes) throws IOException {
    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    // Without glyph substitution: PDFBox would otherwise run DejaVu's GSUB rules (for the fi and
    // ffi ligatures only, in our texts) on every string drawn, which cost a third of the time of
    // a large report. The text a reader extracts, searches or copies is the same either way.
    font.setEnableGsub(false);
    return font;
  }

  /** The working cut of a font file: its glyphs for {@link #WORKING_RANGES}, all its tables. */
  private static byte[] workingFile(String file) throws IOException {
    byte[] bytes = WORKING_FILES.get(file);
    if (bytes == null) {
      TrueTypeFont whole = parse(fontFile(file));
      TTFSubsetter subsetter = new TTFSubsetter(whole);
      TreeSet<Integer> codePoints = new TreeSet<>();
      for (int[] range : WORKING_RANGES) {
        for (int codePoint = range[0]; codePoint <= range[1]; codePoint++) {
          codePoints.add(codePoint);
        }
      }
      subsetter.addAll(codePoints);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      subsetter.writeToStream(out);
      bytes = out.toByteArray();
      WORKING_FILES.put(file, bytes);
    }
    return bytes;
  }

  private static BitSet wholeCoverage() throws IOException {
    BitSet coverage = wholeCoverage;
    if (coverage == null) {
      CmapLookup cmap = parse(fontFile(REGULAR)).getUnicodeCmapLookup();
      coverage = new BitSet(0x10000);
      for (int codePoint = 0; codePoint < 0x10000; codePoint++) {
        if (cmap.getGlyphId(codePoint) != 0) {
          coverage.set(codePoint);
        }
      }
      wholeCoverage = coverage;
    }
    return coverage;
  }

  private static byte[] fontFile(String file) throws IOException {
    byte[] bytes = FONT_FILES.get(file);
    if (bytes == null) {
      try (InputStream in =
          PdfFonts.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
        if (in == null) {
          throw new IOException("Font not on the class path: " + file);
        }
        bytes = in.readAllBytes();
      }
      FONT_FILES.put(file, bytes);
    }
    return bytes;
  }
}
