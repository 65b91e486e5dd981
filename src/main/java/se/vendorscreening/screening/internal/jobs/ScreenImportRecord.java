package se.vendorscreening.screening.internal.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.batch.core.job.parameters.JobParameters;
import se.vendorscreening.intake.ImportSummary;
import se.vendorscreening.intake.InputFile;
import se.vendorscreening.intake.SwornStatements;
import se.vendorscreening.screening.internal.stores.RunStore;

/**
 * What {@code screenImportStep} adds once intake's import job has imported the run's lists under
 * the run id: the statements file, when the run has one (docs/statements.md), imported under the
 * same id, and the run's import recorded with the run.
 */
final class ScreenImportRecord implements BiFunction<JobParameters, ImportSummary, ImportSummary> {

  private final SwornStatements swornStatements;
  private final RunStore runStore;

  ScreenImportRecord(SwornStatements swornStatements, RunStore runStore) {
    this.swornStatements = swornStatements;
    this.runStore = runStore;
  }

  @Override
  public ImportSummary apply(JobParameters parameters, ImportSummary lists) {
    RunParameters run = RunParameters.of(parameters);
    String runId = run.runId();
    ImportSummary summary = lists;
    if (run.inputs().statements() != null) {
      InputFile file = swornStatements.importStatements(run.inputs().statements(), runId);
      List<InputFile> inputs = new ArrayList<>(summary.inputs());
      inputs.add(file);
      summary =
          new ImportSummary(
              summary.importId(),
              inputs,
              summary.partiesImported(),
              summary.representativesImported(),
              summary.rowsRejected() + file.rowsRejected(),
              summary.fieldsIgnored());
    }
    runStore.recordImport(runId, summary);
    return summary;
  }
}
