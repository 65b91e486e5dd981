package se.vendorscreening.reporting.internal;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.vandeseer.easytable.settings.BorderStyle;
import org.vandeseer.easytable.settings.BorderStyleInterface;
import org.vandeseer.easytable.structure.cell.AbstractCell;

/**
 * Draws a table cell's borders as easytable 1.0.2 does (the same lines, in the same order, each
 * stroked on its own with the same width, colour and dash), but sets the graphics state only where
 * it changes. easytable writes eight operators a line: the width, the colour and the dash before
 * the stroke, and the row's colour and a solid dash again after it, so that a table's borders were
 * about half of a certificate's content stream and a tenth of its drawing time. Every stroke is
 * painted in the same state as before and the state after the cell is the one easytable leaves (the
 * row's border colour, a solid dash, the last line's width), so the pages look the same to the
 * pixel.
 */
final class PdfCellBorders {

  private PdfCellBorders() {}

  /** The operators the borders are drawn with: a content stream's or {@link PdfContentBytes}. */
  interface Lines {
    void moveTo(float x, float y) throws IOException;

    void lineTo(float x, float y) throws IOException;

    void setLineWidth(float width) throws IOException;

    void setStrokingColor(Color color) throws IOException;

    void setLineDashPattern(float[] pattern, float phase) throws IOException;

    void stroke() throws IOException;
  }

  /** easytable's border geometry of the cell drawn at {@code start}, drawn with less state. */
  static void draw(PDPageContentStream content, AbstractCell cell, Point2D.Float start)
      throws IOException {
    draw(PdfOperators.of(content), cell, start);
  }

  /** As {@link #draw(PDPageContentStream, AbstractCell, Point2D.Float)}, with these operators. */
  static void draw(Lines content, AbstractCell cell, Point2D.Float start) throws IOException {
    // the expressions are easytable's (AbstractCellDrawer.drawBorders), so the coordinates are the
    // same floats
    final float cellWidth = cell.getWidth();
    final float rowHeight = cell.getRow().getHeight();
    final float height = Math.max(cell.getHeight(), rowHeight);
    final float sY =
        rowHeight < cell.getHeight() ? start.y + rowHeight - cell.getHeight() : start.y;
    final Color rowBorderColor = cell.getRow().getBorderColor();
    State lines = new State(content, rowBorderColor);
    if (cell.hasBorderTop() || cell.hasBorderBottom()) {
      final float correctionLeft = cell.getBorderWidthLeft() / 2;
      final float correctionRight = cell.getBorderWidthRight() / 2;
      if (cell.hasBorderTop()) {
        lines.draw(
            start.x - correctionLeft,
            start.y + rowHeight,
            start.x + cellWidth + correctionRight,
            start.y + rowHeight,
            cell.getBorderWidthTop(),
            cell.getBorderColorTop(),
            cell.getBorderStyleTop());
      }
      if (cell.hasBorderBottom()) {
        lines.draw(
            start.x - correctionLeft,
            sY,
            start.x + cellWidth + correctionRight,
            sY,
            cell.getBorderWidthBottom(),
            cell.getBorderColorBottom(),
            cell.getBorderStyleBottom());
      }
    }
    if (cell.hasBorderLeft() || cell.hasBorderRight()) {
      final float correctionTop = cell.getBorderWidthTop() / 2;
      final float correctionBottom = cell.getBorderWidthBottom() / 2;
      if (cell.hasBorderLeft()) {
        lines.draw(
            start.x,
            sY - correctionBottom,
            start.x,
            sY + height + correctionTop,
            cell.getBorderWidthLeft(),
            cell.getBorderColorLeft(),
            cell.getBorderStyleLeft());
      }
      if (cell.hasBorderRight()) {
        lines.draw(
            start.x + cellWidth,
            sY - correctionBottom,
            start.x + cellWidth,
            sY + height + correctionTop,
            cell.getBorderWidthRight(),
            cell.getBorderColorRight(),
            cell.getBorderStyleRight());
      }
    }
    lines.finish();
  }

  /**
   * The lines of one cell. The state before the first line is unknown (another cell, another
   * drawer), so the first line sets all of it, as easytable does.
   */
  private static final class State {
    private final Lines content;
    private final Color resetColor;
    private boolean any;
    private float width;
    private Color color;
    private float[] pattern;
    private float phase;

    State(Lines content, Color resetColor) {
      this.content = content;
      this.resetColor = resetColor;
    }

    void draw(
        float startX,
        float startY,
        float endX,
        float endY,
        float lineWidth,
        Color lineColor,
        BorderStyleInterface style)
        throws IOException {
      content.moveTo(startX, startY);
      if (!any || Float.compare(lineWidth, width) != 0) {
        content.setLineWidth(lineWidth);
        width = lineWidth;
      }
      content.lineTo(endX, endY);
      if (!any || !lineColor.equals(color)) {
        content.setStrokingColor(lineColor);
        color = lineColor;
      }
      float[] linePattern = style.getPattern();
      float linePhase = style.getPhase();
      if (!any || !Arrays.equals(linePattern, pattern) || Float.compare(linePhase, phase) != 0) {
        content.setLineDashPattern(linePattern, linePhase);
        pattern = linePattern;
        phase = linePhase;
      }
      content.stroke();
      any = true;
    }

    /** Leaves the state as easytable does after its last line: the row's colour, solid. */
    void finish() throws IOException {
      if (!any) {
        return;
      }
      if (!resetColor.equals(color)) {
        content.setStrokingColor(resetColor);
      }
      BorderStyle solid = BorderStyle.SOLID;
      if (!Arrays.equals(solid.getPattern(), pattern)
          || Float.compare(solid.getPhase(), phase) != 0) {
        content.setLineDashPattern(solid.getPattern(), solid.getPhase());
      }
    }
  }
}
