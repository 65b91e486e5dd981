package se.vendorscreening.reporting.internal;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The content operators the documents are drawn with, as PDFBox's content stream names them:
 * written through a {@link PDPageContentStream} ({@link #of}) or as bytes ({@link
 * PdfContentBytes}), the same operators either way.
 */
interface PdfOperators extends PdfCellBorders.Lines {

  void setNonStrokingColor(Color color) throws IOException;

  void beginText() throws IOException;

  void endText() throws IOException;

  void setFont(PDFont font, float fontSize) throws IOException;

  void newLineAtOffset(float tx, float ty) throws IOException;

  void showText(String text) throws IOException;

  /** The operators of a PDFBox content stream. */
  static PdfOperators of(PDPageContentStream content) {
    return new PdfOperators() {
      @Override
      public void moveTo(float x, float y) throws IOException {
        content.moveTo(x, y);
      }

      @Override
      public void lineTo(float x, float y) throws IOException {
        content.lineTo(x, y);
      }

      @Override
      public void setLineWidth(float width) throws IOException {
        content.setLineWidth(width);
      }

      @Override
      public void setStrokingColor(Color color) throws IOException {
        content.setStrokingColor(color);
      }

      @Override
      public void setLineDashPattern(float[] pattern, float phase) throws IOException {
        content.setLineDashPattern(pattern, phase);
      }

      @Override
      public void stroke() throws IOException {
        content.stroke();
      }

      @Override
      public void setNonStrokingColor(Color color) throws IOException {
        content.setNonStrokingColor(color);
      }

      @Override
      public void beginText() throws IOException {
        content.beginText();
      }

      @Override
      public void endText() throws IOException {
        content.endText();
      }

      @Override
      public void setFont(PDFont font, float fontSize) throws IOException {
        content.setFont(font, fontSize);
      }

      @Override
      public void newLineAtOffset(float tx, float ty) throws IOException {
        content.newLineAtOffset(tx, ty);
      }

      @Override
      public void showText(String text) throws IOException {
        content.showText(text);
      }
    };
  }
}
