package se.vendorscreening.intake.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The {@link VendorListKeys} of each import job in progress, read once for both of its list steps
 * (the step that asks second waits for the first read) and dropped when the job ends.
 */
@Component
class ImportedListKeys implements JobExecutionListener {

  private final Map<String, VendorListKeys> byImport = new ConcurrentHashMap<>();
  private final IntakeProperties properties;

  ImportedListKeys(IntakeProperties properties) {
    this.properties = properties;
  }

  VendorListKeys of(String importId, Path vendors) {
    return byImport.computeIfAbsent(
        importId, id -> VendorListKeys.read(ListLocator.vendors(vendors), properties));
  }

  @Override
  public void afterJob(JobExecution execution) {
    byImport.remove(
        execution.getJobParameters().getString(ImportVendorListJobConfiguration.IMPORT_ID));
  }
}
