package se.vendorscreening.screening.internal.jobs;

import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import se.vendorscreening.intake.ContractRegister;
import se.vendorscreening.intake.PartyRange;

/**
 * Splits the parties a run checks into ranges of about equal size, one partition each: the parties
 * of the run's import (screen) or of the ACTIVE contracts (re-check). It runs inside the manager
 * step, whose job parameters name the run; each partition's context says which parties it reads.
 */
final class PartiesPartitioner implements Partitioner {

  /** Which parties a partition reads. */
  enum Parties {
    OF_IMPORT,
    OF_ACTIVE_CONTRACTS
  }

  static final String PARTIES = "partition.parties";

  private final ContractRegister register;
  private final Parties parties;

  PartiesPartitioner(ContractRegister register, Parties parties) {
    this.register = register;
    this.parties = parties;
  }

  @Override
  public Map<String, ExecutionContext> partition(int gridSize) {
    List<PartyRange> ranges =
        switch (parties) {
          case OF_IMPORT ->
              register.partyRangesOfImport(
                  StepSynchronizationManager.getContext()
                      .getStepExecution()
                      .getJobParameters()
                      .getString(RunParameters.RUN_ID),
                  gridSize);
          case OF_ACTIVE_CONTRACTS -> register.partyRangesOfActiveContracts(gridSize);
        };
    Map<String, ExecutionContext> contexts = PartitionRanges.contexts(ranges);
    contexts.values().forEach(context -> context.putString(PARTIES, parties.name()));
    return contexts;
  }

  /** The parties of the partition whose context this is (of the import when it does not say). */
  static Parties partiesOf(ExecutionContext partition) {
    return partition.containsKey(PARTIES)
        ? Parties.valueOf(partition.getString(PARTIES))
        : Parties.OF_IMPORT;
  }
}
