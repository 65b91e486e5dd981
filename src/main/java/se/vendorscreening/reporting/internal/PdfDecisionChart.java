package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import se.vendorscreening.shared.Decision;

/** A horizontal bar chart of the parties per decision, drawn with PDFBox's own operators. */
final class PdfDecisionChart {

  private static final List<Decision> ORDER =
      List.of(Decision.EXCLUDE, Decision.INCOMPLETE, Decision.REVIEW, Decision.CLEAR);
  private static final float BAR_HEIGHT = 14;
  private static final float ROW_HEIGHT = 22;
  private static final float LABEL_WIDTH = 150;
  private static final float BAR_AREA = 270;

  private PdfDecisionChart() {}

  static void draw(PdfFlow flow, ReportTexts texts, Map<Decision, Long> counts) throws IOException {
    long max = Math.max(1, ORDER.stream().mapToLong(d -> count(counts, d)).max().orElse(1));
    flow.drawBox(
        ORDER.size() * ROW_HEIGHT + 4,
        (content, left, bottom) -> {
          float top = bottom + ORDER.size() * ROW_HEIGHT;
          for (int i = 0; i < ORDER.size(); i++) {
            Decision decision = ORDER.get(i);
            long count = count(counts, decision);
            float rowBottom = top - (i + 1) * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
            text(content, flow, flow.safe(texts.decision(decision)), left, rowBottom + 3);
            float width = count == 0 ? 0 : Math.max(2, BAR_AREA * count / max);
            content.setNonStrokingColor(DecisionColours.bar(decision));
            content.addRect(left + LABEL_WIDTH, rowBottom, width, BAR_HEIGHT);
            content.fill();
            content.setNonStrokingColor(java.awt.Color.BLACK);
            text(
                content, flow, Long.toString(count), left + LABEL_WIDTH + width + 6, rowBottom + 3);
          }
          content.setStrokingColor(PdfFlow.BORDER);
          content.moveTo(left + LABEL_WIDTH, bottom);
          content.lineTo(left + LABEL_WIDTH, top);
          content.stroke();
        });
  }

  private static void text(PDPageContentStream content, PdfFlow flow, String text, float x, float y)
      throws IOException {
    content.beginText();
    content.setFont(flow.regular(), 9);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }

  private static long count(Map<Decision, Long> counts, Decision decision) {
    Long count = counts == null ? null : counts.get(decision);
    return count == null ? 0 : count;
  }
}
