package se.vendorscreening.screening.internal.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.screening.GroundEvidence;
import se.vendorscreening.screening.GroundEvidenceSource;
import se.vendorscreening.screening.internal.rules.EvidenceCollector;
import se.vendorscreening.screening.internal.rules.FailedCheck;
import se.vendorscreening.screening.internal.rules.PartyEvidence;
import se.vendorscreening.screening.internal.rules.PartyScreener;
import se.vendorscreening.screening.internal.rules.ScreenedParty;
import se.vendorscreening.screening.internal.stores.PartyResultStore;

/**
 * Checks one party against the four registries and decides, and makes the rows of its result;
 * called concurrently for the parties of a chunk, so that registry latency does not serialise a
 * run.
 */
class ScreenPartyProcessor implements ItemProcessor<RegisteredParty, PartyResultStore.Rows> {

  private final String runId;
  private final Supplier<RunResources> resources;
  private final List<GroundEvidenceSource> groundSources;
  private final PartyScreener screener = new PartyScreener();

  /**
   * @param runId the run whose results the rows are
   * @param resources the run's resources with its registries, asked for every party ({@link
   *     JobRunResources#screening}: a party of a step that has ended fails rather than open them)
   * @param groundSources sources of statements, documents and register-check answers, asked about
   *     every party (docs/evidence.md)
   */
  ScreenPartyProcessor(
      String runId, Supplier<RunResources> resources, List<GroundEvidenceSource> groundSources) {
    this.runId = runId;
    this.resources = resources;
    this.groundSources = List.copyOf(groundSources);
  }

  /**
   * The party's result as the rows the writer inserts: made here, on the party's thread, so that
   * the chunk's writer, which the party threads wait for, only hands them to the database.
   */
  @Override
  public PartyResultStore.Rows process(RegisteredParty party) {
    RunResources run = resources.get();
    PartyEvidence evidence =
        new EvidenceCollector(run.registries(), run.matcher(), run.context().asOf()).collect(party);
    evidence = groundEvidence(evidence, party, run);
    return PartyResultStore.rowsOf(
        runId,
        new ScreenedParty(
            screener.result(evidence, run.context(), run.overridesOf(party.key())),
            party.parentKey()));
  }

  /**
   * The party's evidence with what every ground-evidence source holds; a failing one fails closed.
   */
  private PartyEvidence groundEvidence(
      PartyEvidence evidence, RegisteredParty party, RunResources run) {
    if (groundSources.isEmpty()) {
      return evidence;
    }
    List<GroundEvidence> items = new ArrayList<>();
    List<FailedCheck> failures = new ArrayList<>();
    for (GroundEvidenceSource source : groundSources) {
      try {
        items.addAll(source.evidenceAbout(party, run.context().asOf()));
      } catch (RuntimeException e) {
        failures.add(
            new FailedCheck(
                source.check(),
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                evidence.partySubject()));
      }
    }
    return evidence.with(items, failures);
  }
}
