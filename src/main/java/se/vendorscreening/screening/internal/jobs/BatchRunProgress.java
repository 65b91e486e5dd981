package se.vendorscreening.screening.internal.jobs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;
import se.vendorscreening.screening.RunProgress;

/**
 * A run's progress from Spring Batch's step executions: one line per step, a partitioned step's
 * partitions ({@code workerStep:partitionN}, started after their manager step) summed into it.
 */
@Component
class BatchRunProgress implements RunProgress {

  private final JobRepository jobRepository;

  BatchRunProgress(JobRepository jobRepository) {
    this.jobRepository = jobRepository;
  }

  @Override
  public Optional<Progress> of(String runId) {
    var parameters = RunParameters.identifying(runId);
    for (String job : List.of(ScreenJobConfiguration.JOB_NAME, RecheckJobConfiguration.JOB_NAME)) {
      JobExecution last = jobRepository.getLastJobExecution(job, parameters);
      if (last != null) {
        JobExecution full = jobRepository.getJobExecution(last.getId());
        return Optional.of(progressOf(runId, full != null ? full : last));
      }
    }
    return Optional.empty();
  }

  static Progress progressOf(String runId, JobExecution execution) {
    List<StepExecution> executions = new ArrayList<>(execution.getStepExecutions());
    executions.sort(
        Comparator.comparing(
                (StepExecution step) -> step.getStartTime(),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StepExecution::getId, Comparator.nullsLast(Comparator.naturalOrder())));
    Map<String, StepExecution> managers = new LinkedHashMap<>();
    Map<String, List<StepExecution>> partitions = new LinkedHashMap<>();
    String lastManager = null;
    for (StepExecution step : executions) {
      String name = step.getStepName();
      int colon = name.indexOf(':');
      if (colon > 0) {
        // A partition (named after the worker step, "screenPartitionStep:partition3") belongs to
        // the manager step that started before it.
        String manager = lastManager != null ? lastManager : name.substring(0, colon);
        partitions.computeIfAbsent(manager, key -> new ArrayList<>()).add(step);
        managers.putIfAbsent(manager, null);
      } else {
        managers.put(name, step);
        lastManager = name;
      }
    }
    List<Step> steps = new ArrayList<>();
    managers.forEach(
        (name, manager) -> {
          List<StepExecution> parts = partitions.getOrDefault(name, List.of());
          if (parts.isEmpty()) {
            steps.add(
                new Step(
                    name,
                    manager.getStatus().name(),
                    manager.getReadCount(),
                    manager.getWriteCount(),
                    manager.getSkipCount(),
                    0,
                    0));
          } else {
            long read = parts.stream().mapToLong(StepExecution::getReadCount).sum();
            long written = parts.stream().mapToLong(StepExecution::getWriteCount).sum();
            long skipped = parts.stream().mapToLong(StepExecution::getSkipCount).sum();
            int done =
                (int)
                    parts.stream()
                        .filter(part -> part.getStatus().name().equals("COMPLETED"))
                        .count();
            String status =
                manager != null
                    ? manager.getStatus().name()
                    : (done == parts.size() ? "COMPLETED" : "STARTED");
            steps.add(new Step(name, status, read, written, skipped, parts.size(), done));
          }
        });
    return new Progress(runId, execution.getStatus().name(), steps);
  }
}
