package se.vendorscreening.screening.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.internal.PartyResultStore.SubcontractorRef;

/**
 * Once every party is screened, puts each vendor whose subcontractor is EXCLUDE or REVIEW under
 * REVIEW ({@code SUBCONTRACTOR_FLAGGED}), applying the vendor's overrides again.
 */
final class FlagSubcontractorsTasklet implements Tasklet {

  private final PartyResultStore store;
  private final ActiveRuns runs;
  private final SubcontractorFlags flags = new SubcontractorFlags();

  FlagSubcontractorsTasklet(PartyResultStore store, ActiveRuns runs) {
    this.store = store;
    this.runs = runs;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    RunResources run =
        runs.resourcesAfterScreening(contribution.getStepExecution().getJobParameters());
    store.refreshStatistics();
    Map<List<String>, List<PartyResult>> byVendor = new LinkedHashMap<>();
    for (SubcontractorRef ref : store.flaggingSubcontractors(run.runId())) {
      store
          .result(run.runId(), ref.procurementId(), ref.partyKey())
          .ifPresent(
              sub ->
                  byVendor
                      .computeIfAbsent(
                          List.of(ref.procurementId(), ref.parentKey()), k -> new ArrayList<>())
                      .add(sub));
    }
    byVendor.forEach(
        (vendorKey, subcontractors) ->
            store
                .result(run.runId(), vendorKey.get(0), vendorKey.get(1))
                .ifPresent(
                    vendor -> {
                      PartyResult flagged =
                          flags.flag(
                              vendor,
                              subcontractors,
                              run.context(),
                              run.overridesOf(vendor.partyKey()));
                      if (flagged != vendor) {
                        store.replace(run.runId(), flagged);
                        contribution.incrementWriteCount(1);
                      }
                    }));
    return RepeatStatus.FINISHED;
  }
}
