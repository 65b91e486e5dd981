package se.vendorscreening.reporting.internal;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.ICOSVisitor;

/**
 * Indirect objects serialised once, as {@link PdfDocumentBytes} writes them, and copied into each
 * document that refers to them with only their object numbers shifted: the font subsets and the
 * sRGB output profile, which are the same in every per-party document of a run. It stands in a
 * document's object tree for the first of its objects (a font dictionary, a profile stream); {@link
 * PdfDocumentBytes} numbers its objects one after the other and writes their bytes. Only {@link
 * PdfDocumentBytes} can write it (PDFBox's own writer cannot). Immutable, shared by the documents
 * of every thread.
 */
final class PdfPrewritten extends COSBase {

  /** The objects' bytes, the object numbers left out. */
  private final byte[] bytes;

  /** Where in {@link #bytes} each object number goes, in order. */
  private final int[] cuts;

  /** Each object number, counted from 0 for the first object. */
  private final int[] numbers;

  /** Whether the number at the same index begins an object ({@code N 0 obj}). */
  private final boolean[] starts;

  private final int objects;

  PdfPrewritten(byte[] bytes, int[] cuts, int[] numbers, boolean[] starts, int objects) {
    this.bytes = bytes;
    this.cuts = cuts;
    this.numbers = numbers;
    this.starts = starts;
    this.objects = objects;
  }

  /** How many indirect objects these are; the first is the one referred to. */
  int objects() {
    return objects;
  }

  /** Bytes in all, without the object numbers. */
  int length() {
    return bytes.length;
  }

  /** The objects' bytes, with {@code first} the first object's number. */
  void writeTo(Sink out, int first) {
    int from = 0;
    for (int i = 0; i < cuts.length; i++) {
      out.write(bytes, from, cuts[i] - from);
      if (starts[i]) {
        out.objectStarts(first + numbers[i]);
      }
      out.decimal(first + numbers[i]);
      from = cuts[i];
    }
    out.write(bytes, from, bytes.length - from);
  }

  /** Where {@link #writeTo} writes. */
  interface Sink {
    void write(byte[] bytes, int offset, int length);

    void decimal(int value);

    /** The object with this number starts here (for the cross-reference table). */
    void objectStarts(int number);
  }

  @Override
  public void accept(ICOSVisitor visitor) {
    throw new UnsupportedOperationException(
        "Objects written beforehand are written only by PdfDocumentBytes");
  }
}
