package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Joins the content streams of a finished page into one. Every table drawn adds a stream to its
 * page, and each open stream buffer keeps a few kilobytes in memory until the document is saved; a
 * report of thousands of pages would otherwise hold tens of thousands of them. A page's streams are
 * concatenated by every reader anyway (ISO 32000 7.8.2), so joining them changes nothing drawn.
 */
final class PdfPageContents {

  private PdfPageContents() {}

  static void merge(PDDocument document, PDPage page) throws IOException {
    COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
    if (!(contents instanceof COSArray array) || array.size() < 2) {
      return;
    }
    List<COSStream> parts = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (array.getObject(i) instanceof COSStream part) {
        parts.add(part);
      }
    }
    COSStream merged = document.getDocument().createCOSStream();
    try (OutputStream out = merged.createOutputStream(COSName.FLATE_DECODE)) {
      for (COSStream part : parts) {
        try (InputStream in = part.createInputStream()) {
          in.transferTo(out);
        }
        out.write('\n');
      }
    }
    page.getCOSObject().setItem(COSName.CONTENTS, merged);
    for (COSStream part : parts) {
      part.close();
    }
  }
}
