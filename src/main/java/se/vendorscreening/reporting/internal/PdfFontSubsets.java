package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded font subsets of the per-party documents, made once per JVM and copied into each
 * document. PDFBox cuts a subset out of every font a document embeds when the document is saved
 * (the TrueType subsetter, a width table, a ToUnicode map, the subset parsed back): a fifth of a
 * certificate's time, the same work for nearly every document. Here a document's subset is PDFBox's
 * own, made once for a set of characters and kept as the bytes of its streams and its plain
 * objects; a document gets a copy of the objects of the subset for {@link #BASE} and the characters
 * it draws, so that almost every document of a run uses the same few subsets.
 *
 * <p>A subset depends only on the font and the set of characters, so a document's bytes do not
 * depend on which documents came before it or on which thread wrote it. The characters of a
 * document are drawn with the glyph ids of the font file (Identity-H), as with PDFBox's subsetting,
 * so the content streams are the same; a subset holding more glyphs than the document draws changes
 * neither what is shown nor the text a reader extracts. Thread-safe.
 */
final class PdfFontSubsets {

  /**
   * Characters every subset holds, whatever the document draws: the letters, digits, capitals and
   * signs that the texts of nearly every certificate and letter hold anyway, so that documents
   * share subsets; those that differ are mostly in names. Each character more than a document draws
   * costs it some 150 bytes a font.
   */
  static final BitSet BASE = base();

  /** Subsets kept, the least recently used dropped first. */
  private static final int KEPT = 512;

  private static final Map<Key, Subset> SUBSETS =
      Collections.synchronizedMap(
          new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Subset> eldest) {
              return size() > KEPT;
            }
          });

  private PdfFontSubsets() {}

  private record Key(String font, BitSet characters) {}

  /**
   * A subset as objects to copy into a document PDFBox writes, and as the bytes {@link
   * PdfDocumentBytes} copies into a document it writes.
   */
  private record Subset(Template template, PdfPrewritten prewritten) {}

  private static BitSet base() {
    BitSet base = new BitSet();
    base.set('0', '9' + 1);
    base.set('a', 'z' + 1);
    for (char c : "ABCDEFGHIKLMNOPRSTUVX (),-./:;?&_§–åäöÅÄÖ\u00A0*@".toCharArray()) {
      base.set(c);
    }
    return base;
  }

  /**
   * A copy, made for {@code document}, of the Type 0 font dictionary (with its descendant font,
   * descriptor and streams) that PDFBox embeds for the font subset to {@link #BASE} and {@code
   * characters}.
   *
   * @param name the font file's name, which tells the fonts apart
   * @param fontFile the font file the documents draw with
   */
  static COSDictionary embed(
      String name, byte[] fontFile, BitSet characters, PDDocument document, FontParser parser)
      throws IOException {
    return (COSDictionary)
        subset(name, fontFile, characters, parser).template().copyInto(document.getDocument());
  }

  /**
   * As {@link #embed}, the subset's objects serialised once, for a document written by {@link
   * PdfDocumentBytes}: nothing is copied into the document's object tree but this stand-in.
   */
  static PdfPrewritten prewritten(
      String name, byte[] fontFile, BitSet characters, FontParser parser) throws IOException {
    return subset(name, fontFile, characters, parser).prewritten();
  }

  private static Subset subset(String name, byte[] fontFile, BitSet characters, FontParser parser)
      throws IOException {
    Key key = new Key(name, rounded(characters));
    Subset subset = SUBSETS.get(key);
    if (subset == null) {
      subset = subset(parser.parse(fontFile), key.characters());
      SUBSETS.putIfAbsent(key, subset);
    }
    return subset;
  }

  /**
   * The characters a document's subset holds: {@link #BASE} and, for each character the document
   * draws beyond it, the whole group of characters it belongs to (the capitals, the other printable
   * ASCII characters, Latin-1's letters, Latin Extended-A, else its block of 64 code points). A
   * run's names hold letters and signs beyond the base set in many combinations (J, W, Z, é, ü, …):
   * a subset for each combination made many documents of a 10,000-vendor run cut a subset of their
   * own, a tenth of the writing threads' time; by groups, a run needs a handful.
   */
  static BitSet rounded(BitSet characters) {
    BitSet all = (BitSet) BASE.clone();
    for (int c = characters.nextSetBit(0); c >= 0; c = characters.nextSetBit(c + 1)) {
      if (!all.get(c)) {
        if (c >= 'A' && c <= 'Z') {
          all.set('A', 'Z' + 1);
        } else if (c >= ' ' && c <= '~') {
          all.set(' ', '~' + 1);
        } else if (c >= 0xC0 && c <= 0xFF) {
          all.set(0xC0, 0xFF + 1);
        } else if (c >= 0x100 && c <= 0x17F) {
          all.set(0x100, 0x17F + 1);
        } else {
          all.set(c & ~63, (c & ~63) + 64);
        }
      }
    }
    return all;
  }

  /** Parses a font file (as {@link PdfFonts} does). */
  @FunctionalInterface
  interface FontParser {
    TrueTypeFont parse(byte[] file) throws IOException;
  }

  /** PDFBox's subset of the font to these characters, as plain objects and stream bytes. */
  private static Subset subset(TrueTypeFont font, BitSet characters) throws IOException {
    try (PDDocument scratch = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
      PDType0Font embedded = PDType0Font.load(scratch, font, true);
      characters.stream().forEach(embedded::addToSubset);
      embedded.subset();
      return new Subset(
          Template.of(embedded.getCOSObject()), PdfDocumentBytes.prewrite(embedded.getCOSObject()));
    }
  }

  /** An immutable copy of a COS object tree, streams as their raw (encoded) bytes. */
  private abstract static class Template {

    abstract COSBase copyInto(COSDocument document) throws IOException;

    static Template of(COSBase object) throws IOException {
      COSBase value = object instanceof COSObject indirect ? indirect.getObject() : object;
      if (value instanceof COSStream stream) {
        byte[] raw;
        try (InputStream in = stream.createRawInputStream()) {
          raw = in.readAllBytes();
        }
        return new StreamTemplate(DictionaryTemplate.entries(stream), raw);
      }
      if (value instanceof COSDictionary dictionary) {
        return new DictionaryTemplate(
            DictionaryTemplate.entries(dictionary), dictionary.isDirect());
      }
      if (value instanceof COSArray array) {
        List<Template> items = new ArrayList<>();
        for (COSBase item : array) {
          items.add(of(item));
        }
        return new ArrayTemplate(items, array.isDirect());
      }
      if (value instanceof COSString string) {
        return new StringTemplate(string.getBytes());
      }
      // names, numbers, booleans and null: immutable, shared by PDFBox itself
      return new Leaf(value);
    }
  }

  private static final class DictionaryTemplate extends Template {
    private final Map<COSName, Template> entries;
    private final boolean direct;

    DictionaryTemplate(Map<COSName, Template> entries, boolean direct) {
      this.entries = entries;
      this.direct = direct;
    }

    static Map<COSName, Template> entries(COSDictionary dictionary) throws IOException {
      Map<COSName, Template> entries = new LinkedHashMap<>();
      for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
        if (!COSName.LENGTH.equals(entry.getKey()) || !(dictionary instanceof COSStream)) {
          entries.put(entry.getKey(), of(entry.getValue()));
        }
      }
      return entries;
    }

    static void fill(COSDictionary target, Map<COSName, Template> entries, COSDocument document)
        throws IOException {
      for (Map.Entry<COSName, Template> entry : entries.entrySet()) {
        target.setItem(entry.getKey(), entry.getValue().copyInto(document));
      }
    }

    @Override
    COSBase copyInto(COSDocument document) throws IOException {
      COSDictionary copy = new COSDictionary();
      fill(copy, entries, document);
      copy.setDirect(direct);
      return copy;
    }
  }

  private static final class StreamTemplate extends Template {
    private final Map<COSName, Template> entries;
    private final byte[] raw;

    StreamTemplate(Map<COSName, Template> entries, byte[] raw) {
      this.entries = entries;
      this.raw = raw;
    }

    @Override
    COSBase copyInto(COSDocument document) throws IOException {
      COSStream copy = document.createCOSStream();
      DictionaryTemplate.fill(copy, entries, document);
      try (OutputStream out = copy.createRawOutputStream()) {
        out.write(raw);
      }
      return copy;
    }
  }

  private static final class ArrayTemplate extends Template {
    private final List<Template> items;
    private final boolean direct;

    ArrayTemplate(List<Template> items, boolean direct) {
      this.items = items;
      this.direct = direct;
    }

    @Override
    COSBase copyInto(COSDocument document) throws IOException {
      COSArray copy = new COSArray();
      for (Template item : items) {
        copy.add(item.copyInto(document));
      }
      copy.setDirect(direct);
      return copy;
    }
  }

  private static final class StringTemplate extends Template {
    private final byte[] bytes;

    StringTemplate(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    COSBase copyInto(COSDocument document) {
      return new COSString(bytes);
    }
  }

  private static final class Leaf extends Template {
    private final COSBase value;

    Leaf(COSBase value) {
      this.value = value;
    }

    @Override
    COSBase copyInto(COSDocument document) {
      return value;
    }
  }
}
