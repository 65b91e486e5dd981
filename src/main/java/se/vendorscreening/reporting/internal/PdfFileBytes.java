package se.vendorscreening.reporting.internal;

import java.util.Arrays;

/**
 * A PDF file's bytes: the first {@code length} bytes of {@code bytes}, which may be a buffer the
 * writing thread uses again for its next document (see {@link PdfDocumentBytes#writeInPlace}).
 */
record PdfFileBytes(byte[] bytes, int length) {

  /** The whole array's bytes. */
  static PdfFileBytes of(byte[] bytes) {
    return new PdfFileBytes(bytes, bytes.length);
  }

  /** The bytes in an array of their own. */
  byte[] copy() {
    return Arrays.copyOf(bytes, length);
  }
}
