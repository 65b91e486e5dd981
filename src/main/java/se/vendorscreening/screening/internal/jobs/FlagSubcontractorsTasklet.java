package se.vendorscreening.screening.internal.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.internal.stores.PartyResultStore;
import se.vendorscreening.screening.internal.stores.PartyResultStore.SubcontractorRef;

/**
 * Once every party is screened, puts each party whose subcontractor is EXCLUDE or REVIEW under
 * REVIEW ({@code SUBCONTRACTOR_FLAGGED}), through every tier up to the tenderer, applying each
 * party's overrides again; the results are read and written back in batches.
 */
final class FlagSubcontractorsTasklet implements Tasklet {

  private final PartyResultStore store;
  private final JobRunResources resources;
  private final SubcontractorFlags flags = new SubcontractorFlags();

  FlagSubcontractorsTasklet(PartyResultStore store, JobRunResources resources) {
    this.store = store;
    this.resources = resources;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    RunResources run = resources.afterScreening();
    store.refreshStatistics();
    List<SubcontractorRef> links = store.subcontractorLinks(run.runId());
    if (links.isEmpty()) {
      return RepeatStatus.FINISHED;
    }
    // only the flagged subcontractors and the parties above them can change or flag another
    List<List<String>> flagged = new ArrayList<>();
    for (SubcontractorRef subcontractor : store.flaggingSubcontractors(run.runId())) {
      flagged.add(List.of(subcontractor.procurementId(), subcontractor.partyKey()));
    }
    Set<List<String>> parties = new SubcontractorChains(links).withEveryPartyAbove(flagged);
    if (parties.isEmpty()) {
      return RepeatStatus.FINISHED;
    }
    List<PartyResult> changed =
        flags.propagate(
            links,
            store.results(run.runId(), new ArrayList<>(parties)),
            run.context(),
            run::overridesOf);
    store.replaceAll(run.runId(), changed);
    contribution.incrementWriteCount(changed.size());
    return RepeatStatus.FINISHED;
  }
}
