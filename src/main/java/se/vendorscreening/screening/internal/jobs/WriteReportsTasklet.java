package se.vendorscreening.screening.internal.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.RunReportWriter;
import se.vendorscreening.screening.internal.stores.RunStore;

/** Writes the run folder through the reporting module's {@link RunReportWriter}. */
final class WriteReportsTasklet implements Tasklet {

  private static final Logger log = LoggerFactory.getLogger(WriteReportsTasklet.class);

  private final ObjectProvider<RunReportWriter> writer;
  private final RunStore runStore;
  private final ActiveRuns runs;

  WriteReportsTasklet(ObjectProvider<RunReportWriter> writer, RunStore runStore, ActiveRuns runs) {
    this.writer = writer;
    this.runStore = runStore;
    this.runs = runs;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    RunResources run =
        runs.resourcesAfterScreening(contribution.getStepExecution().getJobParameters());
    RunReportWriter reportWriter = writer.getIfAvailable();
    if (reportWriter == null) {
      log.warn("No report writer available: run {} has no run folder", run.runId());
      return RepeatStatus.FINISHED;
    }
    RunInfo info = runStore.run(run.runId()).orElseThrow();
    run.outputs().clear();
    run.outputs().addAll(reportWriter.writeRunFolder(info, run.outDir()));
    contribution.incrementWriteCount(run.outputs().size());
    return RepeatStatus.FINISHED;
  }
}
