package se.vendorscreening.intake.internal;

import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import se.vendorscreening.shared.JobScopeOnStepThreads;

/**
 * The job that imports a vendor list into the contract register. Parameters (all identifying, no
 * incrementer): {@code vendors} and {@code representatives} (paths; empty when there is no separate
 * representatives file) and {@code importId}. Every write is an upsert and the readers save their
 * position, so a failed or killed run restarted with the same parameters finishes the work without
 * duplicates. The vendor and representative rows are imported at the same time, in two steps of a
 * split flow.
 */
@Configuration(proxyBeanMethods = false)
class ImportVendorListJobConfiguration {

  static final String JOB_NAME = "importVendorListJob";
  static final String VENDORS = "vendors";
  static final String REPRESENTATIVES = "representatives";
  static final String IMPORT_ID = "importId";

  @Bean
  Job importVendorListJob(
      JobRepository jobRepository,
      Step recordInputFilesStep,
      Step importVendorsStep,
      Step importRepresentativesStep,
      Step finishImportStep,
      @Qualifier(IntakeThreads.IMPORT_LISTS) TaskExecutor listExecutor) {
    Flow vendors =
        new FlowBuilder<SimpleFlow>("importVendorsFlow").start(importVendorsStep).build();
    Flow representatives =
        new FlowBuilder<SimpleFlow>("importRepresentativesFlow")
            .start(importRepresentativesStep)
            .build();
    // the vendor and representative rows are imported side by side: they go to different tables
    // and are validated against VendorListKeys, not against each other's writes
    Flow lists =
        new FlowBuilder<SimpleFlow>("importListsFlow")
            .split(listExecutor)
            .add(vendors, representatives)
            .build();
    return new JobBuilder(JOB_NAME, jobRepository)
        .flow(recordInputFilesStep)
        .next(lists)
        .next(finishImportStep)
        .end()
        .build();
  }

  /**
   * The inspection of the job's lists, once for the job execution (the list steps of the split flow
   * reach it through {@link JobScopeOnStepThreads}).
   */
  @Bean
  @JobScope
  ImportInspection importInspection(
      @Value("#{jobExecution.jobParameters}") JobParameters parameters,
      ImportInspections inspections) {
    return new ImportInspection(inspections.take(parameters));
  }

  /** The rows the job execution has written, told to the caller's listener and logged. */
  @Bean
  @JobScope
  ImportProgress importProgress(
      @Value("#{jobParameters['importId']}") String importId, ImportInspection inspection) {
    return new ImportProgress(importId, inspection);
  }

  @Bean
  Step recordInputFilesStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      ImportInspection inspection,
      RegisterWriter register) {
    return new StepBuilder("recordInputFilesStep", jobRepository)
        .tasklet(
            (contribution, context) -> {
              JobParameters parameters = contribution.getStepExecution().getJobParameters();
              register.startImport(parameters.getString(IMPORT_ID), inspection.lists());
              return RepeatStatus.FINISHED;
            },
            transactionManager)
        .build();
  }

  @Bean
  Step importVendorsStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      IntakeProperties properties,
      ListRowReader<VendorColumn> vendorRowReader,
      VendorRowProcessor vendorRowProcessor,
      RowOutcomeWriter<VendorRow> vendorRowWriter) {
    return new StepBuilder("importVendorsStep", jobRepository)
            .<ListRow<VendorColumn>, RowOutcome<VendorRow>>chunk(properties.chunkSize())
            .transactionManager(transactionManager)
            .reader(vendorRowReader)
            .processor(vendorRowProcessor)
            .writer(vendorRowWriter)
            .stream(vendorRowReader)
            .listener(new JobScopeOnStepThreads())
            .build();
  }

  @Bean
  Step importRepresentativesStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      IntakeProperties properties,
      ListRowReader<RepresentativeColumn> representativeRowReader,
      RepresentativeRowProcessor representativeRowProcessor,
      RowOutcomeWriter<RepresentativeRow> representativeRowWriter) {
    return new StepBuilder("importRepresentativesStep", jobRepository)
            .<ListRow<RepresentativeColumn>, RowOutcome<RepresentativeRow>>chunk(
                properties.chunkSize())
            .transactionManager(transactionManager)
            .reader(representativeRowReader)
            .processor(representativeRowProcessor)
            .writer(representativeRowWriter)
            .stream(representativeRowReader)
            .listener(new JobScopeOnStepThreads())
            .build();
  }

  @Bean
  Step finishImportStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      RegisterWriter register) {
    return new StepBuilder("finishImportStep", jobRepository)
        .tasklet(
            (contribution, context) -> {
              register.finishImport(
                  (String) context.getStepContext().getJobParameters().get(IMPORT_ID));
              return RepeatStatus.FINISHED;
            },
            transactionManager)
        .build();
  }

  @Bean
  @StepScope
  ListRowReader<VendorColumn> vendorRowReader(
      ImportInspection inspection, IntakeProperties properties) {
    return new ListRowReader<>(
        "vendorRowReader", inspection.vendors(), VendorColumn.class, properties);
  }

  @Bean
  @StepScope
  VendorRowProcessor vendorRowProcessor(ImportInspection inspection) {
    return new VendorRowProcessor(inspection.keys());
  }

  @Bean
  @StepScope
  RowOutcomeWriter<VendorRow> vendorRowWriter(
      @Value("#{jobParameters['importId']}") String importId,
      ImportInspection inspection,
      RegisterWriter register,
      ImportProgress progress) {
    return new RowOutcomeWriter<>(
        importId, inspection.vendors(), register::writeVendors, register, progress);
  }

  @Bean
  @StepScope
  ListRowReader<RepresentativeColumn> representativeRowReader(
      ImportInspection inspection, IntakeProperties properties) {
    return new ListRowReader<>(
        "representativeRowReader",
        inspection.representatives(),
        RepresentativeColumn.class,
        properties);
  }

  @Bean
  @StepScope
  RepresentativeRowProcessor representativeRowProcessor(ImportInspection inspection) {
    return new RepresentativeRowProcessor(inspection.keys());
  }

  @Bean
  @StepScope
  RowOutcomeWriter<RepresentativeRow> representativeRowWriter(
      @Value("#{jobParameters['importId']}") String importId,
      ImportInspection inspection,
      RegisterWriter register,
      ImportProgress progress) {
    return new RowOutcomeWriter<>(
        importId, inspection.representatives(), register::writeRepresentatives, register, progress);
  }

  static Path optionalPath(String path) {
    return path == null || path.isEmpty() ? null : Path.of(path);
  }
}
