package se.vendorscreening.reporting.internal;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.vandeseer.easytable.RowIsTooHighException;
import org.vandeseer.easytable.settings.HorizontalAlignment;
import org.vandeseer.easytable.settings.VerticalAlignment;
import org.vandeseer.easytable.structure.Row;
import org.vandeseer.easytable.structure.Table;
import org.vandeseer.easytable.structure.cell.AbstractCell;
import org.vandeseer.easytable.util.FloatUtil;

/**
 * Draws a laid-out easytable table onto the pages of a per-party document as easytable 1.0.2's
 * {@code TableDrawer} and {@code RepeatedHeaderTableDrawer} draw it with the flow's cells ({@link
 * PdfLineBreaks}' text drawer, {@link PdfCellBorders}): the same pages, rows on each, positions
 * (the expressions are easytable's, so the coordinates are the same floats) and operators in the
 * same order, written as bytes by {@link PdfContentBytes} instead of through PDFBox's content
 * streams. Per page: the background and text of every row, then the borders of every row; on a page
 * the table continues on, its header rows first, each drawn whole. For the per-party documents
 * (with kept blocks) a table that fits whole on its page is drawn from a top at 0 and placed by a
 * translation ({@link #drawWhole}): the same lines and texts where easytable puts them, to within
 * the last of the five decimals the coordinates are written with, so the same page.
 *
 * <p>For the tables the flow builds: text cells of one column and one row each, aligned left (or
 * not aligned, which easytable draws as left); {@link #draws(Table)} says whether a table is one.
 */
final class PdfTableDrawing {

  /** The pages a table is drawn on: the document's last page, and pages added after it. */
  interface Pages {
    /** The content of the document's last page, or null when it has none. */
    PdfContentBytes last();

    /** Adds a page at the end of the document; its content. */
    PdfContentBytes add() throws IOException;
  }

  private final Pages pages;
  private final PdfLineBreaks lineBreaks;
  private final float pageHeight;
  private final Map<PDFont, Float> capHeights = new IdentityHashMap<>(4);
  private final PdfKeptBlocks kept;

  PdfTableDrawing(Pages pages, PdfLineBreaks lineBreaks, float pageHeight) {
    this(pages, lineBreaks, pageHeight, null);
  }

  /**
   * @param kept the blocks kept from one document to the next: a table drawn whole on the page it
   *     starts on is placed by a translation, and a kept one is written as the bytes it was written
   *     as before wherever the page has it (or null: every table drawn at its place, as easytable
   *     draws it)
   */
  PdfTableDrawing(Pages pages, PdfLineBreaks lineBreaks, float pageHeight, PdfKeptBlocks kept) {
    this.pages = pages;
    this.lineBreaks = lineBreaks;
    this.pageHeight = pageHeight;
    this.kept = kept;
  }

  /** Whether every cell is one this drawer draws as easytable would. */
  static boolean draws(Table table) {
    if (table.getRows().isEmpty()) {
      return false;
    }
    for (Row row : table.getRows()) {
      for (AbstractCell cell : row.getCells()) {
        if (!(cell instanceof PdfTextCell)
            || cell.getColSpan() != 1
            || cell.getRowSpan() != 1
            || cell.isHorizontallyAligned(HorizontalAlignment.RIGHT)
            || cell.isHorizontallyAligned(HorizontalAlignment.CENTER)
            || cell.isHorizontallyAligned(HorizontalAlignment.JUSTIFY)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Draws the table from {@code startY} down, continuing on new pages with its first {@code
   * repeatedRows} rows repeated; returns the bottom of its last row (easytable's final y).
   */
  float draw(Table table, float startX, float startY, float endY, int repeatedRows, float yOffset)
      throws IOException {
    List<Row> rows = table.getRows();
    float headerHeight = 0;
    if (repeatedRows > 0) {
      for (int i = 0; i < repeatedRows; i++) {
        headerHeight += rows.get(i).getHeight();
      }
      yOffset = yOffset + headerHeight;
    }
    float startOnNewPage = pageHeight - yOffset;
    boolean startInNewPage = false;
    if (repeatedRows > 0) {
      float minimumRowsToFitHeight = 0;
      int minimumRowsToFit = rows.size() > repeatedRows ? repeatedRows + 1 : repeatedRows;
      for (Row row : rows.subList(0, minimumRowsToFit)) {
        minimumRowsToFitHeight += row.getHeight();
      }
      if (startY - minimumRowsToFitHeight < endY) {
        startY = startOnNewPage + headerHeight;
        startInNewPage = true;
      }
    } else if (startY - rows.get(0).getHeight() < endY) {
      startY = startOnNewPage;
      startInNewPage = true;
    }

    List<int[]> onPages = new ArrayList<>(2);
    float y = startY;
    int firstRowOnPage = 0;
    int lastRowOnPage = 0;
    for (Row row : rows) {
      if (row.getHeight() > (startOnNewPage - endY)) {
        throw new RowIsTooHighException(
            "There is a row that is too high to be drawn on a single page");
      }
      if (y - highestCellOf(row) < endY) {
        onPages.add(new int[] {firstRowOnPage, lastRowOnPage});
        y = startOnNewPage;
        firstRowOnPage = lastRowOnPage;
      }
      y -= row.getHeight();
      lastRowOnPage++;
    }
    onPages.add(new int[] {firstRowOnPage, lastRowOnPage});

    if (kept != null && onPages.size() == 1) {
      return drawWhole(table, startX, startY, startInNewPage);
    }
    float finalY = 0;
    for (int i = 0; i < onPages.size(); i++) {
      PdfContentBytes last = pages.last();
      PdfContentBytes page =
          (i == 0 && startInNewPage) || i > 0 || last == null ? pages.add() : last;
      int[] onPage = onPages.get(i);
      page.startSegment();
      if (repeatedRows > 0 && onPage[0] != 0) {
        float adaption = 0;
        for (int h = 0; h < repeatedRows; h++) {
          adaption += rows.get(h).getHeight();
          drawRow(page, startX, startY + headerHeight - adaption, rows.get(h), true, true);
        }
      }
      finalY = drawRows(page, rows, onPage[0], onPage[1], startX, startY);
      page.endSegment();
      startY = pageHeight - yOffset;
    }
    return finalY;
  }

  /**
   * Draws a table that fits whole on one page, as a segment of its own placed by a translation to
   * {@code startY} ({@code 1 0 0 1 0 startY cm}, taken back after it): its rows drawn from a top at
   * 0, so that its bytes do not depend on where the page has it. A kept table's bytes are written
   * once by the fonts and copied wherever it is drawn again; one not kept is drawn the same way, so
   * a document's bytes are the same whether its blocks were copied or drawn. The bottom returned is
   * the one easytable gives, from {@code startY} down.
   */
  private float drawWhole(Table table, float startX, float startY, boolean startInNewPage)
      throws IOException {
    float finalY = startY;
    for (Row row : table.getRows()) {
      finalY -= row.getHeight();
    }
    PdfContentBytes last = pages.last();
    PdfContentBytes page = startInNewPage || last == null ? pages.add() : last;
    PdfKeptBlocks.DrawKey key =
        kept.isKept(table) ? new PdfKeptBlocks.DrawKey(table, startX) : null;
    PdfKeptBlocks.Drawn drawn = key == null ? null : kept.drawn(key);
    boolean copied = drawn != null && page.namesAsWritten(drawn);
    page.startSegment();
    page.translateY(startY);
    if (copied) {
      page.copy(drawn);
      kept.replayedOne();
    } else {
      int from = page.length();
      drawRows(page, table.getRows(), 0, table.getRows().size(), startX, 0);
      if (key != null) {
        kept.keepDrawn(key, page.written(from));
      }
    }
    page.translateY(-startY);
    page.endSegment();
    return finalY;
  }

  /**
   * Draws rows {@code from} to {@code to} from {@code startY} down, their backgrounds and texts,
   * then their borders; the bottom of the last.
   */
  private float drawRows(
      PdfContentBytes page, List<Row> rows, int from, int to, float startX, float startY)
      throws IOException {
    float finalY = 0;
    float rowY = startY;
    for (int r = from; r < to; r++) {
      Row row = rows.get(r);
      rowY -= row.getHeight();
      drawRow(page, startX, rowY, row, true, false);
      finalY = rowY;
    }
    rowY = startY;
    for (int r = from; r < to; r++) {
      Row row = rows.get(r);
      rowY -= row.getHeight();
      drawRow(page, startX, rowY, row, false, true);
    }
    return finalY;
  }

  private static float highestCellOf(Row row) {
    if (row.getCells().isEmpty()) {
      return row.getHeight();
    }
    float highest = row.getCells().get(0).getHeight();
    for (AbstractCell cell : row.getCells()) {
      highest = Math.max(highest, cell.getHeight());
    }
    return highest;
  }

  private void drawRow(
      PdfContentBytes page, float startX, float y, Row row, boolean content, boolean borders)
      throws IOException {
    float x = startX;
    for (AbstractCell cell : row.getCells()) {
      Point2D.Float start = new Point2D.Float(x, y);
      PdfTextCell text = (PdfTextCell) cell;
      if (content) {
        background(page, text, start);
        text(page, text, start);
      }
      if (borders) {
        PdfCellBorders.draw(page, cell, start);
      }
      x += cell.getWidth();
    }
  }

  /** easytable's {@code AbstractCellDrawer.drawBackground}. */
  private static void background(PdfContentBytes page, PdfTextCell cell, Point2D.Float start) {
    if (!cell.hasBackgroundColor()) {
      return;
    }
    final float rowHeight = cell.getRow().getHeight();
    final float height = Math.max(cell.getHeight(), rowHeight);
    final float y = rowHeight < cell.getHeight() ? start.y + rowHeight - cell.getHeight() : start.y;
    page.setNonStrokingColor(cell.getBackgroundColor());
    page.addRect(start.x, y, cell.getWidth(), height);
    page.fill();
    page.setNonStrokingColor(Color.BLACK);
  }

  /** {@link PdfLineBreaks}' text drawer, aligned left. */
  private void text(PdfContentBytes page, PdfTextCell cell, Point2D.Float start)
      throws IOException {
    PDFont font = cell.getFont();
    int fontSize = cell.getFontSize();
    Color color = cell.getTextColor();
    float y = start.y + adaptionForVerticalAlignment(cell);
    float x = start.x + cell.getPaddingLeft();
    List<String> lines =
        cell.isWordBreak()
            ? lineBreaks.lines(cell.getText(), font, fontSize, cell.getMaxWidth())
            : List.of(cell.getText());
    float fontHeight = capHeight(font) * fontSize / 1000F;
    for (int i = 0; i < lines.size(); i++) {
      y -= fontHeight + (i > 0 ? fontHeight * cell.getLineSpacing() : 0);
      page.beginText();
      page.setNonStrokingColor(color);
      page.setFont(font, fontSize);
      page.newLineAtOffset(x, y);
      page.showText(lines.get(i));
      page.endText();
      page.setCharacterSpacing(0);
    }
  }

  /** easytable's {@code AbstractCellDrawer.getAdaptionForVerticalAlignment}, a row span of one. */
  private static float adaptionForVerticalAlignment(PdfTextCell cell) {
    float rowHeight = cell.getRow().getHeight();
    if (rowHeight > cell.getHeight() || FloatUtil.isEqualInEpsilon(rowHeight, cell.getHeight())) {
      if (cell.isVerticallyAligned(VerticalAlignment.MIDDLE)) {
        return (rowHeight / 2 + cell.getTextHeight() / 2) - 0;
      } else if (cell.isVerticallyAligned(VerticalAlignment.BOTTOM)) {
        return (cell.getTextHeight() + cell.getPaddingBottom()) - 0;
      }
    }
    return rowHeight - cell.getPaddingTop();
  }

  private float capHeight(PDFont font) {
    Float height = capHeights.get(font);
    if (height == null) {
      height = font.getFontDescriptor().getCapHeight();
      capHeights.put(font, height);
    }
    return height;
  }
}
