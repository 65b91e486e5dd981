package se.vendorscreening.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import se.vendorscreening.shared.Sha256;

/**
 * Writes a small per-party document's objects as a PDF file in memory, as PDFBox's {@code
 * COSWriter} writes them without object streams (the same objects, direct where they are direct,
 * the others numbered in the order they are first referred to, a classic cross-reference table),
 * without its bookkeeping for incremental updates, signatures and encryption, which cost a
 * certificate a fifth of its time. The trailer's {@code /ID} comes from the document's id and
 * information as PDFBox 3.0.8 makes it, so the same document gives the same bytes.
 */
final class PdfDocumentBytes {

  private static final byte[] HEADER = {
    '%',
    'P',
    'D',
    'F',
    '-',
    '1',
    '.',
    '4',
    '\n',
    '%',
    (byte) 0xF6,
    (byte) 0xE4,
    (byte) 0xFC,
    (byte) 0xDF,
    '\n'
  };

  /** A thread's buffer for a stream's bytes, read from PDFBox's buffers before they are written. */
  private static final ThreadLocal<byte[]> RAW = ThreadLocal.withInitial(() -> new byte[32 * 1024]);

  private final Out out;
  private final Map<COSBase, Integer> numbers = new IdentityHashMap<>();
  private final Deque<COSBase> toWrite = new ArrayDeque<>();
  private int[] offsets = new int[64];

  /** The next object's number. */
  private int next = 1;

  /**
   * When objects are being written beforehand ({@link #prewrite}): where each object number would
   * go, the number, and whether it begins an object; null when a document is written.
   */
  private final List<int[]> recorded;

  /** A thread's buffer for a document's bytes, which are copied out of it when it is finished. */
  private static final ThreadLocal<byte[]> BUFFER =
      ThreadLocal.withInitial(() -> new byte[64 * 1024]);

  private PdfDocumentBytes(int size, boolean record) {
    this.out = new Out(record ? new byte[size] : BUFFER.get());
    this.recorded = record ? new ArrayList<>() : null;
  }

  /**
   * The object and every object it refers to, serialised as a document would hold them, to be
   * copied into documents as they are ({@link PdfPrewritten}).
   */
  static PdfPrewritten prewrite(COSBase object) throws IOException {
    PdfDocumentBytes writer = new PdfDocumentBytes(16 * 1024, true);
    writer.number(object);
    while (!writer.toWrite.isEmpty()) {
      writer.writeObject(writer.toWrite.removeFirst());
    }
    int references = writer.recorded.size();
    int[] cuts = new int[references];
    int[] numbers = new int[references];
    boolean[] starts = new boolean[references];
    for (int i = 0; i < references; i++) {
      int[] reference = writer.recorded.get(i);
      cuts[i] = reference[0];
      numbers[i] = reference[1] - 1;
      starts[i] = reference[2] != 0;
    }
    return new PdfPrewritten(writer.out.toByteArray(), cuts, numbers, starts, writer.next - 1);
  }

  /** The document as a PDF file; {@code documentId} as given to PDFBox for its {@code /ID}. */
  static byte[] write(PDDocument document, long documentId) throws IOException {
    return writeInPlace(document, documentId).copy();
  }

  /**
   * As {@link #write}, the bytes left in this thread's buffer rather than copied out of it: valid
   * until the thread writes its next document (a document written to its file straight away, as
   * {@link ParallelDocuments} does, is not copied; the copy was a tenth of what a certificate
   * allocated).
   */
  static PdfFileBytes writeInPlace(PDDocument document, long documentId) throws IOException {
    return new PdfDocumentBytes(64 * 1024, false).writeDocument(document, documentId);
  }

  private PdfFileBytes writeDocument(PDDocument document, long documentId) throws IOException {
    COSDictionary trailer = document.getDocument().getTrailer();
    COSDictionary root = trailer.getCOSDictionary(COSName.ROOT);
    COSDictionary info = trailer.getCOSDictionary(COSName.INFO);
    out.write(HEADER);
    number(root);
    if (info != null) {
      number(info);
    }
    while (!toWrite.isEmpty()) {
      writeObject(toWrite.removeFirst());
    }
    int size = next;
    int xref = out.size();
    out.ascii("xref\n0 " + size + "\n0000000000 65535 f\r\n");
    for (int i = 1; i < size; i++) {
      String offset = Integer.toString(offsets[i]);
      for (int pad = offset.length(); pad < 10; pad++) {
        out.write('0');
      }
      out.ascii(offset);
      out.ascii(" 00000 n\r\n");
    }
    out.ascii("trailer\n<<\n/Root ");
    reference(root);
    if (info != null) {
      out.ascii("\n/Info ");
      reference(info);
    }
    String id = id(documentId, info);
    out.ascii("\n/ID [<" + id + "> <" + id + ">]\n/Size " + size + "\n>>\nstartxref\n");
    out.ascii(xref + "\n%%EOF\n");
    BUFFER.set(out.buffer());
    return new PdfFileBytes(out.buffer(), out.size());
  }

  /** A digest of the document id and its information's values, as hex. */
  private static String id(long documentId, COSDictionary info) {
    MessageDigest digest = Sha256.digest();
    digest.update(Long.toString(documentId).getBytes(StandardCharsets.ISO_8859_1));
    if (info != null) {
      for (COSBase value : info.getValues()) {
        digest.update(String.valueOf(value).getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    return java.util.HexFormat.of().withUpperCase().formatHex(digest.digest());
  }

  private int number(COSBase object) {
    Integer number = numbers.get(object);
    if (number == null) {
      number = next;
      next += object instanceof PdfPrewritten prewritten ? prewritten.objects() : 1;
      numbers.put(object, number);
      toWrite.addLast(object);
    }
    return number;
  }

  private void reference(COSBase object) throws IOException {
    objectNumber(number(object), false);
    out.ascii(" 0 R");
  }

  /** An object's number, or where it goes when objects are written beforehand. */
  private void objectNumber(int number, boolean start) {
    if (recorded != null) {
      recorded.add(new int[] {out.size(), number, start ? 1 : 0});
    } else {
      out.decimal(number);
    }
  }

  private void writeObject(COSBase object) throws IOException {
    int number = numbers.get(object);
    if (next > offsets.length) {
      offsets = java.util.Arrays.copyOf(offsets, Math.max(next, offsets.length * 2));
    }
    if (object instanceof PdfPrewritten prewritten) {
      prewritten.writeTo(out, number);
      return;
    }
    offsets[number] = out.size();
    objectNumber(number, true);
    out.ascii(" 0 obj\n");
    if (object instanceof COSStream stream) {
      byte[] raw = RAW.get();
      int length = 0;
      try (InputStream in = stream.createRawInputStream()) {
        for (int read = 0; read >= 0; read = in.read(raw, length, raw.length - length)) {
          length += read;
          if (length == raw.length) {
            raw = java.util.Arrays.copyOf(raw, raw.length * 2);
            RAW.set(raw);
          }
        }
      }
      writeDictionary(stream, length);
      out.ascii("\nstream\n");
      out.write(raw, 0, length);
      out.ascii("\nendstream");
    } else if (object instanceof COSDictionary dictionary) {
      writeDictionary(dictionary, -1);
    } else {
      writeValue(object);
    }
    out.ascii("\nendobj\n");
  }

  /** A dictionary; a stream's with its {@code length}, else {@code length} -1. */
  private void writeDictionary(COSDictionary dictionary, int length) throws IOException {
    boolean stream = length >= 0;
    out.ascii("<<\n");
    for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
      if (stream && COSName.LENGTH.equals(entry.getKey())) {
        continue;
      }
      if (entry.getValue() == null) {
        continue;
      }
      entry.getKey().writePDF(out);
      out.write(' ');
      writeValue(entry.getValue());
      out.write('\n');
    }
    if (stream) {
      out.ascii("/Length ");
      out.ascii(Integer.toString(length));
      out.write('\n');
    }
    out.ascii(">>");
  }

  private void writeValue(COSBase value) throws IOException {
    if (value instanceof COSObject indirect) {
      COSBase target = indirect.getObject();
      if (target == null) {
        COSNull.NULL.writePDF(out);
      } else {
        reference(target);
      }
    } else if (value instanceof COSStream || value instanceof PdfPrewritten) {
      reference(value);
    } else if (value instanceof COSDictionary dictionary) {
      if (dictionary.isDirect()) {
        writeDictionary(dictionary, -1);
      } else {
        reference(dictionary);
      }
    } else if (value instanceof COSArray array) {
      out.write('[');
      for (int i = 0; i < array.size(); i++) {
        if (i > 0) {
          out.write(' ');
        }
        COSBase item = array.get(i);
        if (item == null) {
          COSNull.NULL.writePDF(out);
        } else {
          writeValue(item);
        }
      }
      out.write(']');
    } else if (value instanceof COSName name) {
      name.writePDF(out);
    } else if (value instanceof COSString string) {
      COSWriter.writeString(string, out);
    } else if (value instanceof COSInteger integer) {
      integer.writePDF(out);
    } else if (value instanceof COSFloat real) {
      real.writePDF(out);
    } else if (value instanceof COSBoolean bool) {
      bool.writePDF(out);
    } else if (value instanceof COSNull nothing) {
      nothing.writePDF(out);
    } else {
      throw new IOException("Cannot write " + value.getClass().getSimpleName());
    }
  }

  /** A byte array output without the locks of {@link ByteArrayOutputStream}'s methods. */
  private final class Out extends ByteArrayOutputStream implements PdfPrewritten.Sink {
    Out(byte[] buffer) {
      super(0);
      buf = buffer;
    }

    /** The buffer written into, grown as needed. */
    byte[] buffer() {
      return buf;
    }

    @Override
    public void write(int b) {
      if (count == buf.length) {
        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
      }
      buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      if (count + length > buf.length) {
        buf = java.util.Arrays.copyOf(buf, Math.max(count + length, buf.length * 2));
      }
      System.arraycopy(bytes, offset, buf, count, length);
      count += length;
    }

    @Override
    public void decimal(int value) {
      if (value >= 10) {
        decimal(value / 10);
      }
      write('0' + value % 10);
    }

    @Override
    public void objectStarts(int number) {
      offsets[number] = count;
    }

    void ascii(String text) {
      for (int i = 0; i < text.length(); i++) {
        write(text.charAt(i));
      }
    }
  }
}
