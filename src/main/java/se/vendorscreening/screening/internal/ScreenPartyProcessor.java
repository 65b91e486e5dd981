package se.vendorscreening.screening.internal;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import se.vendorscreening.intake.RegisteredParty;

/**
 * Checks one party against the four registries and decides; called concurrently for the parties of
 * a chunk, so that registry latency does not serialise a run.
 */
class ScreenPartyProcessor implements ItemProcessor<RegisteredParty, ScreenedParty> {

  private final RunResources run;
  private final PartyScreener screener = new PartyScreener();

  ScreenPartyProcessor(RunResources run) {
    this.run = run;
  }

  @Override
  public ScreenedParty process(RegisteredParty party) {
    PartyEvidence evidence =
        new EvidenceCollector(run.registries(), run.matcher(), run.context().asOf()).collect(party);
    return new ScreenedParty(
        screener.result(evidence, run.context(), run.overridesOf(party.key())), party.parentKey());
  }
}
