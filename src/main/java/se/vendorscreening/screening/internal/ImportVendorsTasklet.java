package se.vendorscreening.screening.internal;

import java.nio.file.Path;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import se.vendorscreening.intake.ImportSummary;
import se.vendorscreening.intake.VendorListImport;

/**
 * Imports the vendor list into the contract register under the run id, through intake's own import
 * job (it runs outside this step's transaction, see {@link ScreenJobConfiguration}).
 */
final class ImportVendorsTasklet implements Tasklet {

  private final VendorListImport vendorListImport;
  private final RunStore runStore;

  ImportVendorsTasklet(VendorListImport vendorListImport, RunStore runStore) {
    this.vendorListImport = vendorListImport;
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
    runStore.recordImport(runId, summary);
    contribution.incrementWriteCount(summary.partiesImported());
    return RepeatStatus.FINISHED;
  }
}
