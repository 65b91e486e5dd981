package se.vendorscreening.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import se.vendorscreening.intake.ImportSummary;
import se.vendorscreening.intake.VendorListImport;

/** The import job under faults: a chunk that fails, a JVM killed half way. */
@SpringBootTest(properties = "screening.intake.chunk-size=5")
class ImportVendorListJobTests {

  @Autowired VendorListImport vendorListImport;
  @Autowired JobRepository jobRepository;
  @Autowired JdbcTemplate jdbc;
  @MockitoSpyBean RegisterWriter registerWriter;
  @TempDir Path folder;

  @AfterEach
  void healTheWriter() {
    reset(registerWriter);
  }

  @Test
  void aRestartAfterAFailingChunkResumesWhereItStoppedWithoutDuplicatesOrLosses() {
    String procurementId = SampleLists.uniqueProcurementId();
    Path vendors = vendorList(procurementId);
    String importId = "restart-" + procurementId;
    failTheThirdVendorChunk();

    assertThatThrownBy(
            () -> vendorListImport.importVendorList(vendors, SampleLists.REPRESENTATIVES, importId))
        .hasMessageContaining("FAILED");
    assertThat(partiesOf(procurementId)).isEqualTo(10);

    reset(registerWriter);
    ImportSummary summary =
        vendorListImport.importVendorList(vendors, SampleLists.REPRESENTATIVES, importId);

    assertThat(summary.partiesImported()).isEqualTo(27);
    assertThat(summary.representativesImported()).isEqualTo(51);
    assertThat(summary.rowsRejected()).isZero();
    assertThat(partiesOf(procurementId)).isEqualTo(27);
    StepExecution resumed = lastVendorStep(importId, vendors, SampleLists.REPRESENTATIVES);
    assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(resumed.getReadCount()).as("rows read after the restart").isEqualTo(17);
  }

  @Test
  void anExecutionLeftStartedByAKilledJvmIsMarkedFailedAndTheImportCompletes() {
    String procurementId = SampleLists.uniqueProcurementId();
    Path vendors = vendorList(procurementId);
    String importId = "killed-" + procurementId;
    failTheThirdVendorChunk();
    assertThatThrownBy(() -> vendorListImport.importVendorList(vendors, null, importId));
    reset(registerWriter);
    JobExecution killed = lastExecution(importId, vendors);
    pretendStillRunning(killed);

    ImportSummary summary = vendorListImport.importVendorList(vendors, null, importId);

    assertThat(summary.partiesImported()).isEqualTo(27);
    assertThat(partiesOf(procurementId)).isEqualTo(27);
    assertThat(jobRepository.getJobExecution(killed.getId()).getStatus())
        .isEqualTo(BatchStatus.FAILED);
    assertThat(lastExecution(importId, vendors).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(lastVendorStep(importId, vendors).getReadCount()).isEqualTo(17);
  }

  @Test
  void aCompletedImportStartedAgainWithTheSameIdChangesNothingAndReportsTheSameSummary() {
    String procurementId = SampleLists.uniqueProcurementId();
    Path vendors = vendorList(procurementId);
    String importId = "again-" + procurementId;
    ImportSummary first = vendorListImport.importVendorList(vendors, null, importId);

    ImportSummary second = vendorListImport.importVendorList(vendors, null, importId);

    assertThat(second).isEqualTo(first);
    assertThat(jobRepository.getJobExecutions(lastExecution(importId, vendors).getJobInstance()))
        .hasSize(1);
  }

  @Test
  void operatorColumnNamesFromConfigurationAreBound(@Autowired IntakeProperties properties) {
    assertThat(properties.chunkSize()).isEqualTo(5);
    assertThat(properties.maxFieldLength()).isEqualTo(4000);
    assertThat(properties.maxFileSize().toMegabytes()).isEqualTo(200);
  }

  private void failTheThirdVendorChunk() {
    AtomicInteger chunks = new AtomicInteger();
    doAnswer(
            invocation -> {
              if (chunks.incrementAndGet() == 3) {
                throw new IllegalStateException("simulated crash in the third chunk");
              }
              return invocation.callRealMethod();
            })
        .when(registerWriter)
        .writeVendors(any(), anyList());
  }

  private void pretendStillRunning(JobExecution execution) {
    jdbc.update(
        "update batch_job_execution set status = 'STARTED', exit_code = 'UNKNOWN', end_time = null"
            + " where job_execution_id = ?",
        execution.getId());
    jdbc.update(
        "update batch_step_execution set status = 'STARTED', exit_code = 'EXECUTING',"
            + " end_time = null where job_execution_id = ? and status = 'FAILED'",
        execution.getId());
  }

  private JobExecution lastExecution(String importId, Path vendors) {
    return lastExecution(importId, vendors, null);
  }

  private JobExecution lastExecution(String importId, Path vendors, Path representatives) {
    return jobRepository.getLastJobExecution(
        ImportVendorListJobConfiguration.JOB_NAME,
        JobOperatorVendorListImport.parameters(vendors, representatives, importId));
  }

  private StepExecution lastVendorStep(String importId, Path vendors) {
    return lastVendorStep(importId, vendors, null);
  }

  private StepExecution lastVendorStep(String importId, Path vendors, Path representatives) {
    JobExecution execution = lastExecution(importId, vendors, representatives);
    return jobRepository.getLastStepExecution(execution.getJobInstance(), "importVendorsStep");
  }

  private Path vendorList(String procurementId) {
    return SampleLists.write(folder.resolve("vendors.csv"), SampleLists.vendorLines(procurementId));
  }

  private long partiesOf(String procurementId) {
    return jdbc.queryForObject(
        "select count(*) from intake_party where procurement_id = ?", Long.class, procurementId);
  }
}
