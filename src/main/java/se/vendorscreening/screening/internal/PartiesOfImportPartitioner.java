package se.vendorscreening.screening.internal;

import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import se.vendorscreening.intake.ContractRegister;

/**
 * Splits the parties of the run's import into ranges of about equal size, one partition each; it
 * runs inside the manager step, whose job parameters name the run (and so the import).
 */
final class PartiesOfImportPartitioner implements Partitioner {

  private final ContractRegister register;

  PartiesOfImportPartitioner(ContractRegister register) {
    this.register = register;
  }

  @Override
  public Map<String, ExecutionContext> partition(int gridSize) {
    String runId =
        StepSynchronizationManager.getContext()
            .getStepExecution()
            .getJobParameters()
            .getString(ActiveRuns.RUN_ID);
    return PartitionRanges.contexts(register.partyRangesOfImport(runId, gridSize));
  }
}
