package se.vendorscreening.screening.internal;

import java.util.ArrayList;
import java.util.List;
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
    RunParameters run = RunParameters.of(contribution.getStepExecution().getJobParameters());
    String runId = run.runId();
    RunParameters.Inputs files = run.inputs();
    ImportSummary summary =
        vendorListImport.importVendorList(files.vendors(), files.representatives(), runId);
    if (files.statements() != null) {
      InputFile file = swornStatements.importStatements(files.statements(), runId);
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
