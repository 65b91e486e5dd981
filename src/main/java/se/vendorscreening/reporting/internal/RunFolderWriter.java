package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.vendorscreening.screening.OutputFile;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.RunReportWriter;
import se.vendorscreening.screening.ScreeningResults;

/**
 * Writes a finished run's folder {@code <outDir>/<runId>/} (SPEC section 6): results.csv,
 * rejected-rows.csv, changes.csv for a re-check, report.pdf, report.xlsx, and last manifest.json
 * with the hashes of all the others. The folder is readable by its owner only.
 */
@Component
class RunFolderWriter implements RunReportWriter {

  private static final Logger log = LoggerFactory.getLogger(RunFolderWriter.class);

  private final ObjectProvider<ScreeningResults> results;
  private final MessageSource messages;
  private final ReportingProperties properties;

  RunFolderWriter(
      ObjectProvider<ScreeningResults> results,
      MessageSource messages,
      ReportingProperties properties) {
    this.results = results;
    this.messages = messages;
    this.properties = properties;
  }

  @Override
  public List<OutputFile> writeRunFolder(RunInfo run, Path outDir) {
    try {
      return write(run, outDir, results.getObject());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the run folder of " + run.runId(), e);
    }
  }

  private List<OutputFile> write(RunInfo run, Path outDir, ScreeningResults source)
      throws IOException {
    long started = System.nanoTime();
    Path folder = OwnerOnlyFiles.createFolder(outDir.resolve(run.runId()));
    Locale language = run.language();
    ReportTexts texts = new ReportTexts(messages, language);
    ClauseCatalogue catalogue = new ClauseCatalogues(properties.clausesDir()).forLanguage(language);
    ApplicableClauses clauses = new ApplicableClauses(catalogue);
    FindingDescriptions descriptions = new FindingDescriptions(texts);

    List<OutputFile> outputs = new ArrayList<>();
    Path resultsCsv = folder.resolve("results.csv");
    try (Stream<PartyResult> parties = source.results(run.runId())) {
      new ResultsCsvWriter(clauses, descriptions).write(parties, resultsCsv);
    }
    outputs.add(OwnerOnlyFiles.seal(resultsCsv));

    Path rejectedCsv = folder.resolve("rejected-rows.csv");
    new RejectedRowsCsvWriter().write(source.rejectedRows(run.runId()), rejectedCsv);
    outputs.add(OwnerOnlyFiles.seal(rejectedCsv));

    if (PdfReportWriter.isRecheck(run)) {
      Path changesCsv = folder.resolve("changes.csv");
      try (var changes = source.changes(run.runId())) {
        new ChangesCsvWriter().write(changes, changesCsv);
      }
      outputs.add(OwnerOnlyFiles.seal(changesCsv));
    }

    Path pdf = folder.resolve("report.pdf");
    long pdfStarted = System.nanoTime();
    new PdfReportWriter(
            source, texts, descriptions, clauses, catalogue, properties.pdf().maxDetailedParties())
        .write(run, pdf);
    long pdfMillis = (System.nanoTime() - pdfStarted) / 1_000_000;
    outputs.add(OwnerOnlyFiles.seal(pdf));

    long xlsxStarted = System.nanoTime();
    Path xlsx = folder.resolve("report.xlsx");
    new WorkbookReportWriter(
            source, texts, descriptions, clauses, catalogue, properties.workbookRowsInMemory())
        .write(run, xlsx);
    outputs.add(OwnerOnlyFiles.seal(xlsx));
    long xlsxMillis = (System.nanoTime() - xlsxStarted) / 1_000_000;

    Path manifest = folder.resolve("manifest.json");
    new ManifestWriter().write(run, catalogue.version(), outputs, manifest);
    outputs.add(OwnerOnlyFiles.seal(manifest));

    log.info(
        "Wrote run folder {} ({} files) in {} ms (report.pdf {} ms, report.xlsx {} ms)",
        folder,
        outputs.size(),
        (System.nanoTime() - started) / 1_000_000,
        pdfMillis,
        xlsxMillis);
    return List.copyOf(outputs);
  }
}
