package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.vandeseer.easytable.structure.Row;
import org.vandeseer.easytable.structure.Table;

/**
 * Quotes termination clauses in full: the title in bold, then each paragraph as its own row, so a
 * long clause breaks between paragraphs rather than inside a line.
 */
final class PdfFlowClauses {

  /** Room for a clause's title and the first lines of its text. */
  private static final float TITLE_WITH_FIRST_LINES = 110;

  private PdfFlowClauses() {}

  static Table table(PdfFlow flow, Clause clause) {
    PDFont bold = flow.bold();
    Table.TableBuilder table =
        Table.builder()
            .addColumnOfWidth(PdfFlow.WIDTH)
            .font(flow.regular())
            .fontSize(9)
            .wordBreak(true);
    table.addRow(
        Row.builder()
            .add(
                flow.textCell()
                    .text(flow.safe(clause.id() + " – " + clause.title()))
                    .font(bold)
                    .fontSize(10)
                    .paddingTop(8)
                    .paddingBottom(3)
                    .paddingLeft(2)
                    .build())
            .build());
    for (String paragraph : clause.paragraphs()) {
      table.addRow(
          Row.builder()
              .add(
                  flow.textCell()
                      .text(flow.safe(paragraph))
                      .lineSpacing(1.1f)
                      .paddingLeft(2)
                      .paddingRight(2)
                      .paddingTop(2)
                      .paddingBottom(7)
                      .build())
              .build());
    }
    return table.build();
  }

  /**
   * Draws the clauses at the flow's position, each title on the same page as the start of its text.
   */
  static void draw(PdfFlow flow, List<Clause> clauses) throws IOException {
    for (Clause clause : clauses) {
      flow.ensureSpace(TITLE_WITH_FIRST_LINES);
      flow.drawTable(flow.reused("clause:" + clause.id(), () -> table(flow, clause)));
    }
  }
}
