package se.vendorscreening.reporting.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.vandeseer.easytable.RepeatedHeaderTableDrawer;
import org.vandeseer.easytable.TableDrawer;
import org.vandeseer.easytable.structure.Row;
import org.vandeseer.easytable.structure.Table;
import org.vandeseer.easytable.structure.cell.TextCell;

/**
 * Lays blocks (headings, paragraphs, tables) down the pages of a PDF one after the other, starting
 * a new A4 page when a block does not fit; tables continue on the next page with their header row
 * repeated. Every block is an easytable table, which wraps text and measures heights for us.
 */
final class PdfFlow {

  static final PDRectangle PAGE = PDRectangle.A4;
  static final float MARGIN = 50;
  static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
  static final float TOP_OFFSET = 50;
  static final float BOTTOM = 55;

  /** A 64-digit hex SHA-256 in this size is about 285 points wide. */
  static final int HASH_FONT_SIZE = 7;

  static final Color HEADER_FILL = new Color(0xE4, 0xE8, 0xEE);
  static final Color BORDER = new Color(0x99, 0x99, 0x99);

  /**
   * Lines a table cell may take at most: far less than a page holds, so that no row is ever too
   * tall to draw (easytable cannot split a row across pages).
   */
  static final int MAX_CELL_LINES = 30;

  /** A character's average width in DejaVu Sans, in ems, for estimating lines. */
  private static final float AVERAGE_CHARACTER_EM = 0.5f;

  private final PDDocument document;
  private final PdfFonts fonts;
  private final PDFont regular;
  private final PDFont bold;
  private final PdfText text;
  private final PdfLineBreaks lineBreaks;

  /** Tables drawn again and again (the clauses), built and measured once. */
  private final Map<String, Table> reusedTables = new HashMap<>();

  /** The blocks kept from one document to the next, or null (see {@link PdfFonts#kept()}). */
  private final PdfKeptBlocks kept;

  private final List<PendingHeading> pendingHeadings = new ArrayList<>();

  /** Whether the block being built is the party's own, not to be kept (see {@link #own}). */
  private boolean ownBlock;

  private float y;
  private int pagesMerged;

  /**
   * The pages' content as bytes, for the per-party documents (see {@link PdfContentBytes}), one a
   * page; empty when the tables are drawn through easytable and PDFBox's content streams.
   */
  private final List<PdfContentBytes> pageBytes = new ArrayList<>();

  private final PdfContentBytes.Glyphs glyphs;
  private final PdfTableDrawing tables;

  /** A flow with fonts of its own, the whole fonts: for a single document. */
  PdfFlow(PDDocument document) throws IOException {
    this(document, PdfFonts.whole());
  }

  /**
   * A flow drawing with fonts parsed once for many documents (see {@link PdfFonts}); the fonts are
   * embedded into this document as subsets.
   */
  PdfFlow(PDDocument document, PdfFonts fonts) throws IOException {
    this(document, fonts, fonts.forManyDocuments());
  }

  /**
   * @param asBytes whether the pages' content is written as bytes ({@link PdfTableDrawing}, {@link
   *     PdfContentBytes}) rather than through easytable's drawers and PDFBox's content streams: the
   *     same operators, for the working cuts of the fonts, which PDFBox does not subset
   */
  PdfFlow(PDDocument document, PdfFonts fonts, boolean asBytes) throws IOException {
    this.document = document;
    this.fonts = fonts;
    this.regular = fonts.regular(document);
    this.bold = fonts.bold(document);
    this.lineBreaks = fonts.lineBreaks(regular, bold);
    this.text = new PdfText(regular, fonts::coversAll, fonts.known());
    if (asBytes && !fonts.forManyDocuments()) {
      throw new IllegalArgumentException("Only the working cuts are drawn as bytes");
    }
    this.glyphs = asBytes ? fonts.glyphs() : null;
    this.kept = asBytes ? fonts.kept() : null;
    this.tables =
        asBytes
            ? new PdfTableDrawing(
                new PdfTableDrawing.Pages() {
                  @Override
                  public PdfContentBytes last() {
                    return pageBytes.isEmpty() ? null : pageBytes.get(pageBytes.size() - 1);
                  }

                  @Override
                  public PdfContentBytes add() {
                    return addPage();
                  }
                },
                lineBreaks,
                PAGE_HEIGHT,
                kept)
            : null;
    newPage();
  }

  /** The height of a new page's media box, as easytable measures it for a table's next page. */
  private static final float PAGE_HEIGHT = new PDPage(PAGE).getMediaBox().getHeight();

  /** The page's content written as bytes, or null when drawn through PDFBox's content streams. */
  PdfContentBytes pageBytes(int index) {
    return glyphs == null ? null : pageBytes.get(index);
  }

  /** Adds a page at the end, with its bytes when the content is written as bytes. */
  private PdfContentBytes addPage() {
    PDPage page = new PDPage(PAGE);
    document.addPage(page);
    if (glyphs == null) {
      return null;
    }
    PdfContentBytes content = new PdfContentBytes(page, glyphs);
    pageBytes.add(content);
    return content;
  }

  /**
   * Hands the bytes written onto the last page on as a stream of its own, before PDFBox's content
   * stream draws after them.
   */
  private void beforeContentStream() throws IOException {
    if (glyphs != null) {
      PdfPageContents.appendPart(document, pageBytes.get(pageBytes.size() - 1));
    }
  }

  /** Gives the pages easytable added their (empty) bytes. */
  private void afterContentStream() {
    if (glyphs != null) {
      while (pageBytes.size() < document.getNumberOfPages()) {
        pageBytes.add(new PdfContentBytes(document.getPage(pageBytes.size()), glyphs));
      }
    }
  }

  /**
   * Whether every text was drawn as the whole font would draw it; false when a text had a letter
   * the working cut lacks (the document is then to be drawn again with {@link PdfFonts#whole()}).
   */
  boolean drawnAsWholeFont() {
    return !text.missedGlyph();
  }

  PDDocument document() {
    return document;
  }

  /**
   * Whether the document is written by {@link PdfDocumentBytes} ({@link #toBytes}), which writes
   * objects serialised beforehand ({@link PdfPrewritten}); PDFBox's own writer cannot.
   */
  boolean writtenAsBytes() {
    return glyphs != null;
  }

  PDFont regular() {
    return regular;
  }

  PDFont bold() {
    return bold;
  }

  /**
   * The table under {@code key}, built on first use. easytable keeps a text cell's measured height
   * in the cell, so a table drawn many times (a clause quoted for every flagged party) is wrapped
   * and measured only once.
   */
  Table reused(String key, Supplier<Table> build) {
    if (kept != null) {
      return built(build, "reused", key);
    }
    return reusedTables.computeIfAbsent(key, ignored -> build.get());
  }

  /**
   * The table for a block that shows {@code what}: built by {@code build}, or as built for an
   * earlier document of these fonts, whose characters are then this document's too.
   */
  private Table built(Supplier<Table> build, Object... what) {
    if (kept == null || ownBlock) {
      // a block of one party's own (its name, its numbers) is not looked for nor kept: it comes
      // once, and keeping it would cost its key's hash and copy and push out the blocks that come
      // again; it is drawn as a kept block is first drawn (see PdfTableDrawing), the same bytes
      return build.get();
    }
    PdfKeptBlocks.Key key = new PdfKeptBlocks.Key(what);
    PdfKeptBlocks.Built known = kept.built(key);
    if (known != null) {
      text.characters().or(known.characters());
      return known.table();
    }
    BitSet characters = new BitSet();
    BitSet before = text.collectInto(characters);
    Table table;
    try {
      table = build.get();
    } finally {
      text.collectInto(before);
      before.or(characters);
    }
    if (!text.missedGlyph()) {
      kept.keep(key, new PdfKeptBlocks.Built(table, characters));
    }
    return table;
  }

  /** A block that shows what only one party's document shows (see {@link #own}). */
  @FunctionalInterface
  interface Block {
    void add() throws IOException;
  }

  /**
   * Adds a block (a heading, paragraph, table or label and value pairs) that only this document
   * shows, such as the party's name or number: it is laid out and drawn as any block, but not kept
   * for the documents after this one (see {@link PdfKeptBlocks}). The pages are the same either
   * way; this spares the work of keeping what will not come again.
   */
  void own(Block block) throws IOException {
    ownBlock = true;
    try {
      block.add();
    } finally {
      ownBlock = false;
    }
  }

  /** A text cell whose lines are broken by {@link PdfLineBreaks}, as every cell of this flow. */
  PdfTextCell.Builder textCell() {
    return PdfTextCell.builder(lineBreaks);
  }

  /** The text made safe to draw (see {@link PdfText}). */
  String safe(String value) {
    return text.clean(value, false);
  }

  void newPage() throws IOException {
    addPage();
    y = PAGE.getHeight() - TOP_OFFSET;
    mergeFinishedPages();
  }

  /** The points left on this page below the headings still to be written. */
  float spaceLeft() {
    float headings = 0;
    for (PendingHeading heading : pendingHeadings) {
      headings += heading.height();
    }
    return y - headings - BOTTOM;
  }

  /** Starts a new page unless {@code height} points are left on this one. */
  void ensureSpace(float height) throws IOException {
    if (spaceLeft() < height) {
      newPage();
    }
  }

  /** Starts a new page unless nothing has been drawn on the current one yet. */
  void startPage() throws IOException {
    if (y < PAGE.getHeight() - TOP_OFFSET) {
      newPage();
    }
  }

  void space(float height) {
    y -= height;
  }

  /**
   * A heading, drawn together with the first row of the block that follows it: it is held back
   * until that block comes, and both go to a new page when they do not fit together, so a heading
   * is never the last thing on a page.
   */
  void heading(String value, int fontSize) throws IOException {
    pendingHeadings.add(
        new PendingHeading(
            built(
                () ->
                    Table.builder()
                        .addColumnOfWidth(WIDTH)
                        .font(bold)
                        .fontSize(fontSize)
                        .padding(2)
                        .addRow(Row.builder().add(cell(value)).build())
                        .build(),
                "heading",
                value,
                fontSize),
            fontSize * 0.6f));
  }

  private record PendingHeading(Table table, float spaceBefore) {

    float height() {
      return spaceBefore + table.getHeight() + HEADING_SPACE_AFTER;
    }
  }

  private static final float HEADING_SPACE_AFTER = 4;

  /** Draws the held-back headings, on a new page unless {@code following} more points fit too. */
  private void flushHeadings(float following) throws IOException {
    if (pendingHeadings.isEmpty()) {
      return;
    }
    float needed = following;
    for (PendingHeading heading : pendingHeadings) {
      needed += heading.height();
    }
    if (y - needed < BOTTOM && y < PAGE.getHeight() - TOP_OFFSET) {
      newPage();
    }
    List<PendingHeading> headings = new ArrayList<>(pendingHeadings);
    pendingHeadings.clear();
    for (PendingHeading heading : headings) {
      space(heading.spaceBefore());
      drawNow(heading.table(), 0);
      space(HEADING_SPACE_AFTER);
    }
  }

  /** The height of a table's first {@code rows} rows. */
  private static float firstRowsHeight(Table table, int rows) {
    float height = 0;
    List<Row> all = table.getRows();
    for (int i = 0; i < Math.min(rows, all.size()); i++) {
      height += all.get(i).getHeight();
    }
    return height;
  }

  /**
   * Finishes the document, numbers its pages and saves it to {@code file}; returns false, saving
   * nothing, when a text had a letter the working cut of the fonts lacks (see {@link
   * #drawnAsWholeFont()}).
   */
  boolean save(ReportTexts texts, String runId, Path file) throws IOException {
    if (!finishPages(texts, runId)) {
      return false;
    }
    Files.deleteIfExists(file);
    document.save(file.toFile());
    return true;
  }

  /**
   * As {@link #save(ReportTexts, String, Path)}, into memory: the bytes of the PDF, or null when a
   * text had a letter the working cut of the fonts lacks. A small document is written and hashed
   * from these bytes rather than read back from the disk.
   */
  byte[] toBytes(ReportTexts texts, String runId) throws IOException {
    PdfFileBytes file = toFileBytes(texts, runId);
    return file == null ? null : file.copy();
  }

  /**
   * As {@link #toBytes}, the bytes possibly in a buffer of the thread's, valid until it writes its
   * next document (see {@link PdfDocumentBytes#writeInPlace}): for a document written to its file
   * at once.
   */
  PdfFileBytes toFileBytes(ReportTexts texts, String runId) throws IOException {
    if (!finishPages(texts, runId)) {
      return null;
    }
    if (glyphs != null) {
      // written as PDFBox writes it without object streams, without its bookkeeping
      Long id = document.getDocumentId();
      return PdfDocumentBytes.writeInPlace(document, id == null ? 0 : id);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    if (fonts.forManyDocuments()) {
      // a small document's objects written plainly, without the object streams that PDFBox
      // builds and deflates at every save: some 2 kB more a document, less work (its page and
      // its font files are deflated already)
      document.save(out, CompressParameters.NO_COMPRESSION);
    } else {
      document.save(out);
    }
    return PdfFileBytes.of(out.toByteArray());
  }

  private boolean finishPages(ReportTexts texts, String runId) throws IOException {
    finish();
    PdfPageNumbers.stamp(this, texts, runId);
    if (!drawnAsWholeFont()) {
      return false;
    }
    if (glyphs != null) {
      for (PdfContentBytes page : pageBytes) {
        PdfPageContents.setFast(document, page);
        page.release();
      }
    } else {
      mergePages(document.getNumberOfPages());
    }
    fonts.embed(document, text.characters(), glyphs != null);
    return true;
  }

  /** Draws any held-back headings: at the end of the document or before a raw box. */
  void finish() throws IOException {
    flushHeadings(0);
  }

  /** A paragraph of wrapped text; {@code \n} breaks lines. */
  void paragraph(String value, int fontSize) throws IOException {
    draw(
        built(
            () ->
                Table.builder()
                    .addColumnOfWidth(WIDTH)
                    .font(regular)
                    .fontSize(fontSize)
                    .padding(2)
                    .addRow(
                        Row.builder()
                            .add(textCell().text(text.clean(value, true)).lineSpacing(1.1f).build())
                            .build())
                    .build(),
            "paragraph",
            value,
            fontSize),
        0);
    space(4);
  }

  /** Label and value pairs as a two-column table without a header. */
  void keyValues(List<String[]> pairs, float labelWidth) throws IOException {
    draw(
        built(() -> keyValuesTable(pairs, labelWidth), "keyValues", pairs.toArray(), labelWidth),
        0);
    space(8);
  }

  private Table keyValuesTable(List<String[]> pairs, float labelWidth) {
    Table.TableBuilder table =
        Table.builder()
            .addColumnsOfWidth(labelWidth, WIDTH - labelWidth)
            .font(regular)
            .fontSize(9)
            .padding(3)
            .borderColor(BORDER);
    for (String[] pair : pairs) {
      table.addRow(
          Row.builder()
              .add(textCell().text(safe(pair[0])).font(bold).borderWidth(0.5f).build())
              .add(
                  textCell()
                      .text(fit(text.clean(pair[1], true), WIDTH - labelWidth - 6, 9))
                      .borderWidth(0.5f)
                      .build())
              .build());
    }
    return table.build();
  }

  /**
   * A table with a header row that repeats on each page it continues on; {@code fills} gives a row
   * background (or null).
   */
  void table(float[] widths, String[] header, List<String[]> rows, List<Color> fills)
      throws IOException {
    table(widths, header, rows, fills, -1);
  }

  /**
   * As {@link #table(float[], String[], List, List)}, with one column of SHA-256 hashes in a
   * smaller size so that a hash fits on one line, unbroken, and copies back exactly.
   */
  void table(
      float[] widths, String[] header, List<String[]> rows, List<Color> fills, int hashColumn)
      throws IOException {
    draw(
        built(
            () -> tableOf(widths, header, rows, fills, hashColumn),
            "table",
            widths,
            header,
            rows.toArray(),
            fills == null ? null : fills.toArray(),
            hashColumn),
        1);
    space(8);
  }

  private Table tableOf(
      float[] widths, String[] header, List<String[]> rows, List<Color> fills, int hashColumn) {
    Table.TableBuilder table =
        Table.builder()
            .addColumnsOfWidth(widths)
            .font(regular)
            .fontSize(8)
            .padding(3)
            .borderColor(BORDER);
    Row.RowBuilder headerRow = Row.builder().font(bold).backgroundColor(HEADER_FILL);
    for (String title : header) {
      headerRow.add(textCell().text(safe(title)).borderWidth(0.5f).build());
    }
    table.addRow(headerRow.build());
    for (int i = 0; i < rows.size(); i++) {
      Row.RowBuilder row = Row.builder();
      Color fill = fills == null ? null : fills.get(i);
      if (fill != null) {
        row.backgroundColor(fill);
      }
      String[] values = rows.get(i);
      for (int column = 0; column < values.length; column++) {
        String value = text.clean(values[column], true);
        PdfTextCell.Builder cell =
            textCell()
                .text(column == hashColumn ? value : fit(value, widths[column] - 6, 8))
                .borderWidth(0.5f);
        if (column == hashColumn) {
          cell.fontSize(HASH_FONT_SIZE);
        }
        row.add(cell.build());
      }
      table.addRow(row.build());
    }
    return table.build();
  }

  /** Draws raw content at the current position on the current page: {@code height} reserved. */
  void drawBox(float height, BoxPainter painter) throws IOException {
    flushHeadings(height);
    ensureSpace(height);
    PDPage page = document.getPage(document.getNumberOfPages() - 1);
    beforeContentStream();
    try (PDPageContentStream content =
        new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, false)) {
      painter.paint(content, MARGIN, y - height);
    }
    space(height + 8);
  }

  /** Paints inside a box whose lower left corner is given. */
  interface BoxPainter {
    void paint(PDPageContentStream content, float left, float bottom) throws IOException;
  }

  /** Draws a prepared table at the current position, continuing on new pages as needed. */
  void drawTable(Table table) throws IOException {
    draw(table, 0);
    space(6);
  }

  /**
   * The value cut short with an ellipsis when it could wrap to more than {@link #MAX_CELL_LINES}
   * lines in a column {@code width} points wide. The estimate uses an average character width; 30
   * estimated lines of 8 or 9 points leave room for wide letters and word wrapping on one page.
   */
  static String fit(String value, float width, int fontSize) {
    int perLine = Math.max(1, (int) (width / (fontSize * AVERAGE_CHARACTER_EM)));
    int lines = 1;
    int inLine = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || inLine == perLine) {
        lines++;
        inLine = c == '\n' ? 0 : 1;
      } else {
        inLine++;
      }
      if (lines > MAX_CELL_LINES) {
        return value.substring(0, Math.max(0, i - 1)).stripTrailing() + " …";
      }
    }
    return value;
  }

  private TextCell cell(String value) {
    return textCell().text(safe(value)).build();
  }

  private void draw(Table table, int repeatedRows) throws IOException {
    flushHeadings(firstRowsHeight(table, repeatedRows + 1));
    drawNow(table, repeatedRows);
  }

  private void drawNow(Table table, int repeatedRows) throws IOException {
    if (tables != null && PdfTableDrawing.draws(table)) {
      y = tables.draw(table, MARGIN, y, BOTTOM, repeatedRows, TOP_OFFSET);
      return;
    }
    beforeContentStream();
    TableDrawer drawer =
        repeatedRows > 0
            ? RepeatedHeaderTableDrawer.builder()
                .table(table)
                .startX(MARGIN)
                .startY(y)
                .endY(BOTTOM)
                .numberOfRowsToRepeat(repeatedRows)
                .compress(false)
                .build()
            : TableDrawer.builder()
                .table(table)
                .startX(MARGIN)
                .startY(y)
                .endY(BOTTOM)
                .compress(false)
                .build();
    drawer.draw(() -> document, () -> new PDPage(PAGE), TOP_OFFSET);
    y = drawer.getFinalY();
    afterContentStream();
    mergeFinishedPages();
  }

  /**
   * Joins the streams of every page but the last, which later blocks may still draw on. The blocks
   * are drawn uncompressed and each page is compressed once, here (see {@link PdfPageContents}).
   */
  private void mergeFinishedPages() throws IOException {
    if (glyphs != null) {
      return; // each page's bytes deflated once, when the document is finished
    }
    mergePages(document.getNumberOfPages() - 1);
  }

  private void mergePages(int upTo) throws IOException {
    for (; pagesMerged < upTo; pagesMerged++) {
      PdfPageContents.merge(document, document.getPage(pagesMerged), fonts.forManyDocuments());
    }
  }
}
