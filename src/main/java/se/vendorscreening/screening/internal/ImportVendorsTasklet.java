package se.vendorscreening.screening.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import se.vendorscreening.intake.ImportSummary;
import se.vendorscreening.intake.InputFile;
import se.vendorscreening.intake.SwornStatements;
import se.vendorscreening.intake.VendorListImport;

/**
 * Imports the vendor list, and the statements file when the run has one (docs/statements.md), into
 * the contract register under the run id, through intake's own import job (it runs outside this
 * step's transaction, see {@link ScreenJobConfiguration}).
 */
final class ImportVendorsTasklet implements Tasklet {

  private final VendorListImport vendorListImport;
  private final SwornStatements swornStatements;
  private final RunStore runStore;

  ImportVendorsTasklet(
      VendorListImport vendorListImport, SwornStatements swornStatements, RunStore runStore) {
    this.vendorListImport = vendorListImport;
    this.swornStatements = swornStatements;
    this.runStore = runStore;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    JobParameters parameters = contribution.getStepExecution().getJobParameters();
    String runId = parameters.getString(ActiveRuns.RUN_ID);
    String representatives = parameters.getString(ActiveRuns.REPRESENTATIVES);
    ImportSummary summary =
        vendorListImport.importVendorList(
            Path.of(parameters.getString(ActiveRuns.VENDORS)),
            representatives == null || representatives.isEmpty() ? null : Path.of(representatives),
            runId);
    String statements = parameters.getString(ActiveRuns.STATEMENTS);
    if (statements != null && !statements.isEmpty()) {
      InputFile file = swornStatements.importStatements(Path.of(statements), runId);
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
    contribution.incrementWriteCount(summary.partiesImported());
    return RepeatStatus.FINISHED;
  }
}
