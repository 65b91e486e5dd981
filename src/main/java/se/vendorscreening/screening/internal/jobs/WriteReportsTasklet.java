package se.vendorscreening.screening.internal.jobs;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import se.vendorscreening.screening.OutputFile;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.RunReportWriter;
import se.vendorscreening.screening.internal.stores.RunStore;

/**
 * Writes the run folder through the reporting module's {@link RunReportWriter}; the files written
 * go back to the caller with the job execution ({@link JobRunResources#atTheJobsEnd}).
 */
final class WriteReportsTasklet implements Tasklet {

  private static final Logger log = LoggerFactory.getLogger(WriteReportsTasklet.class);

  private final ObjectProvider<RunReportWriter> writer;
  private final RunStore runStore;
  private final JobRunResources resources;

  WriteReportsTasklet(
      ObjectProvider<RunReportWriter> writer, RunStore runStore, JobRunResources resources) {
    this.writer = writer;
    this.runStore = runStore;
    this.resources = resources;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    RunResources run = resources.afterScreening();
    RunReportWriter reportWriter = writer.getIfAvailable();
    if (reportWriter == null) {
      log.warn("No report writer available: run {} has no run folder", run.runId());
      return RepeatStatus.FINISHED;
    }
    RunInfo info = runStore.run(run.runId()).orElseThrow();
    List<OutputFile> outputs = reportWriter.writeRunFolder(info, run.outDir());
    resources.keepOutputs(outputs);
    contribution.incrementWriteCount(outputs.size());
    return RepeatStatus.FINISHED;
  }
}
