package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vendorscreening.screening.ScreeningResults;

/**
 * The workbook as LibreOffice prints it (headless {@code soffice}, Debian's {@code
 * libreoffice-calc-nogui}, which .ci/run installs): every sheet on landscape A4 pages, each sheet's
 * printed columns side by side on its first page (none split onto a page of its own), the header
 * row on every page of the sheet, and a page count of a few pages a sheet. Before the print setup
 * the sample printed as 50 portrait pages with its columns split.
 */
class WorkbookLibreOfficeTests {

  @TempDir static Path out;

  private static XSSFWorkbook workbook;
  private static List<String> pages;
  private static List<PDRectangle> pageSizes;

  @BeforeAll
  static void convertTheSampleWorkbook() throws Exception {
    ScreeningResults results = SampleRun.screening(Locale.forLanguageTag("sv-SE"));
    var run = results.runs().get(0);
    SampleRun.writer(results).writeRunFolder(run, out.resolve("run"));
    Path xlsx = out.resolve("run").resolve(run.runId()).resolve("report.xlsx");
    Path pdf = convert(xlsx, out.resolve("pdf"));
    try (var in = Files.newInputStream(xlsx)) {
      workbook = new XSSFWorkbook(in);
    }
    pages = new ArrayList<>();
    pageSizes = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(compact(stripper.getText(document)));
        pageSizes.add(document.getPage(page - 1).getMediaBox());
      }
    }
  }

  /**
   * Converts with a user profile of its own, so that conversions running at the same time (other
   * test JVMs, an officer's LibreOffice) do not wait for or break each other's profile lock.
   */
  private static Path convert(Path xlsx, Path folder) throws IOException, InterruptedException {
    Files.createDirectories(folder);
    Path profile = Files.createTempDirectory("lo-profile-" + UUID.randomUUID());
    Process soffice =
        new ProcessBuilder(
                "soffice",
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                folder.toString(),
                xlsx.toString())
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("soffice.log").toFile())
            .start();
    boolean done = soffice.waitFor(5, TimeUnit.MINUTES);
    if (!done) {
      soffice.destroyForcibly();
    }
    String log = Files.readString(folder.resolve("soffice.log"), StandardCharsets.UTF_8);
    assertThat(done).as("soffice finished: %s", log).isTrue();
    assertThat(soffice.exitValue()).as("soffice: %s", log).isZero();
    Path pdf = folder.resolve("report.pdf");
    assertThat(pdf).as("soffice wrote the PDF: %s", log).exists();
    return pdf;
  }

  @Test
  void everyPageIsLandscapeA4() {
    assertThat(pageSizes).isNotEmpty();
    for (int i = 0; i < pageSizes.size(); i++) {
      PDRectangle size = pageSizes.get(i);
      assertThat(size.getWidth()).as("page %d width", i + 1).isCloseTo(842f, within(2f));
      assertThat(size.getHeight()).as("page %d height", i + 1).isCloseTo(595f, within(2f));
    }
  }

  /**
   * Each sheet starts on a page that shows every printed column's header: a column split onto a
   * page of its own would leave its header off that page. The sheets follow one another in the
   * workbook's order, and every page of a sheet repeats its header row.
   */
  @Test
  void eachSheetsFirstPageHoldsAllItsPrintedColumnsAndEveryPageRepeatsTheHeader() {
    List<List<String>> headers = new ArrayList<>();
    for (Sheet sheet : workbook) {
      headers.add(printedHeader(sheet));
    }
    int page = 0;
    for (int s = 0; s < headers.size(); s++) {
      List<String> header = headers.get(s);
      String name = workbook.getSheetName(s);
      while (page < pages.size() && !containsAll(pages.get(page), header)) {
        page++;
      }
      assertThat(page)
          .as("a page of %s with all of its printed headers %s", name, header)
          .isLessThan(pages.size());
      // the pages up to the next sheet's first page continue this sheet, header and all
      List<String> next = s + 1 < headers.size() ? headers.get(s + 1) : null;
      page++;
      while (page < pages.size() && (next == null || !containsAll(pages.get(page), next))) {
        assertThat(containsAll(pages.get(page), header))
            .as("page %d continues %s with its header row %s", page + 1, name, header)
            .isTrue();
        page++;
      }
    }
  }

  /**
   * A few pages a sheet: the sample's eleven parties fit the first pages of each sheet; a sheet
   * printed portrait with split columns took four times as many.
   */
  @Test
  void printsOnAFewPagesASheet() {
    int sheets = workbook.getNumberOfSheets();
    assertThat(pages).hasSizeBetween(sheets, 2 * sheets);
  }

  @Test
  void printsTheDatesAndAmountsAsTheWorkbookFormatsThem() {
    String contracts =
        pages.stream()
            .filter(p -> p.contains(compact("Klausuler som medger hävning")))
            .findFirst()
            .orElseThrow();
    assertThat(contracts).containsPattern("20\\d\\d-\\d\\d-\\d\\d");
    assertThat(contracts).containsPattern("\\d[ ,\u00a0]?\\d{3}[ ,\u00a0]?\\d{3}");
  }

  private static List<String> printedHeader(Sheet sheet) {
    int printed = sheet.getRow(0).getLastCellNum();
    String area = workbook.getPrintArea(workbook.getSheetIndex(sheet));
    if (area != null) {
      CellRangeAddress range = CellRangeAddress.valueOf(area.substring(area.indexOf('!') + 1));
      printed = range.getLastColumn() + 1;
    }
    List<String> header = new ArrayList<>();
    for (int column = 0; column < printed; column++) {
      header.add(compact(sheet.getRow(0).getCell(column).getStringCellValue()));
    }
    return header;
  }

  private static boolean containsAll(String page, List<String> header) {
    return header.stream().allMatch(page::contains);
  }

  /** Without spaces and line breaks: LibreOffice wraps a header over two lines. */
  private static String compact(String text) {
    return Arrays.stream(text.split("[\\s\u00a0]+")).reduce("", String::concat);
  }

  private static org.assertj.core.data.Offset<Float> within(float offset) {
    return org.assertj.core.data.Offset.offset(offset);
  }
}
