package se.vendorscreening.reporting.internal;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import se.vendorscreening.screening.ScreeningResults;

/**
 * Writes the sample run's folder and renders its PDF pages to PNG, to look at the layout by eye
 * (not a test): {@code java -cp <test classpath> ...ReportPreview /tmp/preview [en] [recheck]}.
 */
final class ReportPreview {

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "target/report-preview");
    Locale language =
        args.length > 1 && args[1].equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("sv-SE");
    boolean recheck = args.length > 2 && args[2].equals("recheck");
    ScreeningResults results =
        recheck
            ? SampleRun.recheck("20261129-020000-recheck-8")
            : SampleRun.screening(language, SampleRun.manyRejectedRows(80));
    var run = results.runs().get(0);
    SampleRun.writer(results).writeRunFolder(run, out);
    Path pdf = out.resolve(run.runId()).resolve("report.pdf");
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFRenderer renderer = new PDFRenderer(document);
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        BufferedImage image = renderer.renderImageWithDPI(page, 60);
        Path png = out.resolve(String.format("page-%02d.png", page + 1));
        ImageIO.write(image, "png", Files.newOutputStream(png));
      }
      System.out.println(pdf + ": " + document.getNumberOfPages() + " pages");
    }
  }

  private ReportPreview() {}
}
