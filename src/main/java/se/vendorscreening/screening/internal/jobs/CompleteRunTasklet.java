package se.vendorscreening.screening.internal.jobs;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import se.vendorscreening.screening.internal.stores.PartyResultStore;
import se.vendorscreening.screening.internal.stores.RunStore;
import se.vendorscreening.shared.Decision;

/**
 * Records the run's counts per decision and procurements and marks it completed; a re-check first
 * compares every party's decision with its previous one.
 */
final class CompleteRunTasklet implements Tasklet {

  private final PartyResultStore results;
  private final RunStore runStore;
  private final boolean classifyChanges;
  private final Clock clock;

  CompleteRunTasklet(
      PartyResultStore results, RunStore runStore, boolean classifyChanges, Clock clock) {
    this.results = results;
    this.runStore = runStore;
    this.classifyChanges = classifyChanges;
    this.clock = clock;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    String runId =
        contribution.getStepExecution().getJobParameters().getString(RunParameters.RUN_ID);
    results.refreshStatistics();
    if (classifyChanges) {
      results.classifyChanges(runId, runStore.runNumber(runId));
    }
    Map<Decision, Long> counts = new EnumMap<>(Decision.class);
    for (Decision decision : Decision.values()) {
      counts.put(decision, 0L);
    }
    for (Object[] row : results.countsByDecision(runId)) {
      counts.put(Decision.valueOf((String) row[0]), (Long) row[1]);
    }
    runStore.complete(
        runId,
        results.procurementIds(runId),
        counts,
        Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
    return RepeatStatus.FINISHED;
  }
}
