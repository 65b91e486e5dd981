package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import se.vendorscreening.intake.InputFile;
import se.vendorscreening.intake.RejectedRow;
import se.vendorscreening.registry.RegistrySource;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;

/**
 * The PDF's appendices: the clauses every contract must contain, the rejected input rows, and the
 * inputs and registry sources with their SHA-256, so an auditor can check what the run read.
 */
final class PdfAppendices {

  private final PdfFlow flow;
  private final ReportTexts texts;
  private final ClauseCatalogue catalogue;
  private final ScreeningResults results;
  private final RegistryDates registries;

  PdfAppendices(
      PdfFlow flow,
      ReportTexts texts,
      ClauseCatalogue catalogue,
      ScreeningResults results,
      RegistryDates registries) {
    this.flow = flow;
    this.texts = texts;
    this.catalogue = catalogue;
    this.results = results;
    this.registries = registries;
  }

  /**
   * Writes the appendices, quoting in appendix A besides the standard clauses those in {@code
   * alsoQuoted} (the clauses the certificates name by title).
   */
  void write(RunInfo run, SortedSet<String> alsoQuoted) throws IOException {
    writeStandardClauses(alsoQuoted);
    writeRejectedRows(run);
    writeInputs(run);
  }

  private void writeStandardClauses(SortedSet<String> alsoQuoted) throws IOException {
    flow.newPage();
    flow.heading(texts.get("pdf.appendix.clauses.title"), 14);
    flow.paragraph(texts.get("pdf.appendix.clauses.intro"), 9);
    List<Clause> quoted = new ArrayList<>(catalogue.standard());
    for (String id : alsoQuoted) {
      catalogue.byId(id).filter(clause -> !clause.standard()).ifPresent(quoted::add);
    }
    PdfFlowClauses.draw(flow, quoted);
  }

  private void writeRejectedRows(RunInfo run) throws IOException {
    flow.newPage();
    flow.heading(texts.get("pdf.appendix.rejected.title"), 14);
    List<RejectedRow> rejected = results.rejectedRows(run.runId());
    if (rejected.isEmpty()) {
      flow.paragraph(texts.get("pdf.appendix.rejected.none"), 10);
      return;
    }
    List<String[]> rows = new ArrayList<>();
    for (RejectedRow row : rejected) {
      rows.add(
          new String[] {
            row.file(), Long.toString(row.line()), row.column(), row.value(), row.reason()
          });
    }
    flow.table(
        new float[] {110, 40, 75, 110, 160},
        new String[] {
          texts.get("column.file"),
          texts.get("column.line"),
          texts.get("column.column"),
          texts.get("column.value"),
          texts.get("column.reason")
        },
        rows,
        null);
  }

  private void writeInputs(RunInfo run) throws IOException {
    flow.heading(texts.get("pdf.appendix.inputs.title"), 14);
    List<String[]> inputs = new ArrayList<>();
    for (InputFile input : run.inputs() == null ? List.<InputFile>of() : run.inputs()) {
      inputs.add(
          new String[] {
            input.path(),
            input.sha256(),
            Long.toString(input.rowsRead()),
            Long.toString(input.rowsRejected())
          });
    }
    if (inputs.isEmpty()) {
      flow.paragraph(texts.get("pdf.appendix.inputs.none"), 10);
    } else {
      flow.table(
          new float[] {110, 295, 45, 45},
          new String[] {
            texts.get("column.path"),
            texts.get("column.sha256"),
            texts.get("column.rowsRead"),
            texts.get("column.rowsRejected")
          },
          inputs,
          null,
          1);
    }
    List<String[]> sources = new ArrayList<>();
    for (RegistrySource source :
        run.registrySources() == null ? List.<RegistrySource>of() : run.registrySources()) {
      sources.add(
          new String[] {
            registries.name(source.check()) + "\n" + registries.asOf(source.check()),
            source.location(),
            source.sha256() == null ? "–" : source.sha256(),
            source.records() < 0 ? "–" : Long.toString(source.records())
          });
    }
    flow.paragraph(texts.get("pdf.appendix.registries.intro", run.registryMode()), 9);
    if (!sources.isEmpty()) {
      flow.table(
          new float[] {90, 65, 295, 45},
          new String[] {
            texts.get("column.check"),
            texts.get("column.location"),
            texts.get("column.sha256"),
            texts.get("column.records")
          },
          sources,
          null,
          2);
    }
  }
}
