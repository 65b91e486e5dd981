package se.vendorscreening.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Joins the content streams of a finished page into one, compressed once. Every table drawn adds a
 * stream to its page, written uncompressed (see {@link PdfFlow}), and each open stream buffer keeps
 * a few kilobytes in memory until the document is saved; a report of thousands of pages would
 * otherwise hold tens of thousands of them. A page's streams are concatenated by every reader
 * anyway (ISO 32000 7.8.2), so joining them changes nothing drawn.
 *
 * <p>Compressing each table's stream as it was drawn, inflating them again to join them and
 * deflating the page once more (and once again for the page number) was a third of a certificate's
 * time; now a page's content is deflated once, with a deflater kept per thread (zlib's state is
 * some 256 kB to set up).
 */
final class PdfPageContents {

  private static final ThreadLocal<Deflater> DEFLATER =
      ThreadLocal.withInitial(() -> new Deflater(Deflater.DEFAULT_COMPRESSION));

  /**
   * zlib's level for the pages of the per-party documents: a certificate's page (some 14 kB of
   * operators) deflates in a third of the time of the default level, to some 15 % more bytes (3.3
   * kB instead of 2.9 kB, of a certificate of some 37 kB, most of it the font subsets).
   */
  static final int FAST_LEVEL = 2;

  private static final ThreadLocal<Deflater> FAST_DEFLATER =
      ThreadLocal.withInitial(() -> new Deflater(FAST_LEVEL));

  private static final ThreadLocal<byte[]> COPY_BUFFER =
      ThreadLocal.withInitial(() -> new byte[16 * 1024]);

  private PdfPageContents() {}

  static void merge(PDDocument document, PDPage page) throws IOException {
    merge(document, page, false);
  }

  /**
   * Joins the page's streams; {@code fast}: deflated at {@link #FAST_LEVEL}, for the many small
   * documents of a run.
   */
  static void merge(PDDocument document, PDPage page, boolean fast) throws IOException {
    COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
    List<COSStream> parts = new ArrayList<>();
    if (contents instanceof COSStream single) {
      if (single.getFilters() != null) {
        return; // joined and compressed already
      }
      parts.add(single);
    } else if (contents instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.getObject(i) instanceof COSStream part) {
          parts.add(part);
        }
      }
    }
    if (parts.isEmpty()) {
      return;
    }
    // a buffer of the thread's instead of one made for every part (InputStream.transferTo): the
    // joining was a tenth of what a certificate allocated
    ByteArrayOutputStream joined = new ByteArrayOutputStream(32 * 1024);
    byte[] buffer = COPY_BUFFER.get();
    for (COSStream part : parts) {
      try (InputStream in = part.createInputStream()) {
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          joined.write(buffer, 0, read);
        }
      }
      joined.write('\n');
    }
    COSStream merged = document.getDocument().createCOSStream();
    merged.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    try (OutputStream out = merged.createRawOutputStream()) {
      out.write(deflate(fast ? FAST_DEFLATER.get() : DEFLATER.get(), joined.toByteArray()));
    }
    page.getCOSObject().setItem(COSName.CONTENTS, merged);
    for (COSStream part : parts) {
      part.close();
    }
  }

  /**
   * Sets a per-party document's page content written as bytes ({@link PdfContentBytes}): one
   * stream, deflated at {@link #FAST_LEVEL}; or, when streams were drawn onto the page beside the
   * bytes (a box painted through PDFBox), the bytes as one more stream and all of them joined as
   * {@link #merge(PDDocument, PDPage, boolean)} joins them.
   */
  static void setFast(PDDocument document, PdfContentBytes content) throws IOException {
    PDPage page = content.page();
    if (page.hasContents()) {
      appendPart(document, content);
      merge(document, page, true);
      return;
    }
    COSStream stream = document.getDocument().createCOSStream();
    stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    try (OutputStream out = stream.createRawOutputStream()) {
      // deflated into a buffer of the thread's, in the same steps as deflate(...) takes, and
      // written from it: no arrays made for every page
      Deflater deflater = FAST_DEFLATER.get();
      deflater.reset();
      deflater.setInput(content.bytes(), 0, content.length());
      deflater.finish();
      byte[] deflated = DEFLATED.get();
      int length = 0;
      while (!deflater.finished()) {
        if (length + DEFLATE_STEP > deflated.length) {
          deflated = java.util.Arrays.copyOf(deflated, deflated.length * 2);
          DEFLATED.set(deflated);
        }
        length += deflater.deflate(deflated, length, DEFLATE_STEP);
      }
      out.write(deflated, 0, length);
    }
    page.getCOSObject().setItem(COSName.CONTENTS, stream);
  }

  /** How many bytes a call of the deflater may write at most (as {@link #deflate} calls it). */
  private static final int DEFLATE_STEP = 8192;

  /** A thread's buffer for a page deflated, grown as needed. */
  private static final ThreadLocal<byte[]> DEFLATED =
      ThreadLocal.withInitial(() -> new byte[4 * DEFLATE_STEP]);

  /**
   * Appends the bytes written so far to the page's streams, uncompressed, as PDFBox appends a new
   * content stream, and empties the writer: before PDFBox's content stream draws on the page.
   */
  static void appendPart(PDDocument document, PdfContentBytes content) throws IOException {
    int length = content.lengthAsStreamPart();
    if (length == 0) {
      content.reset();
      return;
    }
    PDPage page = content.page();
    COSStream part = document.getDocument().createCOSStream();
    try (OutputStream out = part.createRawOutputStream()) {
      out.write(content.bytes(), 0, length);
    }
    COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
    if (contents == null) {
      page.getCOSObject().setItem(COSName.CONTENTS, part);
    } else {
      COSArray array;
      if (contents instanceof COSArray existing) {
        array = existing;
      } else {
        array = new COSArray();
        array.add(contents);
      }
      array.add(part);
      page.getCOSObject().setItem(COSName.CONTENTS, array);
    }
    content.reset();
  }

  /** The bytes deflated as a FlateDecode stream holds them (zlib format). */
  static byte[] deflate(byte[] data) {
    return deflate(DEFLATER.get(), data);
  }

  private static byte[] deflate(Deflater deflater, byte[] data) {
    return deflate(deflater, data, data.length);
  }

  private static byte[] deflate(Deflater deflater, byte[] data, int length) {
    deflater.reset();
    deflater.setInput(data, 0, length);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length / 3));
    byte[] buffer = new byte[8192];
    while (!deflater.finished()) {
      int deflated = deflater.deflate(buffer);
      out.write(buffer, 0, deflated);
    }
    return out.toByteArray();
  }
}
