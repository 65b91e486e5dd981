package se.vendorscreening.reporting.internal;

import org.vandeseer.easytable.structure.cell.TextCell;

/**
 * An easytable text cell whose height comes from {@link PdfLineBreaks}: the same number of lines as
 * easytable's own measure, and so the same height to the bit (the expression below is easytable's),
 * without measuring every word again through PDFBox, and with the font's cap height read once.
 */
final class PdfTextCell extends TextCell {

  private final PdfLineBreaks lineBreaks;
  private Float textHeight;

  private PdfTextCell(Builder builder) {
    super(builder);
    this.lineBreaks = builder.lineBreaks;
  }

  static Builder builder(PdfLineBreaks lineBreaks) {
    Builder builder = new Builder(lineBreaks);
    builder.drawer(lineBreaks.drawer());
    return builder;
  }

  @Override
  public float getTextHeight() {
    if (textHeight != null) {
      return textHeight;
    }
    float height = lineBreaks.fontHeight(getFont(), getFontSize());
    if (isWordBreak()) {
      int lines = lineBreaks.lines(getText(), getFont(), getFontSize(), getMaxWidth()).size();
      float heightOfTextLines = lines * height;
      float heightOfLineSpacing = (lines - 1) * height * getLineSpacing();
      height = heightOfTextLines + heightOfLineSpacing;
    }
    textHeight = height;
    return height;
  }

  /** Builds {@link PdfTextCell}s. */
  static final class Builder extends TextCell.TextCellBuilder<PdfTextCell, Builder> {

    private final PdfLineBreaks lineBreaks;

    private Builder(PdfLineBreaks lineBreaks) {
      this.lineBreaks = lineBreaks;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public PdfTextCell build() {
      return new PdfTextCell(this);
    }
  }
}
