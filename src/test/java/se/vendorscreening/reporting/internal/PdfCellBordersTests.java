package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.vandeseer.easytable.TableDrawer;
import org.vandeseer.easytable.settings.BorderStyle;
import org.vandeseer.easytable.structure.Row;
import org.vandeseer.easytable.structure.Table;
import org.vandeseer.easytable.structure.cell.TextCell;

class PdfCellBordersTests {

  /**
   * The same table drawn by easytable's own cell drawer and by the flow's: every stroke paints the
   * same line in the same state (width, colour, dash), the state left behind is the same, and the
   * flow's stream says it with far fewer operators.
   */
  @Test
  void strokesEveryLineOfEasytableInTheSameStateWithFewerOperators() throws IOException {
    try (PDDocument fonts = new PDDocument()) {
      PdfFlow flow = new PdfFlow(fonts);
      List<Object> easytable = strokes(table(flow.regular(), null));
      List<Object> ours = strokes(table(flow.regular(), flow));

      List<?> easytableStrokes = (List<?>) easytable.get(0);
      List<?> ourStrokes = (List<?>) ours.get(0);
      assertThat(easytableStrokes).hasSize(4 * 3 * 3);
      assertThat(ourStrokes).isEqualTo(easytableStrokes);
      assertThat(ours.get(1)).as("state after the table").isEqualTo(easytable.get(1));
      assertThat((int) ours.get(2)).isLessThan((int) easytable.get(2) * 2 / 3);
    }
  }

  /** Three rows of three cells: grey borders, a header in another colour, a dashed cell. */
  private static Table table(PDFont font, PdfFlow flow) {
    Table.TableBuilder table =
        Table.builder()
            .addColumnsOfWidth(100, 150, 80)
            .font(font)
            .fontSize(8)
            .padding(3)
            .borderColor(PdfFlow.BORDER);
    for (int row = 0; row < 3; row++) {
      Row.RowBuilder cells = Row.builder();
      for (int column = 0; column < 3; column++) {
        TextCell.TextCellBuilder<?, ?> cell = flow == null ? TextCell.builder() : flow.textCell();
        cell.text("rad " + row + " kolumn " + column).borderWidth(row == 0 ? 1 : 0.5f);
        if (row == 0) {
          cell.borderColor(Color.BLUE);
        }
        if (row == 2 && column == 1) {
          cell.borderStyleLeft(BorderStyle.DASHED).borderColorRight(Color.RED);
        }
        cells.add(cell.build());
      }
      table.addRow(cells.build());
    }
    return table.build();
  }

  /**
   * The table drawn on a page of its own: each stroke as its line and the stroking state it is
   * painted in, the state after the last operator, and the number of operators.
   */
  private static List<Object> strokes(Table table) throws IOException {
    try (PDDocument document = new PDDocument()) {
      TableDrawer.builder()
          .table(table)
          .startX(50)
          .startY(700)
          .endY(50)
          .compress(false)
          .build()
          .draw(() -> document, () -> new PDPage(PDRectangle.A4), 50);
      PDFStreamParser parser = new PDFStreamParser(document.getPage(0));
      List<String> strokes = new ArrayList<>();
      List<COSBase> operands = new ArrayList<>();
      List<String> path = new ArrayList<>();
      String width = "";
      String colour = "";
      String dash = "";
      int operators = 0;
      for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
        if (!(token instanceof Operator operator)) {
          operands.add((COSBase) token);
          continue;
        }
        operators++;
        switch (operator.getName()) {
          case "w" -> width = numbers(operands);
          case "SC" -> colour = numbers(operands);
          case "d" -> dash = operands.toString();
          case "m", "l" -> path.add(operator.getName() + numbers(operands));
          case "S" -> {
            strokes.add(path + " w" + width + " SC" + colour + " d" + dash);
            path.clear();
          }
          default -> {}
        }
        operands.clear();
      }
      return List.of(strokes, "w" + width + " SC" + colour + " d" + dash, operators);
    }
  }

  private static String numbers(List<COSBase> operands) {
    StringBuilder text = new StringBuilder();
    for (COSBase operand : operands) {
      text.append(' ').append(((COSNumber) operand).floatValue());
    }
    return text.toString();
  }
}
