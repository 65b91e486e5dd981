package se.vendorscreening.reporting.internal;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Stamps every page, once the layout is done and the page count known, with the run id on the left
 * and "Sida X av Y" on the right: a small stream of its own on each page, uncompressed, which the
 * flow joins with the last page's content when it saves (the pages before it are joined already).
 */
final class PdfPageNumbers {

  private static final float FONT_SIZE = 8;
  private static final float BASELINE = 28;

  private PdfPageNumbers() {}

  static void stamp(PdfFlow flow, ReportTexts texts, String runId) throws IOException {
    PDDocument document = flow.document();
    PDFont font = flow.regular();
    String left = flow.safe(runId);
    int total = document.getNumberOfPages();
    for (int index = 0; index < total; index++) {
      PDPage page = document.getPage(index);
      String right =
          flow.safe(
              texts.get("pdf.pageNumber", Integer.toString(index + 1), Integer.toString(total)));
      float rightWidth = font.getStringWidth(right) / 1000 * FONT_SIZE;
      PdfContentBytes bytes = flow.pageBytes(index);
      if (bytes != null) {
        // the same operators as bytes, a segment of its own as the stream it was
        bytes.startSegment();
        stamp(bytes, font, left, right, rightWidth);
        bytes.endSegment();
        continue;
      }
      try (PDPageContentStream content =
          new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, false)) {
        stamp(PdfOperators.of(content), font, left, right, rightWidth);
      }
    }
  }

  private static void stamp(
      PdfOperators content, PDFont font, String left, String right, float rightWidth)
      throws IOException {
    content.setStrokingColor(PdfFlow.BORDER);
    content.moveTo(PdfFlow.MARGIN, BASELINE + 12);
    content.lineTo(PdfFlow.PAGE.getWidth() - PdfFlow.MARGIN, BASELINE + 12);
    content.stroke();
    content.setNonStrokingColor(java.awt.Color.DARK_GRAY);
    content.beginText();
    content.setFont(font, FONT_SIZE);
    content.newLineAtOffset(PdfFlow.MARGIN, BASELINE);
    content.showText(left);
    content.endText();
    content.beginText();
    content.setFont(font, FONT_SIZE);
    content.newLineAtOffset(PdfFlow.PAGE.getWidth() - PdfFlow.MARGIN - rightWidth, BASELINE);
    content.showText(right);
    content.endText();
  }
}
